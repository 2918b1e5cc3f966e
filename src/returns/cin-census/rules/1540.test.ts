import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule1540 } from './1540.ts';

describe('1540', () => {
  it('fails a UPN whose characters 5 to 12 are not all digits', () => {
    const ChildIdentifiers = [
      { UPN: 'A201234567890' },
      { UPN: 'A20123456789A' },
      { UPN: 'A2012345X7890' },
      { UPN: 'A2012' },
      { UPN: '' },
    ];
    expect(rule1540.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [2] });
  });
  it('fails a UPN of four characters or fewer, whose characters 5 to 12 are none', () => {
    // Reference rule_1540.py: ~UPN.str[4:12].str.isdigit(), and ''.isdigit() is False.
    const ChildIdentifiers = [{ UPN: 'A20' }, { UPN: 'A201' }, { UPN: 'A2012' }];
    expect(rule1540.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [0, 1] });
  });
});
