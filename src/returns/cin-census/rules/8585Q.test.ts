import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8585Q } from './8585Q.ts';

describe('8585Q', () => {
  it('queries an RC2 (died) closure for a child with no date of death', () => {
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonDeathDate: '' },
      { LAchildID: 'b', PersonDeathDate: '2025-06-01' },
    ];
    const CINdetails = [
      { LAchildID: 'a', ReasonForClosure: 'RC2' },
      { LAchildID: 'a', ReasonForClosure: 'RC1' },
      { LAchildID: 'b', ReasonForClosure: 'RC2' },
    ];
    expect(rule8585Q.validate(censusD({ ChildIdentifiers, CINdetails }))).toEqual({
      CINdetails: [0],
      ChildIdentifiers: [0],
    });
  });
  it('reads a date of death that is not a date as missing', () => {
    // Reference rule_8585Q.py: PersonDeathDate.isna() on the column read with to_datetime(errors="coerce").
    const ChildIdentifiers = [{ LAchildID: 'a', PersonDeathDate: 'TBC' }];
    const CINdetails = [{ LAchildID: 'a', ReasonForClosure: 'RC2' }];
    expect(rule8585Q.validate(censusD({ ChildIdentifiers, CINdetails }))).toEqual({
      CINdetails: [0],
      ChildIdentifiers: [0],
    });
  });
});
