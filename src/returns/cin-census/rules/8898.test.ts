import { describe, expect, it } from 'vitest';
import { assessmentTables, referenceTables } from '../reference-shape.ts';
import { censusE } from './helpers-e.ts';
import { rule8898 } from './8898.ts';

describe('8898', () => {
  it('flags an assessment on which a factor is repeated, once', () => {
    const tables = assessmentTables([
      { AssessmentActualStartDate: '2025-05-01', factors: ['1A', '1A', '2B'] }, // fails
      { AssessmentActualStartDate: '2025-05-02', factors: ['1A'] },
      { CINdetailsID: '2', AssessmentActualStartDate: '2025-05-01', factors: ['1A'] },
      { AssessmentActualStartDate: '2025-05-01', factors: ['', ''] }, // fails: blank factors compare equal
    ]);
    expect(rule8898.validate(censusE(tables))).toEqual({ Assessments: [0, 3] });
  });

  it('compares the factors of one assessment (AssessmentID), not of assessments starting the same day', () => {
    // rule_8898.py: Assessments joined to AssessmentFactorsList on LAchildID, CINdetailsID and AssessmentID,
    // then `duplicated([LAchildID, CINdetailsID, AssessmentID, AssessmentFactor], keep=False)`.
    const tables = assessmentTables([
      { AssessmentActualStartDate: '2025-05-01', factors: ['1A'] },
      { AssessmentActualStartDate: '2025-05-01', factors: ['1A'] },
      { AssessmentActualStartDate: '2025-05-01', factors: ['2B', '2B', '3A'] }, // fails
    ]);
    expect(rule8898.validate(censusE(tables))).toEqual({ Assessments: [2] });
  });

  it('reports an assessment read with a factor twice once, on its one Assessments row', () => {
    const ids = { LAchildID: 'a', CINdetailsID: '1' };
    const read = censusE({
      Assessments: [
        { ...ids, AssessmentID: '1', AssessmentFactors: '1A' },
        { ...ids, AssessmentID: '2', AssessmentFactors: '3A' },
        { ...ids, AssessmentID: '2', AssessmentFactors: '3A' },
        { ...ids, AssessmentID: '2', AssessmentFactors: '4A' },
      ],
    });
    expect(rule8898.validate(referenceTables(read))).toEqual({ Assessments: [1] });
  });
});
