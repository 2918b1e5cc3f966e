import { describe, expect, it } from 'vitest';
import { assessmentTables, referenceTables } from '../reference-shape.ts';
import { censusD } from './helpers-d.ts';
import { rule8873Q } from './8873Q.ts';

describe('8873Q', () => {
  it('queries an episode whose only assessment found no factors (21) but is not closed RC8 or RC9', () => {
    const tables = assessmentTables([
      { LAchildID: 'a', factors: ['21'] },
      { LAchildID: 'b', factors: ['21'] }, // queried with its episode
      { LAchildID: 'c', AssessmentID: '1', factors: ['21'] },
      { LAchildID: 'c', AssessmentID: '2', factors: ['20'] }, // two assessments: not queried
      { LAchildID: 'd', factors: ['1A'] },
      { LAchildID: 'e', factors: ['21'] }, // queried with its episode
    ]);
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC8' },
      { LAchildID: 'b', CINdetailsID: '1', ReasonForClosure: 'RC7' },
      { LAchildID: 'c', CINdetailsID: '1', ReasonForClosure: 'RC7' },
      { LAchildID: 'd', CINdetailsID: '1', ReasonForClosure: 'RC7' },
      { LAchildID: 'e', CINdetailsID: '1', ReasonForClosure: '' },
    ];
    expect(rule8873Q.validate(censusD({ ...tables, CINdetails }))).toEqual({
      Assessments: [1, 5],
      CINdetails: [1, 4],
    });
  });

  it('counts assessments, not factors: an assessment with two factors is the only one, flagged once', () => {
    const tables = assessmentTables([{ factors: ['21', '1A'] }]);
    const CINdetails = [{ LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC7' }];
    expect(rule8873Q.validate(censusD({ ...tables, CINdetails }))).toEqual({
      Assessments: [0],
      CINdetails: [0],
    });
  });

  it('reports an assessment of three factors read from a file once, on its one Assessments row', () => {
    const ids = { LAchildID: 'a', CINdetailsID: '1', AssessmentID: '1' };
    const read = censusD({
      Assessments: ['21', '1A', '3A'].map((f) => ({ ...ids, AssessmentFactors: f })),
      CINdetails: [{ LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC7' }],
    });
    expect(rule8873Q.validate(referenceTables(read))).toEqual({ Assessments: [0], CINdetails: [0] });
  });
});

describe('8873Q, factor 21 as the reference finds it', () => {
  it('takes any factor whose text holds 21 as factor 21, and 2B too', () => {
    // rule_8873Q.py keeps AssessmentFactorsList rows whose factor is "2B" or `.str.contains("21")`.
    const tables = assessmentTables([
      { LAchildID: 'a', factors: ['121'] },
      { LAchildID: 'b', factors: ['2B'] },
      { LAchildID: 'c', factors: ['2A'] },
    ]);
    const CINdetails = ['a', 'b', 'c'].map((c) => ({
      LAchildID: c,
      CINdetailsID: '1',
      ReasonForClosure: 'RC7',
    }));
    expect(rule8873Q.validate(censusD({ ...tables, CINdetails }))).toEqual({
      Assessments: [0, 1],
      CINdetails: [0, 1],
    });
  });

  it('queries the assessment alone when its episode has no CINdetails row', () => {
    // A left join to CINdetails: a missing reason is not RC8 or RC9.
    const tables = assessmentTables([{ LAchildID: 'a', CINdetailsID: '9', factors: ['21'] }]);
    const CINdetails = [{ LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC7' }];
    expect(rule8873Q.validate(censusD({ ...tables, CINdetails }))).toEqual({ Assessments: [0] });
  });
});
