import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule2886Q } from './2886Q.ts';

const child = (Sex: string, ExpectedPersonBirthDate = '') => ({
  LAchildID: 'x',
  Sex,
  ExpectedPersonBirthDate,
});

describe('2886Q', () => {
  it('queries the LA (Header row 0) when over 2% of born children have no sex recorded', () => {
    const fifty = Array.from({ length: 49 }, () => child('F'));
    expect(rule2886Q.validate(censusD({ ChildIdentifiers: [...fifty, child('U')] }))).toEqual({});
    expect(rule2886Q.validate(censusD({ ChildIdentifiers: [...fifty, child('U'), child('')] }))).toEqual({
      Header: [0],
    });
    expect(
      rule2886Q.validate(
        censusD({ ChildIdentifiers: [child('M'), child('U', '2026-05-01'), child('', '2026-05-01')] }),
      ),
    ).toEqual({});
  });
  it('counts an expected date of birth that is not a date as missing', () => {
    // Reference rule_2886Q.py: ExpectedPersonBirthDate.isna(), the column read with to_datetime(errors="coerce").
    expect(rule2886Q.validate(censusD({ ChildIdentifiers: [child('', 'soon')] }))).toEqual({ Header: [0] });
  });
});
