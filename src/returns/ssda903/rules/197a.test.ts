import { describe, expect, it } from 'vitest';
import { rule197a } from './197a.ts';
import { testData } from './helpers-a.ts';

describe('197a', () => {
  it('fails a reason given alongside a score', () => {
    const rows = [
      { CHILD: 'a', SDQ_SCORE: '0', SDQ_REASON: 'SDQ1' },
      { CHILD: 'b', SDQ_SCORE: '10', SDQ_REASON: '' },
      { CHILD: 'c', SDQ_SCORE: '', SDQ_REASON: 'SDQ2' },
    ];
    expect(rule197a.validate(testData({ OC2: rows }))).toEqual({ OC2: [0] });
  });
});
