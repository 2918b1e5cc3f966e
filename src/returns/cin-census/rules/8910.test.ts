import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8910 } from './8910.ts';

describe('8910', () => {
  it('fails a missing or invalid latest category of abuse', () => {
    const ChildProtectionPlans = [
      { LatestCategoryOfAbuse: 'NEG' },
      { LatestCategoryOfAbuse: '' },
      { LatestCategoryOfAbuse: 'XYZ' },
      { LatestCategoryOfAbuse: 'MUL' },
    ];
    expect(rule8910.validate(censusD({ ChildProtectionPlans }))).toEqual({ ChildProtectionPlans: [1, 2] });
  });
});
