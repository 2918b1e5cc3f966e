import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { earlyHelpStarted } from './early-help-started.ts';

const eh = (id: string, start: string, end: string | null = null, leadAgency = 'school') => ({
  id,
  start,
  end,
  endReason: end === null ? null : 'needs_met',
  leadAgency,
});

describe('early_help_started', () => {
  it('counts episodes starting 1 to 29 February 2024, twice for a child starting twice', () => {
    const m = model([
      child('a', {
        earlyHelp: [eh('a1', '2024-02-01', '2024-02-10'), eh('a2', '2024-02-29', null, 'health')],
      }),
      child('b', { earlyHelp: [eh('b1', '2024-01-31'), eh('b2', '2024-03-01')] }),
    ]);
    const period = monthOf('2024-02-01');
    const measure = earlyHelpStarted.compute(m, period);
    expect(figureOf(earlyHelpStarted, period, measure)).toEqual({
      id: 'early_help_started',
      period: '2024-02',
      value: 2,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.recordId, x.facts])).toEqual([
      ['a1', { start: '2024-02-01', lead_agency: 'School' }],
      ['a2', { start: '2024-02-29', lead_agency: 'Health' }],
    ]);
  });
});
