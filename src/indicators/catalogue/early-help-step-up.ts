import { eachWithin } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One member per early help episode record with an end date in the month and end reason step-up. Whether a
 * referral to social care followed is not tested: the recorded reason decides.
 */
export const earlyHelpStepUp = defineIndicator({
  id: 'early_help_step_up',
  title: 'Early help episodes stepped up to social care',
  unit: 'number',
  polarity: 'none',
  section: 'Early help',
  definition: "Early help episodes ending in the month with step-up to children's social care.",
  facts: [
    ['start', 'Start'],
    ['end', 'End'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'earlyHelp', 'end', period.start, period.end, (c, e) => {
      if (e.endReason === 'step_up') out.add(out.listing && member(c, { start: e.start, end: e.end }, e.id));
    });
    return { kind: 'count' };
  },
});
