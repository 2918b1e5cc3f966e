import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claMissingEpisodes } from './cla-missing-episodes.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null, legalStatus = 'C2'): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus,
  placement: 'K2',
  provider: 'PR4',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
});
const missing = (id: string, start: string, end: string | null, kind = 'M') => ({
  id,
  kind,
  start,
  end,
  offered: null,
});

describe('cla_missing_episodes', () => {
  it('counts missing and away episodes starting in March 2025 of children looked after on the day they began', () => {
    const m = model([
      child('a', {
        episodes: [ep('a1', '2024-01-01', null)],
        missing: [
          missing('a-feb', '2025-02-28', '2025-03-01'),
          missing('a-1', '2025-03-01', '2025-03-01'),
          missing('a-31', '2025-03-31', null, 'A'),
        ],
      }),
      // Not looked after.
      child('b', {
        cinPlans: [{ id: 'b1', start: '2024-01-01', end: null }],
        missing: [missing('b-1', '2025-03-10', null)],
      }),
      // Short breaks only.
      child('c', {
        episodes: [ep('c1', '2024-01-01', null, 'V3')],
        missing: [missing('c-1', '2025-03-10', null)],
      }),
      // Care began on 15 March: missing on the 14th is not counted, on the 15th it is.
      child('d', {
        episodes: [ep('d1', '2025-03-15', null)],
        missing: [missing('d-14', '2025-03-14', '2025-03-14'), missing('d-15', '2025-03-15', '2025-03-16')],
      }),
      // Care ended on 20 March: missing on the 19th is counted, on the 20th it is not.
      child('e', {
        episodes: [ep('e1', '2024-01-01', '2025-03-20')],
        missing: [missing('e-19', '2025-03-19', '2025-03-19'), missing('e-20', '2025-03-20', '2025-03-21')],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claMissingEpisodes.compute(m, period);
    expect(figureOf(claMissingEpisodes, period, measure)).toMatchObject({ value: 4, numerator: null });
    expect(measure.members.map((x) => [x.recordId, x.facts])).toEqual([
      ['a-1', { kind: 'M', start: '2025-03-01', end: '2025-03-01', placement: 'K2' }],
      ['a-31', { kind: 'A', start: '2025-03-31', end: null, placement: 'K2' }],
      ['d-15', { kind: 'M', start: '2025-03-15', end: '2025-03-16', placement: 'K2' }],
      ['e-19', { kind: 'M', start: '2025-03-19', end: '2025-03-19', placement: 'K2' }],
    ]);
  });
});
