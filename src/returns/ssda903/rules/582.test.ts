import { describe, expect, it } from 'vitest';
import { rule582 } from './582.ts';
import { dataC } from './helpers-c.ts';

describe('582', () => {
  it('flags adoptions on the matching date', () => {
    const episodes = [
      { CHILD: 'a', REC: 'E11', DEC: '01/01/2026' },
      { CHILD: 'b', REC: 'E12', DEC: '01/01/2026' },
      { CHILD: 'c', REC: 'E4A', DEC: '01/01/2026' },
      { CHILD: 'd', REC: 'E11', DEC: '' },
    ];
    const ad1 = [
      { CHILD: 'a', DATE_MATCH: '01/01/2026' },
      { CHILD: 'b', DATE_MATCH: '31/12/2025' },
      { CHILD: 'c', DATE_MATCH: '01/01/2026' },
      { CHILD: 'd', DATE_MATCH: '' },
    ];
    expect(rule582.validate(dataC({ Episodes: episodes, AD1: ad1 }))).toEqual({ Episodes: [0] });
    expect(rule582.validate(dataC({ Episodes: episodes.slice(1), AD1: ad1 }))).toEqual({});
  });
});
