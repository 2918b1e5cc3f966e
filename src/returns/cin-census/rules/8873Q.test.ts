import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8873Q } from './8873Q.ts';

describe('8873Q', () => {
  it('queries an episode whose only assessment found no factors (21) but is not closed RC8 or RC9', () => {
    const Assessments = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentFactors: '21' },
      { LAchildID: 'b', CINdetailsID: '1', AssessmentFactors: '21' },
      { LAchildID: 'c', CINdetailsID: '1', AssessmentFactors: '21' },
      { LAchildID: 'c', CINdetailsID: '1', AssessmentFactors: '20' },
      { LAchildID: 'd', CINdetailsID: '1', AssessmentFactors: '1A' },
      { LAchildID: 'e', CINdetailsID: '1', AssessmentFactors: '21' },
    ];
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC8' },
      { LAchildID: 'b', CINdetailsID: '1', ReasonForClosure: 'RC7' },
      { LAchildID: 'c', CINdetailsID: '1', ReasonForClosure: 'RC7' },
      { LAchildID: 'd', CINdetailsID: '1', ReasonForClosure: 'RC7' },
      { LAchildID: 'e', CINdetailsID: '1', ReasonForClosure: '' },
    ];
    expect(rule8873Q.validate(censusD({ Assessments, CINdetails }))).toEqual({
      Assessments: [1, 5],
      CINdetails: [1, 4],
    });
  });

  it('counts assessments, not factor rows: one assessment with two factors rows is the only one', () => {
    const ids = { LAchildID: 'a', CINdetailsID: '1', AssessmentID: '1' };
    const Assessments = [
      { ...ids, AssessmentFactors: '21' },
      { ...ids, AssessmentFactors: '1A' },
    ];
    const CINdetails = [{ LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC7' }];
    expect(rule8873Q.validate(censusD({ Assessments, CINdetails }))).toEqual({
      Assessments: [0, 1],
      CINdetails: [0],
    });
  });
});

describe('8873Q, factor 21 as the reference finds it', () => {
  it('takes any factor whose text holds 21 as factor 21', () => {
    // rule_8873Q.py: `df_ass_merged[AssessmentFactor].str.contains("21")` keeps "121" as well as "21".
    const Assessments = [{ LAchildID: 'a', CINdetailsID: '1', AssessmentID: '1', AssessmentFactors: '121' }];
    const CINdetails = [{ LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC7' }];
    expect(rule8873Q.validate(censusD({ Assessments, CINdetails }))).toEqual({
      Assessments: [0],
      CINdetails: [0],
    });
  });
});
