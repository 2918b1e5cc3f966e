import { describe, expect, it } from 'vitest';
import { rule702 } from './702.ts';
import { data2026 } from './helpers-dolo.ts';

describe('702', () => {
  it('flags a DoLO that ends before, or on, the day it started', () => {
    const dolo = [
      { CHILD: 'a', DOLO_START: '01/04/2026', DOLO_END: '01/04/2026' }, // the same day fails
      { CHILD: 'b', DOLO_START: '02/05/2026', DOLO_END: '01/05/2026' },
      { CHILD: 'c', DOLO_START: '01/05/2026', DOLO_END: '02/05/2026' },
      { CHILD: 'd', DOLO_START: '01/05/2026', DOLO_END: '' }, // open
      { CHILD: 'e', DOLO_START: '', DOLO_END: '01/05/2026' }, // rule 700's
      { CHILD: 'f', DOLO_START: '31/04/2026', DOLO_END: '01/04/2026' }, // not a date: rule 700's
      { CHILD: 'g', DOLO_START: '28/02/2028', DOLO_END: '29/02/2028' },
      { CHILD: 'h', DOLO_START: '29/02/2028', DOLO_END: '28/02/2028' },
    ];
    expect(rule702.validate(data2026({ DoLo: dolo }))).toEqual({ DoLo: [0, 1, 7] });
  });
});
