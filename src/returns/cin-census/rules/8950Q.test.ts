import { describe, expect, it } from 'vitest';
import { assessmentTables, referenceTables } from '../reference-shape.ts';
import { censusE } from './helpers-e.ts';
import { rule8950Q } from './8950Q.ts';

describe('8950Q', () => {
  it('queries an assessment with the withdrawn factor 19A in either case', () => {
    const tables = assessmentTables([
      { factors: [] },
      { factors: ['19a'] },
      { factors: ['1A', '19A'] },
      { factors: ['19B'] },
      { factors: ['19C', '2B'] },
    ]);
    expect(rule8950Q.validate(censusE(tables))).toEqual({ Assessments: [1, 2] });
  });

  it('reports an assessment read with 19A among three factors once, on its one Assessments row', () => {
    const ids = { LAchildID: 'a', CINdetailsID: '1', AssessmentID: '1' };
    const read = censusE({
      Assessments: ['1A', '19A', '2B'].map((f) => ({ ...ids, AssessmentFactors: f })),
    });
    expect(rule8950Q.validate(referenceTables(read))).toEqual({ Assessments: [0] });
  });
});
