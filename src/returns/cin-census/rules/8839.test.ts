import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8839 } from './8839.ts';

const s = (child: string, cin: string, icpc: string, notRequired: string) => ({
  LAchildID: child,
  CINdetailsID: cin,
  DateOfInitialCPC: icpc,
  ICPCnotRequired: notRequired,
});

describe('8839', () => {
  it('fails an episode with two or more open Section 47 enquiries', () => {
    const Section47 = [
      s('a', '1', '', 'false'),
      s('a', '1', '', ''),
      s('a', '2', '', 'false'),
      s('b', '1', '2025-05-26', 'false'),
      s('b', '1', '', 'true'),
      s('b', '1', '', 'false'),
      s('c', '1', '', '1'),
      s('c', '1', '', 'true'),
    ];
    expect(rule8839.validate(censusD({ Section47 }))).toEqual({ Section47: [0, 1] });
  });
});

describe('8839, as the reference reads dates and flags', () => {
  it('takes an initial CPC date that is not a date as missing, and only "true" or "1" as not required', () => {
    // rule_8839.py: `df_check[DateOfInitialCPC].isna()` is true for a value pandas could not read (NaT),
    // and `~df_check[ICPCnotRequired].astype(str).isin(["true", "1"])` compares the text exactly.
    const Section47 = [
      s('a', '1', 'not known', 'false'),
      s('a', '1', '', '0'),
      s('b', '1', '', 'TRUE'),
      s('b', '1', '', 'false'),
    ];
    expect(rule8839.validate(censusD({ Section47 }))).toEqual({ Section47: [0, 1, 2, 3] });
  });
});
