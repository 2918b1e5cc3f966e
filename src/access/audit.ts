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

/**
 * Writes one audit entry inside the caller's transaction, so the entry and what it records commit together
 * or not at all. The table is append-only: the application role can insert and read, never change.
 */
export async function audit(trx: Trx, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_event')
    .values({
      la_code: entry.laCode,
      user_id: entry.userId,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      reason: entry.reason ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
