import { describe, expect, it } from 'vitest';
import { rule392b } from './392b.ts';
import { dataB } from './helpers-b.ts';

describe('392b', () => {
  it('fails missing postcodes except under V3/V4 or for former UASC', () => {
    const Episodes = [
      { CHILD: 'a', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB1 3CD' },
      { CHILD: 'b', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: '' },
      { CHILD: 'b', LS: 'V3', HOME_POST: '', PL_POST: '' },
      { CHILD: 'c', LS: 'C2', HOME_POST: '', PL_POST: '' },
      { CHILD: 'd', LS: 'C2', HOME_POST: '', PL_POST: '' },
    ];
    const UASC = [{ CHILD: 'c', SEX: 'M', DOB: '01/01/2010', DUC: '01/01/2028' }];
    const last = [{ CHILD: 'd', SEX: '', DOB: '', DUC: '01/01/2027' }];
    expect(rule392b.validate(dataB({ Episodes, UASC }, { UASC: last }))).toEqual({ Episodes: [1] });
    expect(rule392b.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 3, 4] });
    expect(rule392b.validate(dataB({ Episodes: Episodes.slice(0, 1) }))).toEqual({});
  });

  it('takes UASC status from the Header flag where Header is loaded, as the reference does', () => {
    // Reference rule_392B.py: with Header loaded it keeps header[header.UASC == "1"], and ingress.py
    // (read_csvs_from_text) sets UASC to 1 for any Header child with a UASC row, even a row blank but CHILD.
    const Episodes = [
      { CHILD: 'a', LS: 'C2', HOME_POST: '', PL_POST: '' },
      { CHILD: 'b', LS: 'C2', HOME_POST: '', PL_POST: '' },
    ];
    const Header = [{ CHILD: 'a' }, { CHILD: 'b' }];
    const UASC = [{ CHILD: 'a', SEX: '', DOB: '', DUC: '' }];
    expect(rule392b.validate(dataB({ Episodes, Header, UASC }))).toEqual({ Episodes: [1] });
    // The XML form: Header's own UASC cell decides; a UASC row of a child whose UASC is 0 does not.
    const xmlHeader = [
      { CHILD: 'a', UASC: '0' },
      { CHILD: 'b', UASC: '1' },
    ];
    const xmlUasc = [{ CHILD: 'a', SEX: '1', DOB: '01/01/2010', DUC: '' }];
    expect(rule392b.validate(dataB({ Episodes, Header: xmlHeader, UASC: xmlUasc }))).toEqual({
      Episodes: [0],
    });
    // Last year's Header and UASC tables, likewise.
    expect(rule392b.validate(dataB({ Episodes }, { Header, UASC }))).toEqual({ Episodes: [1] });
  });
});
