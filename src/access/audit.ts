import type { Trx } from '../db/database.ts';

export interface AuditEntry {
  laCode: string;
  userId: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  reason?: string;
  detail?: Record<string, unknown>;
}

/** Rows of one INSERT: well under PostgreSQL's 65,535 parameters at the audit's 7 columns. */
const AUDIT_ROWS_PER_INSERT = 5000;

/**
 * Writes one audit entry inside the caller's transaction, so the entry and what it records commit together
 * or not at all. The table is append-only: the application role can insert and read, never change.
 */
export function audit(trx: Trx, entry: AuditEntry): Promise<void> {
  return auditAll(trx, [entry]);
}

/**
 * Writes audit entries in the order given, as `audit` writes each, a few thousand to a statement. The
 * chain's trigger runs for each entry in turn (an entry sees those before it in the same statement), so
 * they are numbered and chained in that order.
 */
export async function auditAll(trx: Trx, entries: readonly AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += AUDIT_ROWS_PER_INSERT)
    await trx
      .insertInto('audit_event')
      .values(
        entries.slice(start, start + AUDIT_ROWS_PER_INSERT).map((entry) => ({
          la_code: entry.laCode,
          user_id: entry.userId,
          action: entry.action,
          subject_type: entry.subjectType ?? null,
          subject_id: entry.subjectId ?? null,
          reason: entry.reason ?? null,
          detail: JSON.stringify(entry.detail ?? {}),
        })),
      )
      .execute();
}
