import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { earlyHelpLeadProfessional } from './early-help-lead-professional.ts';
import { earlyHelpOpen } from './early-help-open.ts';

const eh = (id: string, leadAgency: string, start = '2025-01-06', end: string | null = null) => ({
  id,
  start,
  end,
  endReason: end === null ? null : 'needs_met',
  leadAgency,
});

describe('early_help_lead_professional', () => {
  it('splits the children open at 31 March by their lead professional’s agency, a row for every agency', () => {
    const m = model([
      child('a', { earlyHelp: [eh('a1', 'local_authority')] }),
      child('b', { earlyHelp: [eh('b1', 'local_authority')] }),
      child('c', { earlyHelp: [eh('c1', 'local_authority')] }),
      child('d', { earlyHelp: [eh('d1', 'school')] }),
      child('e', { earlyHelp: [eh('e1', 'school')] }),
      child('f', { earlyHelp: [eh('f1', 'health')] }),
      child('g', { earlyHelp: [eh('g1', 'voluntary')] }),
      // Two open episodes: the later one (local authority) decides.
      child('h', {
        earlyHelp: [eh('h1', 'health', '2024-09-02'), eh('h2', 'local_authority', '2025-02-03')],
      }),
      // Ended on 31 March: not open.
      child('i', { earlyHelp: [eh('i1', 'school', '2024-11-01', '2025-03-31')] }),
    ]);
    const period = monthOf('2025-03-01');
    const measure = earlyHelpLeadProfessional.compute(m, period);
    expect(figureOf(earlyHelpLeadProfessional, period, measure)).toEqual({
      id: 'early_help_lead_professional',
      period: '2025-03',
      value: 8,
      numerator: null,
      denominator: null,
      breakdown: [
        { key: 'local_authority', label: 'Local authority', value: 50, numerator: 4, denominator: 8 },
        { key: 'school', label: 'School', value: 25, numerator: 2, denominator: 8 },
        { key: 'health', label: 'Health', value: 12.5, numerator: 1, denominator: 8 },
        { key: 'voluntary', label: 'Voluntary sector', value: 12.5, numerator: 1, denominator: 8 },
        { key: 'other', label: 'Other', value: 0, numerator: 0, denominator: 8 },
      ],
    });
    expect(measure.members.map((x) => [x.personId, x.recordId, x.facts.lead_agency])).toEqual([
      ['a', 'a1', 'Local authority'],
      ['b', 'b1', 'Local authority'],
      ['c', 'c1', 'Local authority'],
      ['d', 'd1', 'School'],
      ['e', 'e1', 'School'],
      ['f', 'f1', 'Health'],
      ['g', 'g1', 'Voluntary sector'],
      ['h', 'h2', 'Local authority'],
    ]);
    // Its denominator is early_help_open's figure.
    expect(figureOf(earlyHelpOpen, period, earlyHelpOpen.compute(m, period)).value).toBe(8);
  });

  it('gives every agency no value, not 0, when no child is open to early help', () => {
    const period = monthOf('2025-03-01');
    const m = model([child('i', { earlyHelp: [eh('i1', 'school', '2024-11-01', '2025-03-31')] })]);
    const figure = figureOf(earlyHelpLeadProfessional, period, earlyHelpLeadProfessional.compute(m, period));
    expect(figure.value).toBe(0);
    expect(figure.breakdown?.map((r) => [r.key, r.value, r.numerator, r.denominator])).toEqual([
      ['local_authority', null, 0, 0],
      ['school', null, 0, 0],
      ['health', null, 0, 0],
      ['voluntary', null, 0, 0],
      ['other', null, 0, 0],
    ]);
  });
});
