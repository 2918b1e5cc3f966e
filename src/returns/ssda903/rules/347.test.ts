import { describe, expect, it } from 'vitest';
import { rule347 } from './347.ts';
import { dataB } from './helpers-b.ts';

describe('347', () => {
  it('fails Foyer accommodation for a care leaver under 18 at the collection start', () => {
    const OC3 = [
      { DOB: '01/01/1999', ACCOM: 'T' },
      { DOB: '01/01/2010', ACCOM: 'B1' },
      { DOB: '02/04/2007', ACCOM: 'T' },
      { DOB: '29/02/2004', ACCOM: 'T' },
    ];
    expect(rule347.validate(dataB({ OC3 }))).toEqual({ OC3: [2] });
    expect(rule347.validate(dataB({ OC3: [OC3[0]!, OC3[3]!] }))).toEqual({});
  });
});
