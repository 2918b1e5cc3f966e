import { formatLongDate } from '../../domain/dates.ts';
import { stopClocks } from '../clocks.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** The placement plan agreed for the current placement: stops its 5-working-day clock. */
export const carePlacementPlan: Step = {
  id: 'care-placement-plan',
  title: 'Record the placement plan agreed',
  group: 'care',
  table: 'cla_episode',
  fields: [{ id: 'placement_plan_date', label: 'Date the placement plan was agreed', kind: 'date' }],
  offered: (_child, status) => status.episode !== undefined && status.episode.placement_plan_date === null,
  prefill: (ctx) => ({ placement_plan_date: ctx.today }),
  check(ctx, v) {
    const episode = ctx.status.episode;
    if (!episode) return {};
    return String(v.placement_plan_date) < episode.start_date
      ? {
          placement_plan_date: `The date must be the same as or after the placement began, ${formatLongDate(episode.start_date)}`,
        }
      : {};
  },
  async save(ctx, v) {
    const episode = ctx.status.episode!;
    await updateRecord(
      ctx.trx,
      ctx.actor,
      'cla_episode',
      episode.id,
      { placement_plan_date: v.placement_plan_date },
      'Placement plan agreed',
    );
    await stopClocks(ctx.trx, ctx.child.person.id, ['cla_placement_plan_5wd'], {
      date: String(v.placement_plan_date),
      byType: 'cla_episode',
      byId: episode.id,
    });
    return episode.id;
  },
};
