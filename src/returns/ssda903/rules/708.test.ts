import { describe, expect, it } from 'vitest';
import { rule708 } from './708.ts';
import { data2026 } from './helpers-dolo.ts';

describe('708', () => {
  it('flags a DoLO starting before, or on, the child’s date of birth', () => {
    const dolo = [
      { CHILD: 'a', DOB: '01/05/2010', DOLO_START: '01/05/2010' }, // the day of birth fails
      { CHILD: 'b', DOB: '01/05/2010', DOLO_START: '30/04/2010' },
      { CHILD: 'c', DOB: '01/05/2010', DOLO_START: '02/05/2010' },
      { CHILD: 'd', DOB: '', DOLO_START: '01/01/2000' },
      { CHILD: 'e', DOB: '29/02/2012', DOLO_START: '28/02/2012' },
      { CHILD: 'f', DOB: '29/02/2012', DOLO_START: '01/03/2012' },
      { CHILD: 'g', DOB: '31/04/2010', DOLO_START: '01/01/2000' }, // DOB not a date
      { CHILD: 'h', DOB: '01/05/2010', DOLO_START: '' },
    ];
    expect(rule708.validate(data2026({ DoLo: dolo }))).toEqual({ DoLo: [0, 1, 4] });
  });
});
