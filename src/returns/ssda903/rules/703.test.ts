import { describe, expect, it } from 'vitest';
import { rule703 } from './703.ts';
import { dataC } from './helpers-c.ts';
import { data2026 } from './helpers-dolo.ts';

describe('703', () => {
  it('flags a DoLO starting after the collection year ends', () => {
    const dolo = [
      { CHILD: 'a', DOLO_START: '31/03/2027' }, // the last day of 2026/27
      { CHILD: 'b', DOLO_START: '01/04/2027' },
      { CHILD: 'c', DOLO_START: '01/04/2026' },
      { CHILD: 'd', DOLO_START: '' },
      { CHILD: 'e', DOLO_START: '29/02/2028' },
      { CHILD: 'f', DOLO_START: '31/04/2027' }, // not a date: rule 700's
      { CHILD: 'g', DOLO_START: '01/01/2020' },
    ];
    expect(rule703.validate(data2026({ DoLo: dolo }))).toEqual({ DoLo: [1, 4] });
    // The year is the collection's: in 2025/26 (to 31 March 2026) the 2026 starts fail too.
    expect(rule703.validate(dataC({ DoLo: dolo }))).toEqual({ DoLo: [0, 1, 2, 4] });
  });
});
