import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule1560Q } from './1560Q.ts';

describe('1560Q', () => {
  it('queries a former UPN that is not a letter and 12 digits', () => {
    const ChildIdentifiers = [
      { FormerUPN: '' },
      { FormerUPN: 'X987654321231' },
      { FormerUPN: 'X0000y0000007' },
      { FormerUPN: 'X98721238' },
      { FormerUPN: '1987654321231' },
    ];
    expect(rule1560Q.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [2, 3, 4] });
  });
});
