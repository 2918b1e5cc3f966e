import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8525Q } from './8525Q.ts';

describe('8525Q', () => {
  it('queries a child with both or neither of date of birth and expected date of birth', () => {
    const ChildIdentifiers = [
      { PersonBirthDate: '2024-02-29', ExpectedPersonBirthDate: '' },
      { PersonBirthDate: '', ExpectedPersonBirthDate: '2026-05-01' },
      { PersonBirthDate: '2024-02-29', ExpectedPersonBirthDate: '2026-05-01' },
      { PersonBirthDate: '', ExpectedPersonBirthDate: '' },
    ];
    expect(rule8525Q.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [2, 3] });
  });
  it('reads a date of birth that is not a date as missing', () => {
    // Reference rule_8525Q.py: isna()/notna() on the columns read with to_datetime(errors="coerce").
    const ChildIdentifiers = [
      { PersonBirthDate: 'TBC', ExpectedPersonBirthDate: '' },
      { PersonBirthDate: 'TBC', ExpectedPersonBirthDate: '2026-05-01' },
    ];
    expect(rule8525Q.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [0] });
  });
});
