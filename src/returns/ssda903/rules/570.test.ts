import { describe, expect, it } from 'vitest';
import { rule570 } from './570.ts';
import { dataC } from './helpers-c.ts';

describe('570', () => {
  it('flags a start after 31 March of the collection year', () => {
    const rows = [
      { CHILD: 'a', MIS_START: '01/04/2026' },
      { CHILD: 'a', MIS_START: '31/03/2026' },
      { CHILD: 'b', MIS_START: '' },
      { CHILD: 'c', MIS_START: '01/01/2020' },
    ];
    expect(rule570.validate(dataC({ Missing: rows }))).toEqual({ Missing: [0] });
    expect(rule570.validate(dataC({ Missing: rows.slice(1) }))).toEqual({});
  });
});
