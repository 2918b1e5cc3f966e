import { eachWithin } from '../candidates.ts';
import { LEAD_AGENCY } from '../../domain/local-codes.ts';
import { codeLabel, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/** One member per early help episode record starting in the month (a child starting twice counts twice). */
export const earlyHelpStarted = defineIndicator({
  id: 'early_help_started',
  title: 'Early help episodes started',
  unit: 'number',
  polarity: 'none',
  section: 'Early help',
  definition: 'Early help episodes starting in the month.',
  facts: [
    ['start', 'Start'],
    ['lead_agency', 'Lead professional’s agency'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'earlyHelp', 'start', period.start, period.end, (c, e) =>
      out.add(
        out.listing && member(c, { start: e.start, lead_agency: codeLabel(LEAD_AGENCY, e.leadAgency) }, e.id),
      ),
    );
    return { kind: 'count' };
  },
});
