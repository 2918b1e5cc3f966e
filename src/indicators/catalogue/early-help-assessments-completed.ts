import { childrenWithin } from '../candidates.ts';
import { inRange, member } from '../conventions.ts';
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
    for (const c of childrenWithin(model, 'earlyHelpAssessments', 'completed', period.start, period.end))
      for (const a of c.earlyHelpAssessments)
        if (inRange(a.completed, period.start, period.end))
          out.add(out.listing && member(c, { start: a.start, completed: a.completed }, a.id));
    return { kind: 'count' };
  },
});
