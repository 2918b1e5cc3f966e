import { childrenOverlapping } from '../candidates.ts';
import { LEAD_AGENCY } from '../../domain/local-codes.ts';
import { codeLabel, member } from '../conventions.ts';
import { defineIndicator, type BreakdownRow } from '../indicator.ts';
import { earlyHelpAt } from './early-help-open.ts';

/**
 * The children of early_help_open (one member per child, the latest-started episode open at `end` deciding
 * the agency), split by their lead professional's agency. Every agency has a row, in the code list's order,
 * even with no children; each row's value is its share of all children open to early help at `end` (null
 * when there are none). The figure's own value is the number of children behind the breakdown.
 */
export const earlyHelpLeadProfessional = defineIndicator({
  id: 'early_help_lead_professional',
  title: 'Early help lead professionals by agency',
  unit: 'percent',
  polarity: 'none',
  section: 'Early help',
  definition:
    'Of children open to early help at `end`, the share whose lead professional belongs to each agency (local authority, school, health, voluntary sector, other): a breakdown, not a single figure.',
  facts: [
    ['start', 'Start'],
    ['lead_agency', 'Lead professional’s agency'],
  ],
  measure(model, period, out) {
    let denominator = 0;
    const byAgency = new Map<string, number>();
    for (const c of childrenOverlapping(model, 'earlyHelp', period.end, period.end, 'start', 'end')) {
      const episode = earlyHelpAt(c, period.end);
      if (!episode) continue;
      denominator++;
      byAgency.set(episode.leadAgency, (byAgency.get(episode.leadAgency) ?? 0) + 1);
      out.add(
        out.listing &&
          member(
            c,
            { start: episode.start, lead_agency: codeLabel(LEAD_AGENCY, episode.leadAgency) },
            episode.id,
          ),
      );
    }
    const breakdown: BreakdownRow[] = LEAD_AGENCY.entries.map(([key, label]) => {
      const numerator = byAgency.get(key) ?? 0;
      return {
        key,
        label,
        value: denominator === 0 ? null : (numerator / denominator) * 100,
        numerator,
        denominator,
      };
    });
    return { kind: 'breakdown', breakdown };
  },
});
