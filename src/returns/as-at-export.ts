/**
 * The as-at exports run as one audited unit: read the authority's record as at the date through the
 * application role (row-level security admits that authority only), write the output, and audit the export
 * with its criteria and what it wrote, all in one transaction. If writing fails nothing is audited; the
 * audit entry never claims an export that did not happen.
 */
import { audit } from '../access/audit.ts';
import { inAuthority, systemActor, type Db, type Trx } from '../db/database.ts';
import { isIsoDate } from '../domain/dates.ts';
import { exportAnnexA, writeAnnexAWorkbook } from './annex-a/export.ts';
import { exportDfeApi, writeDfeApiPayload } from './dfe-api/export.ts';
import { exportSsd, writeSsdDirectory } from './ssd/export.ts';

export interface AsAtExport {
  /** Builds the data, writes it to `out`, and returns what to record about it (counts, never names). */
  run(trx: Trx, asAt: string, out: string): Promise<Record<string, unknown>>;
}

export const AS_AT_EXPORTS = {
  'annex-a': {
    async run(trx, asAt, out) {
      const data = await exportAnnexA(trx, asAt);
      await writeAnnexAWorkbook(data, out);
      return {
        rows: Object.fromEntries(Object.entries(data.lists).map(([list, rows]) => [list, rows.length])),
      };
    },
  },
  'dfe-api': {
    async run(trx, asAt, out) {
      const payload = await exportDfeApi(trx, asAt);
      writeDfeApiPayload(payload, out);
      return {
        batches: payload.batches.length,
        children: payload.batches.reduce((n, b) => n + b.length, 0),
        left_out: payload.leftOut,
      };
    },
  },
  ssd: {
    async run(trx, asAt, out) {
      const data = await exportSsd(trx, asAt);
      const files = writeSsdDirectory(data, out);
      return {
        files: files.length,
        rows: Object.fromEntries(
          [...data.tables].filter(([, rows]) => rows.length > 0).map(([t, rows]) => [t, rows.length]),
        ),
      };
    },
  },
} satisfies Record<string, AsAtExport>;

export type AsAtExportName = keyof typeof AS_AT_EXPORTS;

export interface AsAtRequest {
  kind: AsAtExportName;
  laCode: string;
  asAt: string;
  out: string;
  /** The user the export is for, or null for the command line. */
  userId: string | null;
}

/** Checks the request, runs the export and audits it; returns what the audit recorded. */
export async function runAsAtExport(db: Db, request: AsAtRequest): Promise<Record<string, unknown>> {
  const { kind, laCode, asAt, out, userId } = request;
  if (!/^[0-9]{3}$/.test(laCode)) throw new Error('--la must be a three-digit DfE authority code, like 886.');
  if (!isIsoDate(asAt)) throw new Error(`--as-at must be a real date as YYYY-MM-DD, not "${asAt}".`);
  if (!(kind in AS_AT_EXPORTS)) throw new Error(`There is no as-at export called "${kind}".`);
  const authority = await db
    .selectFrom('local_authority')
    .select('la_code')
    .where('la_code', '=', laCode)
    .executeTakeFirst();
  if (!authority) throw new Error(`There is no authority ${laCode} in this database.`);
  // A statutory export holds every child of the authority: it is read as the service itself, audited as the user.
  return inAuthority(db, systemActor(laCode), async (trx) => {
    const summary = await AS_AT_EXPORTS[kind].run(trx, asAt, out);
    const detail = { criteria: { la: laCode, as_at: asAt, out }, ...summary };
    await audit(trx, { laCode, userId, action: 'export', subjectType: 'return', subjectId: kind, detail });
    return detail;
  });
}
