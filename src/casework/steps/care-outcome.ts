import { SDQ_REASON } from '../../domain/codes.ts';
import { ageOn, formatLongDate } from '../../domain/dates.ts';
import { lookedAfterForYearTo, yearStartOf } from '../child.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/**
 * The annual outcomes of a child looked after continuously for the 12 months to 31 March (SSDA903 OC2)
 * that are not health events: conviction (aged 10 or over), substance misuse and the intervention for it,
 * and why there is no strengths and difficulties questionnaire score. The health items of OC2 come from the
 * health events of the year. The checks are the DfE's OC2 rules, so the return is right when it is made.
 */
export const careOutcome: Step = {
  id: 'care-outcome',
  title: 'Record the annual outcomes (looked after for 12 months)',
  group: 'care',
  table: 'cla_outcome',
  fields: [
    {
      id: 'year_end',
      label: 'Year ending',
      name: 'the year ending',
      hint: 'The 31 March the outcomes are for, for example 31 3 2026',
      kind: 'date',
    },
    {
      id: 'convicted',
      label: 'Was the child convicted of an offence during the year?',
      hint: 'Only for a child aged 10 or over on 31 March',
      kind: 'yes_no',
      optional: true,
    },
    {
      id: 'substance_misuse',
      label: 'Was the child identified as having a substance misuse problem during the year?',
      kind: 'yes_no',
    },
    {
      id: 'intervention_received',
      label: 'Did the child receive an intervention for their substance misuse problem?',
      hint: 'Only when a substance misuse problem was identified',
      kind: 'yes_no',
      optional: true,
    },
    {
      id: 'intervention_offered',
      label: 'Was an intervention offered and refused?',
      hint: 'Only when the child did not receive an intervention',
      kind: 'yes_no',
      optional: true,
    },
    {
      id: 'sdq_reason',
      label: 'Why is there no strengths and difficulties questionnaire (SDQ) score?',
      hint: 'Only when no SDQ score was recorded in the year, for a child aged 4 to 16',
      kind: 'radios',
      options: optionsOf(SDQ_REASON),
      optional: true,
    },
  ],
  offered: (child) => child.claEpisodes.length > 0,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const yearEnd = String(v.year_end);
    if (!yearEnd.endsWith('-03-31')) {
      errors.year_end = 'The year ending must be 31 March, the end of the year the outcomes are for';
      return errors;
    }
    const yearStart = yearStartOf(yearEnd);
    if (!lookedAfterForYearTo(ctx.child.claEpisodes, yearEnd)) {
      errors.year_end = `The child was not looked after continuously from ${formatLongDate(yearStart)} to ${formatLongDate(yearEnd)}: annual outcomes are only for those children`;
      return errors;
    }
    const other = ctx.child.claOutcomes.find((o) => o.year_end === yearEnd && o.id !== ctx.recordId);
    if (other) {
      errors.year_end = `The outcomes for the year to ${formatLongDate(yearEnd)} are already recorded: correct them instead`;
    }
    const dob = ctx.child.person.date_of_birth;
    const given = (value: unknown) => value !== null && value !== undefined;
    if (dob && ageOn(dob, yearEnd) >= 10 && !given(v.convicted)) {
      errors.convicted = 'Select yes or no: the child was aged 10 or over on 31 March (SSDA903 rule 543)';
    } else if (dob && ageOn(dob, yearEnd) < 10 && given(v.convicted)) {
      errors.convicted = 'Leave this blank: the child was under 10 on 31 March (SSDA903 rule 542)';
    }
    if (v.substance_misuse === true && !given(v.intervention_received)) {
      errors.intervention_received = 'Select yes or no: a substance misuse problem was identified';
    } else if (v.substance_misuse !== true && given(v.intervention_received)) {
      errors.intervention_received = 'Leave this blank: no substance misuse problem was identified';
    }
    if (v.substance_misuse === true && v.intervention_received === false && !given(v.intervention_offered)) {
      errors.intervention_offered = 'Select yes or no: the child did not receive an intervention';
    } else if (
      !(v.substance_misuse === true && v.intervention_received === false) &&
      given(v.intervention_offered)
    ) {
      errors.intervention_offered =
        'Leave this blank: it is only for a child with a substance misuse problem who did not receive an intervention';
    }
    if (dob) {
      const four = ageOn(dob, yearEnd) >= 4;
      const underSeventeen = ageOn(dob, yearStart) < 17;
      const scored = ctx.child.healthEvents.some(
        (h) =>
          h.kind === 'sdq' && h.sdq_score !== null && h.event_date >= yearStart && h.event_date <= yearEnd,
      );
      const reason = v.sdq_reason ? String(v.sdq_reason) : null;
      if (!(four && underSeventeen)) {
        if (reason)
          errors.sdq_reason =
            'Leave this blank: the child was under 4 at the end of the year or 17 at its start';
      } else if (scored) {
        if (reason) errors.sdq_reason = 'Leave this blank: an SDQ score was recorded in the year';
      } else if (!reason) {
        errors.sdq_reason = `Select why there is no SDQ score: none was recorded from ${formatLongDate(yearStart)} to ${formatLongDate(yearEnd)}`;
      } else if (reason === 'SDQ1' && ageOn(dob, yearStart) >= 4 && ageOn(dob, yearEnd) <= 16) {
        errors.sdq_reason = 'The child was aged 4 to 16 all year: choose another reason (SSDA903 rule 157)';
      }
    }
    return errors;
  },
  save: (ctx, v) => insertRecord(ctx.trx, ctx.actor, 'cla_outcome', { person_id: ctx.child.person.id, ...v }),
};
