import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8750 } from './8750.ts';

describe('8750', () => {
  it('fails an unborn child whose sex is not U', () => {
    const rows = [
      { PersonBirthDate: '2024-02-29', ExpectedPersonBirthDate: '2024-02-29', Sex: 'M' },
      { PersonBirthDate: '', ExpectedPersonBirthDate: '2026-05-01', Sex: 'U' },
      { PersonBirthDate: '', ExpectedPersonBirthDate: '', Sex: 'F' },
      { PersonBirthDate: '', ExpectedPersonBirthDate: '2026-05-01', Sex: 'F' },
      { PersonBirthDate: '', ExpectedPersonBirthDate: '2026-05-01', Sex: '' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8750.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ ChildIdentifiers: [3, 4] });
  });
});
