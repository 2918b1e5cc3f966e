import { describe, expect, it } from 'vitest';
import { rule567 } from './567.ts';
import { dataC } from './helpers-c.ts';

describe('567', () => {
  it('flags an end before the start, not the same day or blanks', () => {
    const rows = [
      { CHILD: 'a', MIS_START: '01/03/2024', MIS_END: '29/02/2024' },
      { CHILD: 'a', MIS_START: '29/02/2024', MIS_END: '29/02/2024' },
      { CHILD: 'b', MIS_START: '01/03/2024', MIS_END: '' },
      { CHILD: 'c', MIS_START: '', MIS_END: '01/01/2020' },
    ];
    expect(rule567.validate(dataC({ Missing: rows }))).toEqual({ Missing: [0] });
    expect(rule567.validate(dataC({ Missing: rows.slice(1) }))).toEqual({});
  });
});
