import { describe, expect, it } from 'vitest';
import { rule701 } from './701.ts';
import { data2026 } from './helpers-dolo.ts';

describe('701', () => {
  it('flags a DoLO end that is given but is not a real DD/MM/YYYY date; blank (still in force) passes', () => {
    const dolo = [
      { CHILD: 'a', DOLO_END: '31/03/2027' },
      { CHILD: 'a', DOLO_END: '' },
      { CHILD: 'b', DOLO_END: '29/02/2027' },
      { CHILD: 'c', DOLO_END: '31/04/2026' },
      { CHILD: 'd', DOLO_END: '31/12/26' },
      { CHILD: 'e', DOLO_END: '29/02/2028' },
    ];
    expect(rule701.validate(data2026({ DoLo: dolo }))).toEqual({ DoLo: [2, 3, 4] });
  });
});
