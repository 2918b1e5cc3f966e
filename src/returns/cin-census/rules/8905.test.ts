import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8905 } from './8905.ts';

describe('8905', () => {
  it('fails a missing or invalid initial category of abuse', () => {
    const ChildProtectionPlans: Record<string, string>[] = [
      { InitialCategoryOfAbuse: 'PHY' },
      { InitialCategoryOfAbuse: 'neg' },
      {},
      { InitialCategoryOfAbuse: 'EMO' },
    ];
    expect(rule8905.validate(censusD({ ChildProtectionPlans }))).toEqual({ ChildProtectionPlans: [1, 2] });
  });
});
