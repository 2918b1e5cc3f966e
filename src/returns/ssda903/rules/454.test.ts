import { describe, expect, it } from 'vitest';
import { rule454 } from './454.ts';
import { dataRef, place, TEST_REFERENCE } from './helpers-ref.ts';

describe('454', () => {
  it('fails a distance over 350 miles, except 999.9', () => {
    // East of AB1 1AA by 563,255 m: 350.0 miles; 563,416 m: 350.1; 1,609,160 m: 999.9; 1,609,400 m: 1000.1.
    const postcodes = new Map(TEST_REFERENCE.postcodes);
    for (const [pc, metres] of [
      ['FA1 1AA', 563255],
      ['FA1 1AB', 563416],
      ['FA1 1AD', 1609160],
      ['FA1 1AE', 1609400],
    ] as const)
      postcodes.set(pc, place('E06000009', 500000 + metres, 200000));
    const Episodes = ['FA1 1AA', 'FA1 1AB', 'FA1 1AD', 'FA1 1AE', 'CD1 1AA', 'GY1 1AA'].map((PL_POST) => ({
      CHILD: 'a',
      LS: 'C2',
      HOME_POST: 'AB1 1AA',
      PL_POST,
    }));
    expect(rule454.validate(dataRef({ Episodes }, { ...TEST_REFERENCE, postcodes }))).toEqual({
      Episodes: [1, 3],
    });
  });
});
