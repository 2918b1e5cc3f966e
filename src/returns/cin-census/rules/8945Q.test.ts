import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8945Q } from './8945Q.ts';

describe('8945Q', () => {
  it('queries the withdrawn factor 18A in either case', () => {
    const rows = ['', '18a', '18A', '18B', '18C'].map((f) => ({ LAchildID: 'a', AssessmentFactors: f }));
    expect(rule8945Q.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [1, 2] });
  });
});
