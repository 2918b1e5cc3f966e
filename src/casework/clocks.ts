import type { Actor, Trx } from '../db/database.ts';
import {
  dueDate,
  isTimescaleRuleId,
  TIMESCALE_RULES,
  type LocalTimescalePolicy,
  type Timescale,
  type TimescaleRuleId,
} from '../domain/timescales.ts';
import { isIsoDate } from '../domain/dates.ts';
import { correctRecord, insertRecord, type RecordTable, type RecordValues } from './record.ts';

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

/**
 * After a correction, moves the open clocks the corrected record started: a task whose clock ran from the old
 * value of a corrected date now runs from the new one, due by its rule under today's policy. Each move is
 * itself a correction of the task, kept with the reason. Returns how many moved.
 */
export async function retimeClocks(
  trx: Trx,
  actor: Actor,
  table: RecordTable,
  id: string,
  before: RecordValues,
  after: RecordValues,
  reason: string,
): Promise<number> {
  const moved = new Map<string, string>();
  for (const [field, value] of Object.entries(after)) {
    const old = before[field];
    if (isIsoDate(old) && isIsoDate(value) && old !== value) moved.set(old, value);
  }
  if (moved.size === 0) return 0;
  const open = await trx
    .selectFrom('task')
    .select(['id', 'rule_id', 'from_date'])
    .where('source_type', '=', table)
    .where('source_id', '=', id)
    .where('completed_date', 'is', null)
    .where('cancelled_date', 'is', null)
    .where('voided_at', 'is', null)
    .execute();
  const policy = await loadLocalPolicy(trx);
  let count = 0;
  for (const task of open) {
    const from = moved.get(task.from_date);
    if (from === undefined || !isTimescaleRuleId(task.rule_id)) continue;
    await correctRecord(
      trx,
      actor,
      'task',
      task.id,
      { from_date: from, due_date: dueDate(task.rule_id, from, policy) },
      `The ${table.replace(/_/g, ' ')} it runs from was corrected: ${reason}`,
    );
    count += 1;
  }
  return count;
}
