import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8898 } from './8898.ts';

describe('8898', () => {
  it('flags every row of a factor repeated on the same assessment', () => {
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '1A' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '1A' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-02', AssessmentFactors: '1A' },
      { LAchildID: 'a', CINdetailsID: '2', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '1A' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '2B' },
    ];
    expect(rule8898.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0, 1] });
  });

  it('compares start dates as dates, however the time is written', () => {
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '1A' },
      {
        LAchildID: 'a',
        CINdetailsID: '1',
        AssessmentActualStartDate: '2025-05-01T00:00:00',
        AssessmentFactors: '1A',
      },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025/05/02', AssessmentFactors: '1A' },
    ];
    expect(rule8898.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0, 1] });
  });
});
