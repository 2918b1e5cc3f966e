import { describe, expect, it } from 'vitest';
import { assessmentTables, referenceTables } from '../reference-shape.ts';
import { censusD } from './helpers-d.ts';
import { rule8869 } from './8869.ts';

describe('8869', () => {
  it('fails an assessment on which factor 21 is recorded with another factor', () => {
    const tables = assessmentTables([
      { LAchildID: 'a', AssessmentAuthorisationDate: '2025-06-01', factors: ['21', '1A'] }, // fails
      { LAchildID: 'b', AssessmentAuthorisationDate: '2025-06-01', factors: ['2A', '3B'] },
      { LAchildID: 'c', AssessmentAuthorisationDate: '2025-06-01', factors: ['21'] },
      { LAchildID: 'c', CINdetailsID: '2', AssessmentAuthorisationDate: '2025-06-01', factors: ['1A'] },
    ]);
    expect(rule8869.validate(censusD(tables))).toEqual({ Assessments: [0] });
  });

  it('tells assessments apart by AssessmentID: 21 on one assessment and 1A on another of the same day pass', () => {
    const tables = assessmentTables([
      { AssessmentAuthorisationDate: '2025-06-01', factors: ['21'] },
      { AssessmentAuthorisationDate: '2025-06-01', factors: ['1A'] },
      { AssessmentAuthorisationDate: '', factors: ['21', ''] }, // fails: a blank factor is another factor
      { AssessmentAuthorisationDate: 'pending', factors: [] },
    ]);
    expect(rule8869.validate(censusD(tables))).toEqual({ Assessments: [2] });
  });

  it('compares each factor whole: "21 " or "121" is not 21, and 21 twice is 21 alone', () => {
    const tables = assessmentTables([
      { LAchildID: 'a', factors: ['121', '1A'] },
      { LAchildID: 'b', factors: ['21', '21'] },
      { LAchildID: 'c', factors: ['1A', '21'] }, // fails
    ]);
    expect(rule8869.validate(censusD(tables))).toEqual({ Assessments: [2] });
  });

  it('reports an assessment of three factors once, on its one Assessments row', () => {
    // The reference's reader gives the assessment one Assessments row (AssessmentID 1) and three
    // AssessmentFactorsList rows; its row is the one named. Hearth's reader gives three rows, one per factor.
    const ids = {
      LAchildID: 'a',
      CINdetailsID: '1',
      AssessmentID: '1',
      AssessmentAuthorisationDate: '2025-06-01',
    };
    const read = censusD({
      Assessments: ['21', '1A', '2B'].map((f) => ({ ...ids, AssessmentFactors: f })),
    });
    expect(rule8869.validate(referenceTables(read))).toEqual({ Assessments: [0] });
  });
});
