import { describe, expect, it } from 'vitest';
import { rule208 } from './208.ts';
import { testData } from './helpers-a.ts';

describe('208', () => {
  it('fails a changed UPN except the allowed unknown-code changes', () => {
    const pairs: [string, string][] = [
      ['UN5', 'H801200001001'], // unknown to known: passes
      ['X888888888888', 'A888888888888'], // changed: fails
      ['UN1', 'UN2'], // UN1 to UN2-5: passes
      ['UN4', 'UN3'], // fails
      ['UN1', ''], // known code to blank: fails
      ['', 'UN1'], // blank to UN1: fails
      ['', ''], // passes
      ['a123456789012', 'A123456789012'], // case only: passes
    ];
    const header = pairs.map(([, UPN], i) => ({ CHILD: String(i), UPN }));
    const last = pairs.map(([UPN], i) => ({ CHILD: String(i), UPN }));
    expect(rule208.validate(testData({ Header: header }, { Header: last }))).toEqual({
      Header: [1, 3, 4, 5],
    });
  });
});

describe('208, blank against the text NAN', () => {
  it('passes a blank UPN where last year has the text NAN', () => {
    // Reference lac2022_23/rule_208.py compares the UPNs after astype(str).str.upper(), which turns a blank
    // (NaN) into 'NAN': a blank this year then equals a UPN written 'nan' last year.
    const Header = [{ CHILD: 'a', UPN: '' }];
    const Header_last = [{ CHILD: 'a', UPN: 'NAN' }];
    expect(rule208.validate(testData({ Header }, { Header: Header_last }))).toEqual({});
  });
});
