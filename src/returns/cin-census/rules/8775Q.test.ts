import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8775Q } from './8775Q.ts';

describe('8775Q', () => {
  it('queries a child born before 31 March 2001 with an episode open or closed after their 25th birthday', () => {
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonBirthDate: '2000-02-29' },
      { LAchildID: 'b', PersonBirthDate: '2001-03-31' },
      { LAchildID: 'c', PersonBirthDate: '1990-01-01' },
      { LAchildID: 'd', PersonBirthDate: '1990-01-01' },
    ];
    const CINdetails = [
      { LAchildID: 'a', CINclosureDate: '2025-02-28' }, // on the (clamped) 25th birthday
      { LAchildID: 'a', CINclosureDate: '2025-03-01' },
      { LAchildID: 'b', CINclosureDate: '' },
      { LAchildID: 'c', CINclosureDate: '' },
    ];
    // d has no episode: not queried (see below).
    expect(rule8775Q.validate(censusD({ ChildIdentifiers, CINdetails }))).toEqual({
      ChildIdentifiers: [0, 2],
      CINdetails: [1, 3],
    });
  });

  it('does not query a child with no episode, as the reference joins the children to their episodes', () => {
    // rule_8775Q.py: df_ci.merge(df_cin, on=[LAchildID]) is an inner join (no `how`), so a child over 25 with
    // no CINdetails row has no row to fail.
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonBirthDate: '1990-01-01' },
      { LAchildID: 'b', PersonBirthDate: '1990-01-01' },
    ];
    const CINdetails = [{ LAchildID: 'b', CINclosureDate: '' }];
    expect(rule8775Q.validate(censusD({ ChildIdentifiers, CINdetails }))).toEqual({
      ChildIdentifiers: [1],
      CINdetails: [0],
    });
  });
});
