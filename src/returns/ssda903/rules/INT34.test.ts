import { describe, expect, it } from 'vitest';
import { ruleINT34 } from './INT34.ts';
import { dataC } from './helpers-c.ts';

describe('INT34', () => {
  it('flags every row of a child repeated in OC3', () => {
    const rows = [
      { CHILD: '1' },
      { CHILD: '2' },
      { CHILD: '1' },
      { CHILD: '' },
      { CHILD: '' },
      { CHILD: '3' },
    ];
    expect(ruleINT34.validate(dataC({ OC3: rows }))).toEqual({ OC3: [0, 2] });
    expect(ruleINT34.validate(dataC({ OC3: rows.slice(1) }))).toEqual({});
  });
});
