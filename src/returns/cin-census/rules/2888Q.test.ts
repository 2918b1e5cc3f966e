import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule2888Q } from './2888Q.ts';

describe('2888Q', () => {
  it('queries the LA when no child has more than one disability code other than NONE', () => {
    const single = [
      { LAchildID: 'a', Disability: 'NONE' },
      { LAchildID: 'a', Disability: 'NONE' },
      { LAchildID: 'b', Disability: 'MOB' },
      { LAchildID: 'c', Disability: 'HAND' },
      { LAchildID: 'c', Disability: '' },
    ];
    expect(rule2888Q.validate(censusD({ Disabilities: single }))).toEqual({ Header: [0] });
    expect(
      rule2888Q.validate(censusD({ Disabilities: [...single, { LAchildID: 'b', Disability: 'HAND' }] })),
    ).toEqual({});
    expect(rule2888Q.validate(censusD({ Disabilities: [{ LAchildID: 'a', Disability: 'NONE' }] }))).toEqual(
      {},
    );
  });
  it('counts a child whose only disability rows are blank, and leaves out rows with no child ID', () => {
    // Reference rule_2888Q.py: groupby(LAchildID)[Disability].count() gives 0 for blank-only children and
    // drops a blank LAchildID; max() <= 1 queries.
    expect(rule2888Q.validate(censusD({ Disabilities: [{ LAchildID: 'a', Disability: '' }] }))).toEqual({
      Header: [0],
    });
    const noId = [
      { LAchildID: '', Disability: 'MOB' },
      { LAchildID: '', Disability: 'HAND' },
      { LAchildID: 'b', Disability: 'MOB' },
    ];
    expect(rule2888Q.validate(censusD({ Disabilities: noId }))).toEqual({ Header: [0] });
  });
});
