import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claStarted } from './cla-started.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null, more: Partial<Episode> = {}): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
  ...more,
});

describe('cla_started', () => {
  it('counts children whose care began from 1 to 29 February 2024, once each, not short breaks or changes', () => {
    const m = model([
      // Starts on 29 February, the last day of a leap-year February.
      child('a', { episodes: [ep('a1', '2024-02-29', null, { legalStatus: 'V2' })] }),
      child('b', { episodes: [ep('b1', '2024-01-31', null)] }),
      child('c', { episodes: [ep('c1', '2024-03-01', null)] }),
      // A series of short breaks (V3) only: not a start.
      child('d', { episodes: [ep('d1', '2024-02-05', null, { legalStatus: 'V3' })] }),
      // Short breaks from January that became section 20 care on 12 February: starts on 12 February.
      child('e', {
        episodes: [
          ep('e1', '2024-01-08', '2024-02-12', { legalStatus: 'V3', reasonEnd: 'X1' }),
          ep('e2', '2024-02-12', null, { rne: 'L', legalStatus: 'V2' }),
        ],
      }),
      // A change of placement (P) in February within care that began in 2023: not a start.
      child('f', {
        episodes: [
          ep('f1', '2023-05-01', '2024-02-10', { reasonEnd: 'X1' }),
          ep('f2', '2024-02-10', null, { rne: 'P', placement: 'U6' }),
        ],
      }),
      // Two periods of care beginning in February: one child, with the first start.
      child('g', {
        episodes: [ep('g1', '2024-02-02', '2024-02-09'), ep('g2', '2024-02-20', null, { placement: 'K2' })],
      }),
      // A change of legal status (L) with no episode before it: not a start (RNE is not S).
      child('h', { episodes: [ep('h1', '2024-02-15', null, { rne: 'L' })] }),
    ]);
    const period = monthOf('2024-02-01');
    const measure = claStarted.compute(m, period);
    expect(figureOf(claStarted, period, measure)).toEqual({
      id: 'cla_started',
      period: '2024-02',
      value: 3,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.personId, x.recordId, x.facts])).toEqual([
      ['a', 'a1', { care_start: '2024-02-29', rne: 'S', legal_status: 'V2', placement: 'U4' }],
      ['e', 'e2', { care_start: '2024-02-12', rne: 'L', legal_status: 'V2', placement: 'U4' }],
      ['g', 'g1', { care_start: '2024-02-02', rne: 'S', legal_status: 'C2', placement: 'U4' }],
    ]);
  });

  it('is 0 for a month with no starts', () => {
    const period = monthOf('2024-02-01');
    expect(figureOf(claStarted, period, claStarted.compute(model([]), period)).value).toBe(0);
  });

  it('counts the first start of the month by date, whatever order the episodes are listed in', () => {
    // Two periods of care in February 2024, listed latest first: the child counts once, with 2 February.
    const m = model([
      child('g', {
        episodes: [ep('g2', '2024-02-20', null), ep('g1', '2024-02-02', '2024-02-09')],
      }),
    ]);
    const period = monthOf('2024-02-01');
    const measure = claStarted.compute(m, period);
    expect(measure.members.map((x) => [x.recordId, x.facts.care_start])).toEqual([['g1', '2024-02-02']]);
  });
});
