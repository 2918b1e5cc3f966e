import { describe, expect, it } from 'vitest';
import { rule3001 } from './3001.ts';
import { testData } from './helpers-a.ts';

describe('3001', () => {
  it('fails former foster carer accommodation for a care leaver turning 17 in the year', () => {
    const header = [
      { CHILD: 'a', DOB: '01/04/2008' }, // 17 on the start
      { CHILD: 'b', DOB: '31/03/2009' }, // 17 on the end
      { CHILD: 'c', DOB: '31/03/2008' }, // 17 the day before the year
    ];
    const oc3 = [
      { CHILD: 'a', ACCOM: 'Z1' },
      { CHILD: 'b', ACCOM: 'Z2' },
      { CHILD: 'c', ACCOM: 'Z1' },
      { CHILD: 'a', ACCOM: 'T1' },
    ];
    expect(rule3001.validate(testData({ Header: header, OC3: oc3 }))).toEqual({ OC3: [0, 1] });
  });
});
