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
});
