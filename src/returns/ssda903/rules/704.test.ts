import { describe, expect, it } from 'vitest';
import { rule704 } from './704.ts';
import { dataC } from './helpers-c.ts';
import { data2026 } from './helpers-dolo.ts';

describe('704', () => {
  it('flags a DoLO ending before the collection year starts or after it ends', () => {
    const dolo = [
      { CHILD: 'a', DOLO_END: '01/04/2026' }, // the first day
      { CHILD: 'b', DOLO_END: '31/03/2027' }, // the last day
      { CHILD: 'c', DOLO_END: '31/03/2026' },
      { CHILD: 'd', DOLO_END: '01/04/2027' },
      { CHILD: 'e', DOLO_END: '' }, // open
      { CHILD: 'f', DOLO_END: '29/02/2027' }, // not a date: rule 701's
      { CHILD: 'g', DOLO_END: '29/02/2028' },
    ];
    expect(rule704.validate(data2026({ DoLo: dolo }))).toEqual({ DoLo: [2, 3, 6] });
    expect(rule704.validate(dataC({ DoLo: dolo }))).toEqual({ DoLo: [0, 1, 3, 6] });
  });
});
