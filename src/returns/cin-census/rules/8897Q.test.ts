import { describe, expect, it } from 'vitest';
import { assessmentTables, referenceTables } from '../reference-shape.ts';
import { censusE } from './helpers-e.ts';
import { rule8897Q } from './8897Q.ts';

describe('8897Q', () => {
  it('queries an assessment completed in the year with a missing or invalid factor', () => {
    const tables = assessmentTables([
      { AssessmentAuthorisationDate: '2025-05-26', factors: [] }, // query
      { AssessmentAuthorisationDate: '2025-05-26', factors: ['99'] }, // query
      { AssessmentAuthorisationDate: '2025-04-01', factors: ['1A'] },
      { AssessmentAuthorisationDate: '2025-03-30', factors: [] }, // before the year
      { AssessmentAuthorisationDate: '', factors: [] }, // not completed
      { AssessmentAuthorisationDate: '2025-05-26', factors: ['1A', '99'] }, // query: one factor is invalid
      { AssessmentAuthorisationDate: '2025-05-26', factors: ['18A', '19A', '21'] }, // the reference's list has 18A, 19A
    ]);
    expect(rule8897Q.validate(censusE(tables))).toEqual({ Assessments: [0, 1, 5] });
  });

  it('reports an assessment read with an invalid factor among three once, on its one Assessments row', () => {
    const ids = {
      LAchildID: 'a',
      CINdetailsID: '1',
      AssessmentID: '1',
      AssessmentAuthorisationDate: '2025-05-26',
    };
    const read = censusE({ Assessments: ['1A', 'XX', '2B'].map((f) => ({ ...ids, AssessmentFactors: f })) });
    expect(rule8897Q.validate(referenceTables(read))).toEqual({ Assessments: [0] });
  });
});

describe('8897Q, as the reference joins the factors', () => {
  it('meets the factors of the child’s assessments with the same AssessmentID in every episode', () => {
    // rule_8897Q.py merges Assessments with AssessmentFactorsList on LAchildID and AssessmentID only, so
    // assessment 1 of episode 1 meets the invalid factor of assessment 1 of episode 2.
    const tables = assessmentTables([
      { CINdetailsID: '1', AssessmentID: '1', AssessmentAuthorisationDate: '2025-05-26', factors: ['1A'] },
      { CINdetailsID: '2', AssessmentID: '1', AssessmentAuthorisationDate: '2025-06-26', factors: ['99'] },
      { CINdetailsID: '2', AssessmentID: '2', AssessmentAuthorisationDate: '2025-06-26', factors: ['2B'] },
    ]);
    expect(rule8897Q.validate(censusE(tables))).toEqual({ Assessments: [0, 1] });
  });
});

describe('8897Q, the census year as the reference counts it', () => {
  it('queries an assessment authorised on the reference date less one year', () => {
    // rule_8897Q.py: `df[AssessmentAuthorisationDate] >= collection_start`, collection_start being the
    // reference date less one year (make_census_period): 31 March 2025 for the 2025/26 census.
    const tables = assessmentTables([{ AssessmentAuthorisationDate: '2025-03-31', factors: [] }]);
    expect(rule8897Q.validate(censusE(tables))).toEqual({ Assessments: [0] });
  });
});
