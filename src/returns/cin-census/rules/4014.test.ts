import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule4014 } from './4014.ts';

const p = (child: string, start: string, end: string, CINdetailsID = '1') => ({
  LAchildID: child,
  CINdetailsID,
  CINPlanStartDate: start,
  CINPlanEndDate: end,
});

describe('4014', () => {
  it('fails a child’s CIN plans that overlap, across episodes, flagging both', () => {
    const CINplanDates = [
      p('a', '2025-05-26', '2025-10-26'),
      p('a', '2025-08-26', '2025-12-26', '2'),
      p('b', '2025-05-26', '2025-10-25'),
      p('b', '2025-10-26', '2025-12-26'),
      p('c', '2025-10-26', '2026-03-31'),
      p('c', '2026-03-31', ''), // starts on the other's end date
      p('d', '2025-05-26', ''),
      p('e', '', '2025-05-26'),
      p('e', '2025-05-01', ''),
    ];
    expect(rule4014.validate(censusD({ CINplanDates }))).toEqual({ CINplanDates: [0, 1, 4, 5] });
  });
});
