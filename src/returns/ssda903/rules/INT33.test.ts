import { describe, expect, it } from 'vitest';
import { ruleINT33 } from './INT33.ts';
import { dataC } from './helpers-c.ts';

describe('INT33', () => {
  it('flags every row of a child repeated in OC2', () => {
    const rows = [
      { CHILD: '1' },
      { CHILD: '2' },
      { CHILD: '1' },
      { CHILD: '' },
      { CHILD: '' },
      { CHILD: '3' },
    ];
    expect(ruleINT33.validate(dataC({ OC2: rows }))).toEqual({ OC2: [0, 2] });
    expect(ruleINT33.validate(dataC({ OC2: rows.slice(1) }))).toEqual({});
  });
});
