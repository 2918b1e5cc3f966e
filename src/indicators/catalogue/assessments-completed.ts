import { eachWithin } from '../candidates.ts';
import { ASSESSMENT_OUTCOME } from '../../domain/local-codes.ts';
import { codeLabel, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/** One member per assessment record authorised in the month (a child assessed twice counts twice). */
export const assessmentsCompleted = defineIndicator({
  id: 'assessments_completed',
  title: 'Assessments completed',
  unit: 'number',
  polarity: 'none',
  section: 'Assessment',
  definition: 'Child and family assessments authorised in the month.',
  facts: [
    ['start', 'Start'],
    ['authorised', 'Authorised'],
    ['outcome', 'Outcome'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'assessments', 'authorised', period.start, period.end, (c, a) =>
      out.add(
        out.listing &&
          member(
            c,
            { start: a.start, authorised: a.authorised, outcome: codeLabel(ASSESSMENT_OUTCOME, a.outcome) },
            a.id,
          ),
      ),
    );
    return { kind: 'count' };
  },
});
