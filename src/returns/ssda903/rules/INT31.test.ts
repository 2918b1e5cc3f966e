import { describe, expect, it } from 'vitest';
import { ruleINT31 } from './INT31.ts';
import { dataC } from './helpers-c.ts';

describe('INT31', () => {
  it('flags every row of a child repeated in AD1', () => {
    const rows = [
      { CHILD: '1' },
      { CHILD: '2' },
      { CHILD: '1' },
      { CHILD: '' },
      { CHILD: '' },
      { CHILD: '3' },
    ];
    expect(ruleINT31.validate(dataC({ AD1: rows }))).toEqual({ AD1: [0, 2] });
    expect(ruleINT31.validate(dataC({ AD1: rows.slice(1) }))).toEqual({});
  });
});
