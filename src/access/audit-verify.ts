import { sql } from 'kysely';
import type { Trx } from '../db/database.ts';

export type AuditVerification =
  { ok: true; entries: number } | { ok: false; entries: number; seq: number; problem: string };

const BATCH = 50_000;

/**
 * Walks an authority's audit chain in order and reports the first broken link: an entry whose content no
 * longer matches its hash (changed), whose previous-hash is not the hash before it, or a gap in the numbering
 * (removed). Runs in the caller's transaction, scoped to its authority.
 */
export async function verifyAuditChain(trx: Trx): Promise<AuditVerification> {
  let expectedSeq = 1;
  let previousHash: string | null = null;
  let entries = 0;
  for (;;) {
    const { rows } = await sql<{ seq: string; prev_hash: string | null; hash: string; recomputed: string }>`
      SELECT seq, prev_hash, hash,
        audit_event_digest(prev_hash, la_code, seq, at, user_id, action, subject_type, subject_id, reason, detail) AS recomputed
      FROM audit_event WHERE la_code = current_la_code() AND seq >= ${expectedSeq}
      ORDER BY seq LIMIT ${BATCH}`.execute(trx);
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq)
        return { ok: false, entries, seq: expectedSeq, problem: `entry ${expectedSeq} is missing` };
      if (row.prev_hash !== previousHash) {
        return { ok: false, entries, seq, problem: `entry ${seq} does not follow from entry ${seq - 1}` };
      }
      if (row.hash !== row.recomputed)
        return { ok: false, entries, seq, problem: `entry ${seq} has been changed` };
      previousHash = row.hash;
      expectedSeq += 1;
      entries += 1;
    }
    if (rows.length < BATCH) return { ok: true, entries };
  }
}
