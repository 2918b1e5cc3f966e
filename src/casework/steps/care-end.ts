import { isShortBreak, REC } from '../../domain/codes.ts';
import { ageOn, daysBetween, formatLongDate, maxDate, minDate } from '../../domain/dates.ts';
import type { ChildRecord } from '../child.ts';
import { cancelClocks } from '../clocks.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { birthday, CLA_RULES, isTemporaryPlacement } from './care-start.ts';

/** Reasons a period of care ends: every REC but X1 (which care-change records). */
const END_REASONS = optionsOf(REC, true).filter(([code]) => code !== 'X1');

/** Endings after which the young person is not a care leaver (adopted, died, special guardianship, home, …). */
const NOT_A_CARE_LEAVER = new Set(['E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E45', 'E46', 'E47', 'E48']);

/**
 * Days looked after from the 14th birthday until `date` (the day care ends, or would end, not counted), leaving out short breaks (V3, V4): the Children
 * Act 1989 (schedule 2, paragraph 19B) and the Care Leavers (England) Regulations 2010 (regulation 40) make a
 * young person eligible after 13 weeks (91 days) looked after since 14 that end after they turn 16.
 */
export function daysLookedAfterSince14(child: ChildRecord, date: string): number {
  const dob = child.person.date_of_birth;
  if (!dob) return 0;
  const from = birthday(dob, 14);
  return child.claEpisodes
    .filter((e) => !isShortBreak(e.legal_status))
    .reduce((days, e) => {
      const start = maxDate(e.start_date, from);
      const end = minDate(e.end_date ?? date, date);
      return days + Math.max(0, daysBetween(start, end));
    }, 0);
}

/**
 * What to tell the worker about leaving care when a period of care ends on `endDate` for `reasonEnd`: the
 * care leaver status to record with "Record a care leaver status", or null when none applies. Nothing is
 * recorded automatically: the worker decides.
 */
export function careLeaverNote(child: ChildRecord, endDate: string, reasonEnd: string): string | null {
  const dob = child.person.date_of_birth;
  if (!dob || endDate < dob || ageOn(dob, endDate) < 16 || NOT_A_CARE_LEAVER.has(reasonEnd)) return null;
  if (daysLookedAfterSince14(child, endDate) < 91) {
    return 'The young person left care aged 16 or over after less than 13 weeks looked after since 14: they may be a qualifying care leaver. Record their care leaver status if so.';
  }
  return ageOn(dob, endDate) >= 18
    ? 'The young person left care at 18 after 13 weeks or more looked after since 14: record their care leaver status (former relevant).'
    : 'The young person left care aged 16 or 17 after 13 weeks or more looked after since 14: record their care leaver status (relevant).';
}

/** The period of care ends: the current episode ends with its reason (SSDA903 DEC and REC). */
export const careEnd: Step = {
  note: (ctx, v) => careLeaverNote(ctx.child, String(v.end_date), String(v.reason_end)),
  id: 'care-end',
  title: 'Record the end of the period of care',
  group: 'care',
  table: 'cla_episode',
  fields: [
    { id: 'end_date', label: 'Date the child stopped being looked after', kind: 'date' },
    { id: 'reason_end', label: 'Reason the period of care ended', kind: 'select', options: END_REASONS },
  ],
  offered: (_child, status) => status.episode !== undefined,
  check(ctx, v) {
    const episode = ctx.status.episode;
    // A correction leaves the episode out of the record it is checked against: there is nothing to compare.
    if (!episode) return ctx.recordId ? {} : { form: 'The child is not looked after' };
    const errors: FieldErrors = {};
    const end = String(v.end_date);
    const reason = String(v.reason_end);
    const dob = ctx.child.person.date_of_birth;
    const age = dob && end >= dob ? ageOn(dob, end) : null;
    if (end < episode.start_date) {
      errors.end_date = `The date must be on or after the current episode began on ${formatLongDate(episode.start_date)}`;
    } else if (dob && end > birthday(dob, 18)) {
      errors.end_date = `The young person turned 18 on ${formatLongDate(birthday(dob, 18))}: they stopped being looked after that day at the latest`;
    }
    if (isTemporaryPlacement(episode.placement_type)) {
      errors.form = `The child is in a temporary placement (${episode.placement_type}): record their return to their usual placement first (SSDA903 rule 381)`;
    }
    if (ctx.child.missingEpisodes.some((m) => m.end_date === null)) {
      errors.form =
        'The child is recorded as missing or away: record their return first, with its date (SSDA903 rules 575 and 577)';
    }
    if ((reason === 'E11' || reason === 'E12') && !/^A[3-6]$/.test(episode.placement_type)) {
      errors.reason_end =
        'The child is not placed for adoption (A3 to A6): they cannot be adopted from this placement (SSDA903 rule 390)';
    } else if ((reason === 'E45' || reason === 'E46') && !/^U[1-6]$/.test(episode.placement_type)) {
      errors.reason_end =
        'A special guardianship order to former foster carers needs the child to be in a foster placement (U1 to U6) (SSDA903 rule 516)';
    } else if (/^(E11|E12|E45|E46|E47|E48)$/.test(reason) && age !== null && age >= 18) {
      errors.reason_end =
        'A young person of 18 cannot be adopted or made subject to a special guardianship order (SSDA903 rules 386 and 407)';
    } else if (reason === 'E7' && age !== null && age < 16) {
      errors.reason_end = 'A child under 16 cannot move to adult social care (SSDA903 rule 389)';
    } else if (reason === 'E17' && age !== null && age < 18) {
      errors.reason_end =
        'Staying with their carers at 18 (E17) applies from the young person’s 18th birthday';
    }
    return errors;
  },
  async save(ctx, v) {
    const episode = ctx.status.episode!;
    const end = String(v.end_date);
    await updateRecord(
      ctx.trx,
      ctx.actor,
      'cla_episode',
      episode.id,
      { end_date: end, reason_end: v.reason_end },
      'Period of care ended',
    );
    await cancelClocks(ctx.trx, ctx.child.person.id, CLA_RULES, end);
    return episode.id;
  },
};
