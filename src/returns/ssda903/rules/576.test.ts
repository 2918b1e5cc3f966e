import { describe, expect, it } from 'vitest';
import { rule576 } from './576.ts';
import { dataC } from './helpers-c.ts';

describe('576', () => {
  it('flags the first period this year when last year ended with a different open period', () => {
    const last = [
      { CHILD: 'a', MIS_START: '07/02/2025', MIS_END: '07/02/2025' },
      { CHILD: 'b', MIS_START: '07/02/2025', MIS_END: '' },
      { CHILD: 'c', MIS_START: '29/02/2024', MIS_END: '' },
      { CHILD: 'd', MIS_START: '07/02/2025', MIS_END: '' },
    ];
    const now = [
      { CHILD: 'a', MIS_START: '01/05/2025' },
      { CHILD: 'b', MIS_START: '01/05/2025' },
      { CHILD: 'b', MIS_START: '08/02/2025' }, // earliest for b, but not last year's
      { CHILD: 'c', MIS_START: '29/02/2024' },
      { CHILD: 'd', MIS_START: '' }, // blank counts as latest
    ];
    expect(rule576.validate(dataC({ Missing: now }, { Missing: last }))).toEqual({ Missing: [2, 4] });
  });
  it('passes a period carried over', () => {
    const row = { CHILD: 'a', MIS_START: '01/03/2025', MIS_END: '' };
    expect(rule576.validate(dataC({ Missing: [row] }, { Missing: [row] }))).toEqual({});
  });
  it('does not check periods with no CHILD id, as the reference groups by CHILD', () => {
    // rule_576.py: mis.groupby(['CHILD'])['MIS_START'].idxmin() leaves out rows whose CHILD is blank (NaN).
    const last = [{ CHILD: '', MIS_START: '07/02/2025', MIS_END: '' }];
    const now = [{ CHILD: '', MIS_START: '08/04/2025' }];
    expect(rule576.validate(dataC({ Missing: now }, { Missing: last }))).toEqual({});
  });
});
