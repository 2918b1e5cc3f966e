import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claUasc } from './cla-uasc.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null, more: Partial<Episode> = {}): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'V2',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
  ...more,
});

describe('cla_uasc', () => {
  it('counts looked-after children whose UASC status is open at the month end', () => {
    const m = model([
      child('a', { uascSince: '2024-10-01', episodes: [ep('a1', '2024-10-01', null)] }),
      // UASC status ceased on 31 March: not UASC at 31 March.
      child('b', {
        uascSince: '2024-10-01',
        uascCeased: '2025-03-31',
        episodes: [ep('b1', '2024-10-01', null)],
      }),
      // UASC from 31 March itself.
      child('c', { uascSince: '2025-03-31', episodes: [ep('c1', '2025-03-20', null)] }),
      // UASC but no longer looked after.
      child('d', { uascSince: '2024-10-01', episodes: [ep('d1', '2024-10-01', '2025-02-01')] }),
      // UASC status ceasing the day after the month end.
      child('e', {
        uascSince: '2024-10-01',
        uascCeased: '2025-04-01',
        episodes: [ep('e1', '2024-10-01', null)],
      }),
      // Short breaks only: not looked after for these counts.
      child('f', {
        uascSince: '2024-10-01',
        episodes: [ep('f1', '2024-10-01', null, { legalStatus: 'V3' })],
      }),
      // Looked after, never UASC.
      child('g', { episodes: [ep('g1', '2024-10-01', null)] }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claUasc.compute(m, period);
    expect(figureOf(claUasc, period, measure)).toMatchObject({
      value: 3,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.personId, x.facts])).toEqual([
      ['a', { care_start: '2024-10-01', uasc_since: '2024-10-01' }],
      ['c', { care_start: '2025-03-20', uasc_since: '2025-03-31' }],
      ['e', { care_start: '2024-10-01', uasc_since: '2024-10-01' }],
    ]);
  });
});
