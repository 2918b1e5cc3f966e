import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { earlyHelpOpen } from './early-help-open.ts';

const eh = (id: string, start: string, end: string | null = null, leadAgency = 'local_authority') => ({
  id,
  start,
  end,
  endReason: end === null ? null : 'needs_met',
  leadAgency,
});

describe('early_help_open', () => {
  it('counts children with an episode open at 31 March, not one ending that day, once each', () => {
    const m = model([
      child('a', { earlyHelp: [eh('a1', '2025-01-01', null, 'school')] }),
      child('b', { earlyHelp: [eh('b1', '2024-10-01', '2025-03-31')] }),
      child('c', { earlyHelp: [eh('c1', '2025-03-31')] }),
      child('d', { earlyHelp: [eh('d1', '2025-04-01')] }),
      // Two open episodes: one child, the later one's lead professional.
      child('e', {
        earlyHelp: [eh('e1', '2024-06-01', null, 'health'), eh('e2', '2025-02-01', null, 'voluntary')],
      }),
      child('f', { earlyHelp: [eh('f1', '2024-01-01', '2025-04-01')] }),
    ]);
    const period = monthOf('2025-03-01');
    const measure = earlyHelpOpen.compute(m, period);
    expect(figureOf(earlyHelpOpen, period, measure)).toEqual({
      id: 'early_help_open',
      period: '2025-03',
      value: 4,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.personId, x.recordId, x.facts.start, x.facts.lead_agency])).toEqual([
      ['a', 'a1', '2025-01-01', 'School'],
      ['c', 'c1', '2025-03-31', 'Local authority'],
      ['e', 'e2', '2025-02-01', 'Voluntary sector'],
      ['f', 'f1', '2024-01-01', 'Local authority'],
    ]);
  });

  it('gives 0 when no child is open to early help', () => {
    const period = monthOf('2025-03-01');
    expect(figureOf(earlyHelpOpen, period, earlyHelpOpen.compute(model([]), period)).value).toBe(0);
  });
});
