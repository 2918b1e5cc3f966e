import { ageOn, formatLongDate } from '../../domain/dates.ts';
import { HEALTH_EVENT } from '../../domain/local-codes.ts';
import { startClock, stopClocks } from '../clocks.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

const ASSESSMENTS = ['initial_health_assessment', 'review_health_assessment'];

/**
 * A looked-after child's health assessment, dental check, immunisations or strengths and difficulties
 * questionnaire (SSDA903 OC2). A health assessment starts the clock for the next: 6 months for a child under
 * 5 on the day, 12 months from 5.
 */
export const careHealth: Step = {
  id: 'care-health',
  title: 'Record a health assessment or check',
  group: 'care',
  table: 'health_event',
  fields: [
    {
      id: 'kind',
      label: 'What was done?',
      name: 'what was done',
      kind: 'radios',
      options: optionsOf(HEALTH_EVENT),
    },
    { id: 'event_date', label: 'Date', name: 'the date', kind: 'date' },
    {
      id: 'sdq_score',
      label: 'SDQ score',
      hint: 'For a strengths and difficulties questionnaire only: the total difficulties score, 0 to 40',
      kind: 'number',
      min: 0,
      max: 40,
      optional: true,
    },
  ],
  offered: (_child, status) => status.episode !== undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const date = String(v.event_date);
    const dob = ctx.child.person.date_of_birth;
    const from = ctx.status.periodOfCareStart;
    if (dob && date < dob) errors.event_date = 'The date must be on or after the child’s date of birth';
    if (v.kind === 'sdq') {
      if (v.sdq_score === null || v.sdq_score === undefined) errors.sdq_score = 'Enter the SDQ score';
      if (dob && date >= dob && ageOn(dob, date) < 4) {
        errors.kind =
          'The strengths and difficulties questionnaire is for children aged 4 and over (SSDA903 rule 188)';
      }
    } else if (v.sdq_score !== null && v.sdq_score !== undefined) {
      errors.sdq_score =
        'Leave the SDQ score blank: it is only for a strengths and difficulties questionnaire';
    }
    if (v.kind === 'initial_health_assessment' && from && !ctx.recordId) {
      if (date < from) {
        errors.event_date = `The initial health assessment must be on or after the child started to be looked after on ${formatLongDate(from)}`;
      } else {
        const done = ctx.child.healthEvents.find(
          (h) => h.kind === 'initial_health_assessment' && h.event_date >= from,
        );
        if (done) {
          errors.kind = `The initial health assessment for this period of care was on ${formatLongDate(done.event_date)}: record a review health assessment`;
        }
      }
    }
    if (ASSESSMENTS.includes(String(v.kind)) && from && !ctx.recordId && !errors.kind && !errors.event_date) {
      // The next assessment's clock runs from the latest one, so they are recorded in order.
      const latest = ctx.child.healthEvents
        .filter((h) => ASSESSMENTS.includes(h.kind) && h.event_date >= from)
        .at(-1);
      if (latest && date <= latest.event_date) {
        errors.event_date = `The last health assessment was on ${formatLongDate(latest.event_date)}: this one must be after it`;
      }
    }
    return errors;
  },
  async save(ctx, v) {
    const personId = ctx.child.person.id;
    const date = String(v.event_date);
    const kind = String(v.kind);
    const id = await insertRecord(ctx.trx, ctx.actor, 'health_event', { person_id: personId, ...v });
    const done = { date, byType: 'health_event', byId: id };
    if (kind === 'initial_health_assessment') await stopClocks(ctx.trx, personId, ['cla_iha_20wd'], done);
    const from = ctx.status.periodOfCareStart;
    if (ASSESSMENTS.includes(kind) && from && date >= from) {
      await stopClocks(ctx.trx, personId, ['cla_health_6m_under5', 'cla_health_12m'], done);
      const dob = ctx.child.person.date_of_birth;
      await startClock(ctx.trx, ctx.actor, ctx.policy, {
        personId,
        ruleId: dob && ageOn(dob, date) < 5 ? 'cla_health_6m_under5' : 'cla_health_12m',
        fromDate: date,
        sourceType: 'health_event',
        sourceId: id,
      });
    }
    return id;
  },
};
