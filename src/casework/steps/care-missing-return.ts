import { formatLongDate } from '../../domain/dates.ts';
import type { ChildRecord } from '../child.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { RETURN_FIELDS, returnErrors, returnInterviewClock } from './care-missing.ts';

/**
 * The missing episode this step completes: the one still open or, once the child is back, the one whose
 * return interview has not yet been offered (its 72-hour clock still running), so the offer can be recorded
 * when it is made.
 */
function episodeToComplete(child: ChildRecord) {
  const open = child.missingEpisodes.find((m) => m.end_date === null);
  if (open) return open;
  const waiting = new Set(
    child.tasks
      .filter((t) => t.rule_id === 'return_interview_72h' && !t.completed_date && !t.cancelled_date)
      .map((t) => t.source_id),
  );
  return child.missingEpisodes.filter((m) => waiting.has(m.id)).at(-1);
}

/** The child's return from a missing or away episode, and the return interview offered to them. */
export const careMissingReturn: Step = {
  id: 'care-missing-return',
  title: 'Record a return from missing and the return interview',
  group: 'care',
  table: 'missing_episode',
  fields: RETURN_FIELDS.map((f) => (f.id === 'end_date' ? { ...f, hint: undefined, optional: false } : f)),
  offered: (child) => episodeToComplete(child) !== undefined,
  prefill(ctx) {
    const episode = episodeToComplete(ctx.child);
    return episode
      ? {
          end_date: episode.end_date,
          return_interview_offered_date: episode.return_interview_offered_date,
          return_interview_accepted: episode.return_interview_accepted,
        }
      : {};
  },
  check(ctx, v) {
    const episode = episodeToComplete(ctx.child);
    // A correction leaves the episode out of the record it is checked against.
    if (!episode) return ctx.recordId ? {} : { form: 'There is no missing episode to complete' };
    const errors = returnErrors(episode.start_date, v);
    if (episode.end_date && v.end_date !== episode.end_date) {
      errors.end_date = `The child’s return was recorded as ${formatLongDate(episode.end_date)}: to change it, correct the missing episode`;
    }
    return errors;
  },
  async save(ctx, v) {
    const episode = episodeToComplete(ctx.child)!;
    await updateRecord(
      ctx.trx,
      ctx.actor,
      'missing_episode',
      episode.id,
      v,
      episode.end_date ? 'Return interview recorded' : 'Return from missing recorded',
    );
    await returnInterviewClock(ctx, episode.id, v, episode.end_date === null);
    return episode.id;
  },
};
