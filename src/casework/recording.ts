import { sql } from 'kysely';
import { audit } from '../access/audit.ts';
import { recordsChanged } from '../db/changes.ts';
import { inAuthority, type Actor, type Db, type Trx } from '../db/database.ts';
import { loadChild, statusAt, type ChildRecord } from './child.ts';
import { loadLocalPolicy, retimeClocks } from './clocks.ts';
import { parseFields, type FieldErrors, type RawForm, type Values } from './fields.ts';
import { correctRecord, loadRecord } from './record.ts';
import { StepAnswerError, type Step, type StepContext } from './step.ts';
import type { Field } from './fields.ts';

/** Today in England, as 'YYYY-MM-DD'. */
export function todayInEngland(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

export async function stepContext(
  trx: Trx,
  actor: Actor,
  child: ChildRecord,
  today: string,
): Promise<StepContext> {
  return { trx, actor, child, status: statusAt(child, today), policy: await loadLocalPolicy(trx), today };
}

export type StepResult =
  | { ok: true; id: string; values: Values; note?: string | null }
  | { ok: false; errors: FieldErrors; values?: Values };

/** A step's fields with the options its authority's data gives them (teams, workers). */
export async function resolveFields(
  trx: Trx,
  step: Step,
  fields: readonly Field[] = step.fields,
): Promise<readonly Field[]> {
  if (!step.loadOptions) return fields;
  const options = await step.loadOptions(trx);
  return fields.map((f) => ('options' in f && options[f.id] ? { ...f, options: options[f.id]! } : f));
}

/** Validates a step's form against its fields and the child's record, without saving. */
export async function validateStep(step: Step, ctx: StepContext, form: RawForm): Promise<StepResult> {
  const parsed = parseFields(await resolveFields(ctx.trx, step), form, ctx.today);
  if (!parsed.ok) return parsed;
  const errors = Object.fromEntries(
    Object.entries(step.check?.(ctx, parsed.values) ?? {}).filter(([, m]) => m),
  );
  return Object.keys(errors).length > 0
    ? { ok: false, errors, values: parsed.values }
    : { ok: true, id: '', values: parsed.values };
}

/**
 * Records a step for a child: validates, then saves the record, its clocks and its audit in one transaction.
 * Nothing is saved if anything is wrong. The child must be in the actor's authority.
 */
export async function recordStep(
  db: Db,
  actor: Actor,
  personId: string,
  step: Step,
  form: RawForm,
  today = todayInEngland(),
): Promise<StepResult> {
  try {
    const result = await inAuthority(db, actor, async (trx): Promise<StepResult> => {
      const child = await loadChild(trx, personId);
      if (!child) return { ok: false, errors: { form: 'There is no such child' } };
      const ctx = await stepContext(trx, actor, child, today);
      if (!step.offered(child, ctx.status)) {
        return {
          ok: false,
          errors: { form: `"${step.title}" does not apply to this child's record as it stands` },
        };
      }
      const result = await validateStep(step, ctx, form);
      if (!result.ok) return result;
      const note = step.note?.(ctx, result.values) ?? null;
      const id = await step.save(ctx, result.values);
      return { ok: true, id, values: result.values, note };
    });
    if (result.ok) recordsChanged(actor.laCode, personId);
    return result;
  } catch (error) {
    if (error instanceof StepAnswerError) return { ok: false, errors: { [error.field]: error.message } };
    throw error;
  }
}

/**
 * Corrects a record a step made: the changed fields and the reason, keeping the version it replaces. The
 * corrected record is checked against the rest of the child's record as the step would check it.
 */
export async function correctStep(
  db: Db,
  actor: Actor,
  personId: string,
  step: Step,
  recordId: string,
  form: RawForm,
  reason: string,
  today = todayInEngland(),
): Promise<StepResult> {
  const outcome = await inAuthority(db, actor, async (trx): Promise<StepResult> => {
    const child = await loadChild(trx, personId);
    const record = await loadRecord(trx, step.table, recordId);
    if (!child || !record || record.person_id !== personId)
      return { ok: false, errors: { form: 'There is no such record' } };
    if (!reason.trim())
      return { ok: false, errors: { correction_reason: 'Enter why you are correcting this record' } };
    const ctx = { ...(await stepContext(trx, actor, withoutRecord(child, recordId), today)), recordId };
    const result = step.correctionFields
      ? ((parsed) => (parsed.ok ? { ok: true as const, id: '', values: parsed.values } : parsed))(
          parseFields(await resolveFields(trx, step, step.correctionFields), form, today),
        )
      : await validateStep(step, ctx, form);
    if (!result.ok) return result;
    try {
      await sql`SAVEPOINT correction`.execute(trx);
      await correctRecord(trx, actor, step.table, recordId, result.values, reason.trim());
      await retimeClocks(trx, actor, step.table, recordId, record, result.values, reason.trim());
    } catch (error) {
      // A corrected date that breaks the record's own rules (an end before its start) is refused by the
      // database's constraints: say so on the form rather than fail.
      if ((error as { code?: string }).code !== '23514') throw error;
      await sql`ROLLBACK TO SAVEPOINT correction`.execute(trx);
      return {
        ok: false,
        errors: { form: 'The corrected dates are not in order: check that nothing ends before it starts' },
      };
    }
    return { ok: true, id: recordId, values: result.values };
  });
  if (outcome.ok) recordsChanged(actor.laCode, personId);
  return outcome;
}

/** The child's record as if a record were not there, so a correction is not checked against itself. */
function withoutRecord(child: ChildRecord, recordId: string): ChildRecord {
  return Object.fromEntries(
    Object.entries(child).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.filter((r: { id?: string }) => r.id !== recordId) : value,
    ]),
  ) as unknown as ChildRecord;
}

/**
 * Reads a child's record for display, auditing the view in the same transaction: if the audit cannot be
 * written, nothing is returned. Undefined when there is no such child or the user may not see them; that
 * refusal is audited too. An emergency duty view is audited as out of hours.
 */
export async function viewChild(
  db: Db,
  actor: Actor,
  personId: string,
  options: { outOfHours?: boolean } = {},
): Promise<ChildRecord | undefined> {
  return inAuthority(db, actor, async (trx) => {
    const child = await loadChild(trx, personId);
    await audit(trx, {
      laCode: actor.laCode,
      userId: actor.userId,
      action: child ? 'view' : 'view_refused',
      subjectType: 'person',
      subjectId: personId,
      ...(child && options.outOfHours ? { reason: 'Out of hours (emergency duty)' } : {}),
    });
    return child;
  });
}
