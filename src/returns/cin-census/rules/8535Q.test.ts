import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8535Q } from './8535Q.ts';

describe('8535Q', () => {
  it('queries a date of death before the date of birth', () => {
    const ChildIdentifiers = [
      { PersonBirthDate: '2024-02-29', PersonDeathDate: '2024-02-28' },
      { PersonBirthDate: '2024-02-29', PersonDeathDate: '2024-02-29' },
      { PersonBirthDate: '', PersonDeathDate: '' },
    ];
    expect(rule8535Q.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [0] });
  });
  it('queries a death with no date of birth, unless the child died before the expected date of birth', () => {
    // Reference rule_8535Q.py: drops rows where ExpectedPersonBirthDate > PersonDeathDate, then fails
    // PersonBirthDate > PersonDeathDate | PersonBirthDate.isna().
    const ChildIdentifiers = [
      { PersonBirthDate: '', ExpectedPersonBirthDate: '', PersonDeathDate: '2025-05-01' },
      { PersonBirthDate: '', ExpectedPersonBirthDate: '2025-06-01', PersonDeathDate: '2025-05-01' },
      { PersonBirthDate: '2025-06-01', ExpectedPersonBirthDate: '2025-06-01', PersonDeathDate: '2025-05-01' },
    ];
    expect(rule8535Q.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [0] });
  });
});
