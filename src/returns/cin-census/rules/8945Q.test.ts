import { describe, expect, it } from 'vitest';
import { assessmentTables, referenceTables } from '../reference-shape.ts';
import { censusE } from './helpers-e.ts';
import { rule8945Q } from './8945Q.ts';

describe('8945Q', () => {
  it('queries an assessment with the withdrawn factor 18A in either case', () => {
    const tables = assessmentTables([
      { factors: [] },
      { factors: ['18a'] },
      { factors: ['1A', '18A'] },
      { factors: ['18B'] },
      { factors: ['18C', '2B'] },
    ]);
    expect(rule8945Q.validate(censusE(tables))).toEqual({ Assessments: [1, 2] });
  });

  it('reports an assessment read with 18A among three factors once, on its one Assessments row', () => {
    const ids = { LAchildID: 'a', CINdetailsID: '1', AssessmentID: '1' };
    const read = censusE({
      Assessments: ['1A', '18A', '2B'].map((f) => ({ ...ids, AssessmentFactors: f })),
    });
    expect(rule8945Q.validate(referenceTables(read))).toEqual({ Assessments: [0] });
  });
});
