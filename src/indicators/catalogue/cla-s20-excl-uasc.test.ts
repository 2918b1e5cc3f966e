import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claS20ExclUasc } from './cla-s20-excl-uasc.ts';

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

describe('cla_s20_excl_uasc', () => {
  it('counts children looked after under V2 at the month end who are not UASC at the month end', () => {
    const m = model([
      child('a', { episodes: [ep('a1', '2024-11-01', null)] }),
      child('b', { uascSince: '2024-11-01', episodes: [ep('b1', '2024-11-01', null)] }),
      // UASC status ceased on 31 March: counted.
      child('c', {
        uascSince: '2024-11-01',
        uascCeased: '2025-03-31',
        episodes: [ep('c1', '2024-11-01', null)],
      }),
      child('d', { episodes: [ep('d1', '2024-11-01', null, { legalStatus: 'C2' })] }),
      // Section 20 until an interim care order on 31 March: C1 at the month end.
      child('e', {
        episodes: [
          ep('e1', '2024-11-01', '2025-03-31', { reasonEnd: 'X1' }),
          ep('e2', '2025-03-31', null, { rne: 'L', legalStatus: 'C1' }),
        ],
      }),
      child('f', { episodes: [ep('f1', '2024-11-01', null, { legalStatus: 'V3' })] }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claS20ExclUasc.compute(m, period);
    expect(figureOf(claS20ExclUasc, period, measure)).toMatchObject({ value: 2 });
    expect(measure.members.map((x) => x.personId)).toEqual(['a', 'c']);
  });
});
