import { describe, expect, it } from 'vitest';
import { Random } from './random.ts';

describe('Random', () => {
  it('gives the same numbers for the same seed, and different ones for another', () => {
    const a = new Random('seed');
    const b = new Random('seed');
    const c = new Random('other');
    const draws = (r: Random) => Array.from({ length: 20 }, () => r.uint32());
    const first = draws(a);
    expect(draws(b)).toEqual(first);
    expect(draws(c)).not.toEqual(first);
  });

  it('derives independent, repeatable streams', () => {
    const root = new Random('seed');
    expect(root.derive('child/1').next()).toBe(new Random('seed').derive('child/1').next());
    expect(root.derive('child/1').next()).not.toBe(root.derive('child/2').next());
  });

  it('draws from its distributions with the right means', () => {
    const r = new Random('means');
    const n = 20_000;
    let uniform = 0;
    let exponential = 0;
    let poisson = 0;
    let heads = 0;
    let picked = 0;
    for (let i = 0; i < n; i++) {
      uniform += r.next();
      exponential += r.exponential(10);
      poisson += r.poisson(3);
      if (r.chance(0.25)) heads++;
      if (
        r.weighted([
          ['a', 1],
          ['b', 3],
        ] as const) === 'b'
      )
        picked++;
    }
    expect(uniform / n).toBeCloseTo(0.5, 1);
    expect(exponential / n).toBeGreaterThan(9.5);
    expect(exponential / n).toBeLessThan(10.5);
    expect(poisson / n).toBeCloseTo(3, 1);
    expect(heads / n).toBeCloseTo(0.25, 1);
    expect(picked / n).toBeCloseTo(0.75, 1);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(3, 7);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(7);
    }
  });
});
