import type { TimescaleRuleId } from '../../domain/timescales.ts';
import type { ChildRecord } from '../child.ts';
import { startClock, stopClocks } from '../clocks.ts';
import type { Values } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { openSince, supersededOn } from './visit.ts';

const SUPERVISION_CLOCKS: readonly TimescaleRuleId[] = [
  'supervision_cp',
  'supervision_cla',
  'supervision_cin',
  'supervision_care_leaver',
];

/** The interval the next supervision falls under: the first of CP plan, looked after, CIN plan, care leaver. */
function nextSupervisionClock(child: ChildRecord, date: string): TimescaleRuleId | undefined {
  if (openSince(child.cpPlans, date)) return 'supervision_cp';
  if (openSince(child.claEpisodes, date)) return 'supervision_cla';
  if (openSince(child.cinPlans, date)) return 'supervision_cin';
  if (openSince(child.careLeaver, date)) return 'supervision_care_leaver';
  return undefined;
}

/**
 * A manager's case supervision. It completes the supervision that was due and starts the clock for the
 * next, at the local interval for the child's plan or status (defaults: 28 days on a child protection plan,
 * 42 looked after or on a child in need plan, 56 for a care leaver).
 */
export const supervision: Step = {
  id: 'supervision',
  title: 'Record a case supervision',
  group: 'oversight',
  table: 'case_supervision',
  fields: [
    { id: 'supervision_date', label: 'Date of the supervision', kind: 'date' },
    {
      id: 'decisions',
      label: 'Decisions and actions',
      hint: 'What was decided, who will do what, and by when',
      kind: 'textarea',
      optional: true,
    },
  ],
  offered: (_child, status) =>
    [status.referral, status.cpPlan, status.cinPlan, status.episode, status.careLeaver].some(
      (open) => open !== undefined,
    ),
  prefill: (ctx): Values => ({ supervision_date: ctx.today }),
  async save(ctx, v) {
    const personId = ctx.child.person.id;
    const date = String(v.supervision_date);
    const id = await insertRecord(ctx.trx, ctx.actor, 'case_supervision', {
      person_id: personId,
      supervision_date: date,
      decisions: v.decisions ?? null,
    });
    await stopClocks(ctx.trx, personId, SUPERVISION_CLOCKS, {
      date,
      byType: 'case_supervision',
      byId: id,
    });
    const next = nextSupervisionClock(ctx.child, date);
    if (next && !supersededOn(ctx.child, SUPERVISION_CLOCKS, date)) {
      await startClock(ctx.trx, ctx.actor, ctx.policy, {
        personId,
        ruleId: next,
        fromDate: date,
        sourceType: 'case_supervision',
        sourceId: id,
      });
    }
    return id;
  },
};
