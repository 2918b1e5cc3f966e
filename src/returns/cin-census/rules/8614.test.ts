import { describe, expect, it } from 'vitest';
import { assessmentTables, referenceTables } from '../reference-shape.ts';
import { censusD } from './helpers-d.ts';
import { rule8614 } from './8614.ts';

describe('8614', () => {
  it('fails factors recorded on an assessment that is not authorised', () => {
    const tables = assessmentTables([
      { AssessmentAuthorisationDate: '2025-05-26', factors: ['1A'] },
      { AssessmentAuthorisationDate: '', factors: ['1A', '2B'] },
      { AssessmentAuthorisationDate: '', factors: [] },
    ]);
    expect(rule8614.validate(censusD(tables))).toEqual({ Assessments: [1] });
  });

  it('fails factors on an assessment whose authorisation date is not a date', () => {
    // rule_8614: AssessmentAuthorisationDate.isna(), and a value that is not a date is read as NaT.
    const tables = assessmentTables([{ AssessmentAuthorisationDate: 'not a date', factors: ['1A'] }]);
    expect(rule8614.validate(censusD(tables))).toEqual({ Assessments: [0] });
  });

  it('reports an unauthorised assessment read with three factors once, on its one Assessments row', () => {
    const ids = { LAchildID: 'a', CINdetailsID: '1', AssessmentID: '1', AssessmentAuthorisationDate: '' };
    const read = censusD({ Assessments: ['1A', '2B', '3A'].map((f) => ({ ...ids, AssessmentFactors: f })) });
    expect(rule8614.validate(referenceTables(read))).toEqual({ Assessments: [0] });
  });
});
