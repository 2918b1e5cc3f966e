import { describe, expect, it } from 'vitest';
import { ruleINT32 } from './INT32.ts';
import { dataC } from './helpers-c.ts';

describe('INT32', () => {
  it('flags every row of a child repeated in Header', () => {
    const rows = [
      { CHILD: '1' },
      { CHILD: '2' },
      { CHILD: '1' },
      { CHILD: '' },
      { CHILD: '' },
      { CHILD: '3' },
    ];
    expect(ruleINT32.validate(dataC({ Header: rows }))).toEqual({ Header: [0, 2] });
    expect(ruleINT32.validate(dataC({ Header: rows.slice(1) }))).toEqual({});
  });
});
