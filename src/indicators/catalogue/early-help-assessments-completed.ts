import { eachWithin } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/** One member per early help assessment record with a completion date in the month. */
export const earlyHelpAssessmentsCompleted = defineIndicator({
  id: 'early_help_assessments_completed',
  title: 'Early help assessments completed',
  unit: 'number',
  polarity: 'none',
  section: 'Assessment',
  definition: 'Early help assessments completed in the month.',
  facts: [
    ['start', 'Start'],
    ['completed', 'Completed'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'earlyHelpAssessments', 'completed', period.start, period.end, (c, a) =>
      out.add(out.listing && member(c, { start: a.start, completed: a.completed }, a.id)),
    );
    return { kind: 'count' };
  },
});
