import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8950Q } from './8950Q.ts';

describe('8950Q', () => {
  it('queries the withdrawn factor 19A in either case', () => {
    const rows = ['', '19a', '19A', '19B', '19C'].map((f) => ({ LAchildID: 'a', AssessmentFactors: f }));
    expect(rule8950Q.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [1, 2] });
  });
});
