import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { earlyHelpStepUp } from './early-help-step-up.ts';

const eh = (id: string, start: string, end: string | null, endReason: string | null) => ({
  id,
  start,
  end,
  endReason,
  leadAgency: 'local_authority',
});

describe('early_help_step_up', () => {
  it('counts episodes ending 1 to 30 June with step-up, not other endings or other months', () => {
    const m = model([
      child('a', { earlyHelp: [eh('a1', '2025-01-06', '2025-06-30', 'step_up')] }),
      child('b', { earlyHelp: [eh('b1', '2025-05-01', '2025-06-01', 'step_up')] }),
      child('c', { earlyHelp: [eh('c1', '2025-02-03', '2025-06-15', 'needs_met')] }),
      child('d', { earlyHelp: [eh('d1', '2025-02-03', '2025-05-31', 'step_up')] }),
      child('e', { earlyHelp: [eh('e1', '2025-02-03', '2025-07-01', 'step_up')] }),
      child('f', { earlyHelp: [eh('f1', '2025-06-02', null, null)] }),
    ]);
    const period = monthOf('2025-06-01');
    const measure = earlyHelpStepUp.compute(m, period);
    expect(figureOf(earlyHelpStepUp, period, measure)).toEqual({
      id: 'early_help_step_up',
      period: '2025-06',
      value: 2,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.recordId, x.facts])).toEqual([
      ['a1', { start: '2025-01-06', end: '2025-06-30' }],
      ['b1', { start: '2025-05-01', end: '2025-06-01' }],
    ]);
  });
});
