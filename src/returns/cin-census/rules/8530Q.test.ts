import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8530Q } from './8530Q.ts';

describe('8530Q', () => {
  it('queries an expected birth on or before 1 March 2026 or on or after 31 December 2026', () => {
    const ChildIdentifiers = [
      { ExpectedPersonBirthDate: '2026-03-01' },
      { ExpectedPersonBirthDate: '2026-03-02' },
      { ExpectedPersonBirthDate: '2026-12-30' },
      { ExpectedPersonBirthDate: '2026-12-31' },
      { ExpectedPersonBirthDate: '' },
    ];
    expect(rule8530Q.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [0, 3] });
  });

  it('counts 30 days back over 29 February in a leap year (31 March 2024 less 30 days is 1 March)', () => {
    const data = {
      ...censusD({
        ChildIdentifiers: [
          { ExpectedPersonBirthDate: '2024-03-01' },
          { ExpectedPersonBirthDate: '2024-03-02' },
        ],
      }),
      year: 2023,
      referenceDate: '2024-03-31',
      collectionStart: '2023-04-01',
    };
    expect(rule8530Q.validate(data)).toEqual({ ChildIdentifiers: [0] });
  });
});
