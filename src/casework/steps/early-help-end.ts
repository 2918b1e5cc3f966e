import { formatLongDate } from '../../domain/dates.ts';
import { EARLY_HELP_END } from '../../domain/local-codes.ts';
import { optionsOf } from '../fields.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** The open early help episode ends, with why (stepping up to social care is counted: early_help_step_up). */
export const earlyHelpEnd: Step = {
  id: 'early-help-end',
  title: 'Record the end of early help',
  group: 'early_help',
  table: 'early_help_episode',
  fields: [
    { id: 'end_date', label: 'Date early help ended', kind: 'date' },
    {
      id: 'end_reason',
      label: 'Why early help ended',
      name: 'why early help ended',
      kind: 'radios',
      options: optionsOf(EARLY_HELP_END),
    },
  ],
  offered: (_child, status) => status.earlyHelp !== undefined,
  check(ctx, v) {
    const episode = ctx.status.earlyHelp;
    // A correction leaves the episode out of the record it is checked against.
    if (!episode) return ctx.recordId ? {} : { form: 'The child has no open early help episode' };
    if (String(v.end_date) < episode.start_date) {
      return {
        end_date: `The end must be on or after early help started on ${formatLongDate(episode.start_date)}`,
      };
    }
    return {};
  },
  async save(ctx, v) {
    const episode = ctx.status.earlyHelp!;
    await updateRecord(ctx.trx, ctx.actor, 'early_help_episode', episode.id, v, 'Early help ended');
    return episode.id;
  },
};
