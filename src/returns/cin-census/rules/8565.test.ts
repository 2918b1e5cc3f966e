import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8565 } from './8565.ts';

describe('8565', () => {
  it('fails activity after the episode closed, flagging the episode and the rows', () => {
    const key = (id: string) => ({ LAchildID: 'a', CINdetailsID: id });
    const episodes = [
      { ...key('1'), CINclosureDate: '2025-05-26', DateOfInitialCPC: '2025-05-26' },
      { ...key('2'), CINclosureDate: '2025-05-26', DateOfInitialCPC: '2025-05-27' },
      { ...key('3'), CINclosureDate: '', DateOfInitialCPC: '2025-05-27' },
      { ...key('4'), CINclosureDate: '2025-05-26', DateOfInitialCPC: '' },
    ];
    const tables = {
      CINdetails: episodes,
      Assessments: [
        { ...key('4'), AssessmentActualStartDate: '2025-05-26', AssessmentAuthorisationDate: '2025-05-27' },
        { ...key('3'), AssessmentActualStartDate: '2025-06-26', AssessmentAuthorisationDate: '' },
      ],
      Section47: [{ ...key('4'), S47ActualStartDate: '2025-05-20', DateOfInitialCPC: '2025-05-26' }],
      ChildProtectionPlans: [{ ...key('4'), CPPendDate: '2025-05-27' }],
      CINplanDates: [{ ...key('1'), CINPlanStartDate: '2025-05-20', CINPlanEndDate: '2025-05-26' }],
    };
    expect(rule8565.validate(censusE(tables))).toEqual({
      CINdetails: [1, 3],
      Assessments: [0],
      ChildProtectionPlans: [0],
    });
  });
});
