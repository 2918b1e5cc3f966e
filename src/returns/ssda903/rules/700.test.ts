import { describe, expect, it } from 'vitest';
import { rule700 } from './700.ts';
import { data2026 } from './helpers-dolo.ts';

describe('700', () => {
  it('flags a DoLO start that is blank or not a real DD/MM/YYYY date', () => {
    const dolo = [
      { CHILD: 'a', DOLO_START: '01/04/2026' },
      { CHILD: 'a', DOLO_START: '' }, // blank fails
      { CHILD: 'b', DOLO_START: '29/02/2027' }, // 2027 is not a leap year
      { CHILD: 'c', DOLO_START: '31/04/2026' }, // April has 30 days
      { CHILD: 'd', DOLO_START: '2026-04-01' },
      { CHILD: 'e', DOLO_START: '29/02/2028' }, // 2028 is
      { CHILD: 'f', DOLO_START: '   ' }, // only spaces: blank
    ];
    expect(rule700.validate(data2026({ DoLo: dolo }))).toEqual({ DoLo: [1, 2, 3, 4, 6] });
    expect(rule700.validate(data2026({ DoLo: [dolo[0]!, dolo[5]!] }))).toEqual({});
  });
});
