import { describe, expect, it } from 'vitest';
import { rule1001 } from './1001.ts';
import { testData } from './helpers-a.ts';

const ep = (CHILD: string, DECOM: string, DEC: string, LS = 'C2', REC = 'E8') => ({
  CHILD,
  DECOM,
  DEC,
  LS,
  REC,
});

describe('1001', () => {
  it('passes a relevant child and fails one with too little care after 14 and 16', () => {
    const header = [
      { CHILD: 'a', DOB: '01/05/2008' },
      { CHILD: 'b', DOB: '01/05/2008' },
      { CHILD: 'c', DOB: '01/05/2008' },
      { CHILD: 'd', DOB: '01/05/2008' },
    ];
    const last = [ep('a', '01/05/2022', '01/09/2022'), ep('b', '01/05/2022', '01/06/2022')];
    const current = [
      ep('a', '01/05/2024', '02/05/2024'), // one day after 16
      ep('b', '01/05/2024', '02/05/2024'),
      ep('c', '01/01/2022', '', 'V3'), // short breaks do not count
      ep('d', '01/01/2022', '01/06/2024', 'C2', 'E11'), // adopted
    ];
    const oc3 = [{ CHILD: 'a' }, { CHILD: 'b' }, { CHILD: 'c' }, { CHILD: 'd' }, { CHILD: 'e' }];
    expect(
      rule1001.validate(testData({ Episodes: current, OC3: oc3, Header: header }, { Episodes: last })),
    ).toEqual({ OC3: [1, 2, 3, 4] });
  });
  it('counts an open latest episode up to the collection end, and skips when a table is empty', () => {
    const header = [{ CHILD: 'a', DOB: '01/01/2010' }];
    const current = [ep('a', '01/01/2026', '')]; // from 16th birthday, 89 days: not 91
    const last = [ep('a', '01/01/2024', '01/01/2024')];
    expect(
      rule1001.validate(
        testData({ Episodes: current, OC3: [{ CHILD: 'a' }], Header: header }, { Episodes: last }),
      ),
    ).toEqual({ OC3: [0] });
    const longer = [ep('a', '01/12/2025', '')];
    expect(
      rule1001.validate(
        testData({ Episodes: longer, OC3: [{ CHILD: 'a' }], Header: header }, { Episodes: last }),
      ),
    ).toEqual({});
    expect(
      rule1001.validate(
        testData({ Episodes: current, OC3: [{ CHILD: 'a' }], Header: header }, { Episodes: [] }),
      ),
    ).toEqual({});
  });
});
