import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8842Q } from './8842Q.ts';

describe('8842Q', () => {
  it('queries a review with no date or an impossible one', () => {
    const Reviews: Record<string, string>[] = [
      { CPPreviewDate: '2025-06-01' },
      { CPPreviewDate: '' },
      {},
      { CPPreviewDate: '2025-02-30' },
    ];
    expect(rule8842Q.validate(censusD({ Reviews }))).toEqual({ Reviews: [1, 2, 3] });
  });
});
