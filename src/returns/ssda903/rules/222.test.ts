import { describe, expect, it } from 'vitest';
import { rule222 } from './222.ts';
import { testData } from './helpers-a.ts';

describe('222', () => {
  it('fails a URN on placement types that take none, except the placeholder', () => {
    const rows = [
      { PLACE: 'R1', URN: 'SC1' },
      { PLACE: 'T2', URN: 'XXXXXXX' },
      { PLACE: 'U1', URN: 'SC1' },
      { PLACE: 'T4', URN: 'SC1' },
      { PLACE: 'P1', URN: '' },
    ].map((r) => ({ CHILD: 'a', ...r }));
    expect(rule222.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [0, 3] });
  });
});
