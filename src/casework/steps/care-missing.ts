import { MISSING } from '../../domain/codes.ts';
import { formatLongDate } from '../../domain/dates.ts';
import type { Row } from '../child.ts';
import { startClock, stopClocks } from '../clocks.ts';
import { optionsOf, type Field, type FieldErrors, type Values } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step, StepContext } from '../step.ts';

/** The questions about the child's return, shared with care-missing-return. */
export const RETURN_FIELDS: readonly Field[] = [
  {
    id: 'end_date',
    label: 'Date the child returned',
    hint: 'Leave blank if the child has not returned yet',
    kind: 'date',
    optional: true,
  },
  {
    id: 'return_interview_offered_date',
    label: 'Date a return interview was offered',
    hint: 'It should be offered within 72 hours of the child’s return',
    kind: 'date',
    optional: true,
  },
  {
    id: 'return_interview_accepted',
    label: 'Did the child accept the return interview?',
    kind: 'yes_no',
    optional: true,
  },
];

/** The return and the return interview in order: start, then return, then the offer, then the answer. */
export function returnErrors(start: string, v: Values): FieldErrors {
  const errors: FieldErrors = {};
  const end = v.end_date ? String(v.end_date) : null;
  const offered = v.return_interview_offered_date ? String(v.return_interview_offered_date) : null;
  if (end && end < start) {
    errors.end_date = `The date the child returned must be on or after they went missing on ${formatLongDate(start)} (SSDA903 rule 567)`;
  }
  if (offered && !end) {
    errors.return_interview_offered_date =
      'Enter the date the child returned before the return interview offer';
  } else if (offered && end && offered < end) {
    errors.return_interview_offered_date =
      'The return interview must be offered on or after the day the child returned';
  }
  if (v.return_interview_accepted !== null && v.return_interview_accepted !== undefined && !offered) {
    errors.return_interview_accepted = 'Enter the date the return interview was offered, or leave this blank';
  }
  return errors;
}

/** Starts the return interview clock when the return is recorded; stops it when the offer is. */
export async function returnInterviewClock(
  ctx: StepContext,
  episodeId: string,
  v: Values,
  startClockNow: boolean,
): Promise<void> {
  const personId = ctx.child.person.id;
  if (startClockNow && v.end_date) {
    await startClock(ctx.trx, ctx.actor, ctx.policy, {
      personId,
      ruleId: 'return_interview_72h',
      fromDate: String(v.end_date),
      sourceType: 'missing_episode',
      sourceId: episodeId,
    });
  }
  if (v.return_interview_offered_date) {
    await stopClocks(ctx.trx, personId, ['return_interview_72h'], {
      date: String(v.return_interview_offered_date),
      byType: 'missing_episode',
      byId: episodeId,
      sourceId: episodeId,
    });
  }
}

function overlaps(episode: Row<'missing_episode'>, start: string, end: string | null): boolean {
  const otherEnd = episode.end_date ?? '9999-12-31';
  return start < otherEnd && episode.start_date < (end ?? '9999-12-31');
}

/**
 * A child is missing, or away from their placement without authorisation (SSDA903 Missing). Any child can
 * go missing, looked after or not. A return interview is offered within 72 hours of their return.
 */
export const careMissing: Step = {
  id: 'care-missing',
  title: 'Record a missing or away episode',
  group: 'care',
  table: 'missing_episode',
  fields: [
    {
      id: 'kind',
      label: 'Was the child missing or away?',
      name: 'missing or away',
      kind: 'radios',
      options: optionsOf(MISSING),
    },
    { id: 'start_date', label: 'Date the child went missing or away', kind: 'date' },
    ...RETURN_FIELDS,
  ],
  offered: () => true,
  check(ctx, v) {
    const start = String(v.start_date);
    const end = v.end_date ? String(v.end_date) : null;
    const errors = returnErrors(start, v);
    const dob = ctx.child.person.date_of_birth;
    const open = ctx.child.missingEpisodes.find((m) => m.end_date === null);
    const overlapping = ctx.child.missingEpisodes.find((m) => overlaps(m, start, end));
    if (dob && start < dob) {
      errors.start_date = 'The date must be on or after the child’s date of birth (SSDA903 rule 586)';
    } else if (open && !ctx.recordId) {
      errors.form = `The child has been missing or away since ${formatLongDate(open.start_date)}: record their return first (SSDA903 rule 574)`;
    } else if (overlapping) {
      errors.start_date = `The child was already missing or away from ${formatLongDate(overlapping.start_date)}${overlapping.end_date ? ` to ${formatLongDate(overlapping.end_date)}` : ''}: episodes cannot overlap (SSDA903 rule 574)`;
    }
    return errors;
  },
  async save(ctx, v) {
    const id = await insertRecord(ctx.trx, ctx.actor, 'missing_episode', {
      person_id: ctx.child.person.id,
      ...v,
    });
    await returnInterviewClock(ctx, id, v, true);
    return id;
  },
};
