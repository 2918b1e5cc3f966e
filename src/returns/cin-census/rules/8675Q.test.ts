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
  it('queries an enquiry started before 11 March 2026 (15 working days before 31 March) with no ICPC', () => {
    const Section47 = [
      s('2026-03-09'),
      s('2026-03-10'),
      s('2026-03-09', '2026-03-20'),
      s('2026-03-09', '', 'true'),
      s(''),
    ];
    expect(rule8675Q.validate(censusD({ Section47 }))).toEqual({ Section47: [0, 1] });
  });

  it('skips Good Friday 2024 when counting back from Sunday 31 March 2024 (limit 11 March: Sunday rolls on past Easter Monday to 2 April, then 14 working days back)', () => {
    const data = {
      ...censusD({ Section47: [s('2024-03-07'), s('2024-03-08'), s('2024-03-11')] }),
      year: 2023,
      referenceDate: '2024-03-31',
      collectionStart: '2023-04-01',
    };
    expect(rule8675Q.validate(data)).toEqual({ Section47: [0, 1] });
  });

  it('reads ICPCnotRequired false as "false" or "0" exactly, and counts 15 working days as the reference does', () => {
    // rule_8675Q: ICPCnotRequired.astype(str).isin(["false", "0"]) (its test fails a row with "0"), and
    // S47ActualStartDate < collection_end - england_working_days(15), which is CustomBusinessDay(14): the
    // limit is Wednesday 11 March 2026, so an enquiry started on 10 March is queried.
    const Section47 = [
      s('2026-03-09', '', '0'),
      s('2026-03-09', '', 'FALSE'),
      s('2026-03-10'),
      s('2026-03-11'),
    ];
    expect(rule8675Q.validate(censusD({ Section47 }))).toEqual({ Section47: [0, 2] });
  });
});
