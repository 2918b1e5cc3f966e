import { describe, expect, it } from 'vitest';
import { rule165 } from './165.ts';
import { testData } from './helpers-a.ts';

describe('165', () => {
  it('checks mother status against sex and episodes in the year', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2025', DEC: '', LS: 'C2' },
      { CHILD: 'b', DECOM: '01/01/2025', DEC: '', LS: 'C2' },
      { CHILD: 'c', DECOM: '01/01/2025', DEC: '', LS: 'C2' },
      { CHILD: 'd', DECOM: '01/01/2025', DEC: '', LS: 'C2' },
      { CHILD: 'e', DECOM: '01/01/2024', DEC: '01/02/2024', LS: 'C2' }, // no episode in the year
      { CHILD: 'f', DECOM: '01/01/2025', DEC: '', LS: 'V3' }, // short breaks only: not checked
    ];
    const header = [
      { CHILD: 'a', SEX: 'F', MOTHER: '0' }, // passes
      { CHILD: 'b', SEX: 'F', MOTHER: '' }, // female in care with no value
      { CHILD: 'c', SEX: 'M', MOTHER: '1' }, // male with a value
      { CHILD: 'd', SEX: 'F', MOTHER: '2' }, // invalid value
      { CHILD: 'e', SEX: 'F', MOTHER: '1' }, // has care leaver data and no episode in the year
      { CHILD: 'f', SEX: 'F', MOTHER: '' },
    ];
    const oc3 = [
      { CHILD: 'e', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'b', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
    ];
    expect(rule165.validate(testData({ Header: header, Episodes: episodes, OC3: oc3 }))).toEqual({
      Header: [1, 2, 3, 4],
      OC3: [0, 1],
    });
  });

  it('compares MOTHER as given, so a value with spaces or a cell of spaces is not 0 or 1', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2025', DEC: '', LS: 'C2' },
      { CHILD: 'b', DECOM: '01/01/2025', DEC: '', LS: 'C2' },
      { CHILD: 'c', DECOM: '01/01/2025', DEC: '', LS: 'C2' },
    ];
    const header = [
      { CHILD: 'a', SEX: 'F', MOTHER: ' 1' }, // not 1: invalid value
      { CHILD: 'b', SEX: 'F', MOTHER: '  ' }, // given (not blank), and not 0 or 1
      { CHILD: 'c', SEX: 'F', MOTHER: '0' },
    ];
    expect(rule165.validate(testData({ Header: header, Episodes: episodes, OC3: [] }))).toEqual({
      Header: [0, 1],
    });
  });
});
