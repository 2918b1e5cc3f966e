import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8863Q } from './8863Q.ts';

const a = (child: string, start: string, end: string) => ({
  LAchildID: child,
  CINdetailsID: '1',
  AssessmentActualStartDate: start,
  AssessmentAuthorisationDate: end,
});

describe('8863Q', () => {
  it('queries an assessment starting while another in the episode is ongoing, flagging both', () => {
    const Assessments = [
      a('a', '2025-05-26', '2025-10-26'),
      a('a', '2025-08-26', ''), // starts inside row 0
      a('b', '2025-05-26', '2025-08-25'),
      a('b', '2025-08-26', '2025-12-26'), // starts the day after row 2 ends
      a('c', '2025-10-26', '2026-03-31'), // starts after row 5 started, row 5 open to 31 March
      a('c', '2025-09-26', ''),
      a('d', '2025-06-01', '2025-06-10'), // exact copies are not compared
      a('d', '2025-06-01', '2025-06-10'),
      { ...a('e', '2025-06-01', ''), CINdetailsID: '2' }, // different episode
      a('e', '2025-06-02', ''),
    ];
    expect(rule8863Q.validate(censusD({ Assessments }))).toEqual({ Assessments: [0, 1, 4, 5] });
  });
});
