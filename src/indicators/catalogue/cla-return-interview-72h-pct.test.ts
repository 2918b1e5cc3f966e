import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claReturnInterview72hPct } from './cla-return-interview-72h-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement: 'K2',
  provider: 'PR4',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
});
const missing = (id: string, start: string, end: string | null, offered: string | null) => ({
  id,
  kind: 'M',
  start,
  end,
  offered,
});

describe('cla_return_interview_72h_pct', () => {
  it('counts an offer dated up to 3 calendar days after the return, for episodes ending in March 2025', () => {
    const m = model([
      child('a', {
        episodes: [ep('a1', '2024-01-01', null)],
        missing: [
          // Returned 1 March, offered 4 March: within 72 hours.
          missing('a-in', '2025-02-28', '2025-03-01', '2025-03-04'),
          // Offered 5 March: late.
          missing('a-late', '2025-03-01', '2025-03-01', '2025-03-05'),
          // Returned 31 March, offered 3 April: within 72 hours, in the next month.
          missing('a-31', '2025-03-30', '2025-03-31', '2025-04-03'),
          // No offer recorded.
          missing('a-none', '2025-03-09', '2025-03-10', null),
          // Ended in February: not this month's.
          missing('a-feb', '2025-02-27', '2025-02-28', '2025-02-28'),
          // Still missing.
          missing('a-open', '2025-03-29', null, null),
        ],
      }),
      // Not looked after.
      child('b', { missing: [missing('b-1', '2025-03-05', '2025-03-06', '2025-03-06')] }),
      // Looked after when the episode began; care ended while missing: still counted.
      child('c', {
        episodes: [ep('c1', '2024-01-01', '2025-03-19')],
        missing: [missing('c-1', '2025-03-18', '2025-03-20', '2025-03-20')],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claReturnInterview72hPct.compute(m, period);
    expect(figureOf(claReturnInterview72hPct, period, measure)).toMatchObject({
      value: 60,
      numerator: 3,
      denominator: 5,
    });
    expect(percentMembers(measure).map((x) => [x.recordId, x.inNumerator, x.facts.due])).toEqual([
      ['a-in', true, '2025-03-04'],
      ['a-late', false, '2025-03-04'],
      ['a-31', true, '2025-04-03'],
      ['a-none', false, '2025-03-13'],
      ['c-1', true, '2025-03-23'],
    ]);
  });

  it('runs 72 hours over 29 February in a leap year: returned 27 February 2024, offered by 1 March', () => {
    const m = model([
      child('a', {
        episodes: [ep('a1', '2023-01-01', null)],
        missing: [
          missing('a-1', '2024-02-26', '2024-02-27', '2024-03-01'),
          missing('a-2', '2024-02-26', '2024-02-27', '2024-03-02'),
        ],
      }),
    ]);
    const period = monthOf('2024-02-29');
    const measure = claReturnInterview72hPct.compute(m, period);
    expect(percentMembers(measure).map((x) => [x.recordId, x.inNumerator])).toEqual([
      ['a-1', true],
      ['a-2', false],
    ]);
  });

  it('gives no value in a month when no episode ended', () => {
    const period = monthOf('2025-03-31');
    expect(
      figureOf(claReturnInterview72hPct, period, claReturnInterview72hPct.compute(model([]), period)).value,
    ).toBeNull();
  });
});
