import type { Actor, Trx } from '../db/database.ts';
import {
  dueDate,
  isTimescaleRuleId,
  TIMESCALE_RULES,
  type LocalTimescalePolicy,
  type Timescale,
  type TimescaleRuleId,
} from '../domain/timescales.ts';
import { insertRecord } from './record.ts';

/** The authority's local policy (visit and supervision intervals), read in the caller's transaction. */
export async function loadLocalPolicy(trx: Trx): Promise<LocalTimescalePolicy> {
  const rows = await trx.selectFrom('authority_policy').select(['rule_id', 'unit', 'amount']).execute();
  const policy: Record<string, Timescale> = {};
  for (const row of rows) {
    if (isTimescaleRuleId(row.rule_id))
      policy[row.rule_id] = { unit: row.unit as Timescale['unit'], amount: row.amount };
  }
  return policy as LocalTimescalePolicy;
}

export interface ClockStart {
  personId: string;
  ruleId: TimescaleRuleId;
  /** The date of the event that starts the clock. */
  fromDate: string;
  /** The record whose recording started the clock. */
  sourceType: string;
  sourceId: string;
  /** What the task says; defaults to the rule's description. */
  title?: string;
}

/** Opens a task due by the rule from the given date, stored with the rule that set it. */
export async function startClock(
  trx: Trx,
  actor: Actor,
  policy: LocalTimescalePolicy,
  start: ClockStart,
): Promise<string> {
  return insertRecord(trx, actor, 'task', {
    person_id: start.personId,
    rule_id: start.ruleId,
    title: start.title ?? TIMESCALE_RULES[start.ruleId].description,
    from_date: start.fromDate,
    due_date: dueDate(start.ruleId, start.fromDate, policy),
    source_type: start.sourceType,
    source_id: start.sourceId,
  });
}

/**
 * Completes the child's open tasks under these rules, by the record that did the work. Returns how many.
 * A task is completed only by work on or after the day its clock started.
 */
export async function stopClocks(
  trx: Trx,
  personId: string,
  ruleIds: readonly TimescaleRuleId[],
  done: { date: string; byType: string; byId: string; sourceId?: string },
): Promise<number> {
  let query = trx
    .updateTable('task')
    .set({ completed_date: done.date, completed_by_type: done.byType, completed_by_id: done.byId })
    .where('person_id', '=', personId)
    .where('rule_id', 'in', [...ruleIds])
    .where('completed_date', 'is', null)
    .where('cancelled_date', 'is', null)
    .where('voided_at', 'is', null)
    .where('from_date', '<=', done.date);
  if (done.sourceId) query = query.where('source_id', '=', done.sourceId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Cancels open tasks that no longer apply (the plan or episode they belonged to has ended). */
export async function cancelClocks(
  trx: Trx,
  personId: string,
  ruleIds: readonly TimescaleRuleId[],
  date: string,
): Promise<void> {
  await trx
    .updateTable('task')
    .set({ cancelled_date: date })
    .where('person_id', '=', personId)
    .where('rule_id', 'in', [...ruleIds])
    .where('completed_date', 'is', null)
    .where('cancelled_date', 'is', null)
    .where('voided_at', 'is', null)
    .execute();
}
