import { describe, expect, it } from 'vitest';
import { rule625 } from './625.ts';
import { dataC } from './helpers-c.ts';

describe('625', () => {
  it('flags a first child born after the year end or after the mother left care', () => {
    const episodes = [
      { CHILD: 'a', DEC: '01/05/2025' },
      { CHILD: 'a', DEC: '01/12/2025' }, // latest
      { CHILD: 'b', DEC: '' },
      { CHILD: 'c', DEC: '01/06/2025' },
    ];
    const header = [
      { CHILD: 'a', MC_DOB: '02/12/2025' }, // after DEC
      { CHILD: 'b', MC_DOB: '01/04/2026' }, // no ended episode: not checked
      { CHILD: 'c', MC_DOB: '01/06/2025' }, // on DEC: fine
    ];
    expect(rule625.validate(dataC({ Episodes: episodes, Header: header }))).toEqual({
      Episodes: [1],
      Header: [0],
    });
    expect(rule625.validate(dataC({ Episodes: episodes, Header: header.slice(1) }))).toEqual({});
  });
  it('does not check episodes with no CHILD id, as the reference drops them', () => {
    // rule_625.py: episodes[['CHILD', 'DEC']].dropna() drops rows whose CHILD is blank (NaN).
    const episodes = [{ CHILD: '', DEC: '01/05/2025' }];
    const header = [{ CHILD: '', MC_DOB: '01/06/2025' }];
    expect(rule625.validate(dataC({ Episodes: episodes, Header: header }))).toEqual({});
  });
});
