import { describe, expect, it } from 'vitest';
import { ruleINT35 } from './INT35.ts';
import { dataC } from './helpers-c.ts';

describe('INT35', () => {
  it('flags every row of a child repeated in PrevPerm', () => {
    const rows = [
      { CHILD: '1' },
      { CHILD: '2' },
      { CHILD: '1' },
      { CHILD: '' },
      { CHILD: '' },
      { CHILD: '3' },
    ];
    expect(ruleINT35.validate(dataC({ PrevPerm: rows }))).toEqual({ PrevPerm: [0, 2] });
    expect(ruleINT35.validate(dataC({ PrevPerm: rows.slice(1) }))).toEqual({});
  });
});
