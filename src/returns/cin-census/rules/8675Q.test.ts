import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8675Q } from './8675Q.ts';

const s = (start: string, icpc = '', notRequired = 'false') => ({
  LAchildID: 'a',
  S47ActualStartDate: start,
  DateOfInitialCPC: icpc,
  ICPCnotRequired: notRequired,
});

describe('8675Q', () => {
  it('queries an enquiry started before 10 March 2026 (15 working days before 31 March) with no ICPC', () => {
    const Section47 = [
      s('2026-03-09'),
      s('2026-03-10'),
      s('2026-03-09', '2026-03-20'),
      s('2026-03-09', '', 'true'),
      s(''),
    ];
    expect(rule8675Q.validate(censusD({ Section47 }))).toEqual({ Section47: [0] });
  });

  it('skips Good Friday 2024 when counting back from Sunday 31 March 2024 (limit 8 March)', () => {
    const data = {
      ...censusD({ Section47: [s('2024-03-07'), s('2024-03-08'), s('2024-03-11')] }),
      year: 2023,
      referenceDate: '2024-03-31',
      collectionStart: '2023-04-01',
    };
    expect(rule8675Q.validate(data)).toEqual({ Section47: [0] });
  });
});
