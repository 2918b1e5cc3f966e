import { describe, expect, it } from 'vitest';
import { rule571 } from './571.ts';
import { dataC } from './helpers-c.ts';

describe('571', () => {
  it('flags an end outside the collection year', () => {
    const rows = [
      { CHILD: 'a', MIS_END: '31/03/2025' },
      { CHILD: 'a', MIS_END: '01/04/2025' },
      { CHILD: 'b', MIS_END: '31/03/2026' },
      { CHILD: 'c', MIS_END: '01/04/2026' },
      { CHILD: 'd', MIS_END: '' },
    ];
    expect(rule571.validate(dataC({ Missing: rows }))).toEqual({ Missing: [0, 3] });
    expect(rule571.validate(dataC({ Missing: rows.slice(1, 3) }))).toEqual({});
  });
});
