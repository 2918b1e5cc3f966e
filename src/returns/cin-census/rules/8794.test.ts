import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8794 } from './8794.ts';

describe('8794', () => {
  it('flags a child’s repeated disability code', () => {
    const Disabilities = [
      { LAchildID: 'a', Disability: 'MOB' },
      { LAchildID: 'a', Disability: 'MOB' },
      { LAchildID: 'a', Disability: 'HAND' },
      { LAchildID: 'b', Disability: 'MOB' },
    ];
    expect(rule8794.validate(censusD({ Disabilities }))).toEqual({ Disabilities: [0, 1] });
  });

  it('passes over rows with no child ID, as the reference groups them', () => {
    // rule_8794.py counts rows with groupby(["LAchildID", "Disability"]).size(), which drops a missing
    // LAchildID (NaN), so two MOB rows with no child ID make no group to flag.
    const Disabilities = [
      { LAchildID: '', Disability: 'MOB' },
      { LAchildID: '', Disability: 'MOB' },
      { LAchildID: 'a', Disability: 'HAND' },
      { LAchildID: 'a', Disability: 'HAND' },
    ];
    expect(rule8794.validate(censusD({ Disabilities }))).toEqual({ Disabilities: [2, 3] });
  });
});
