/**
 * The as-at exports run as one audited unit: read the authority's record as at the date through the
 * application role (row-level security admits that authority only), write the output (the command line's
 * file or directory, or the returns page's download, made ready to send), and audit the export with its
 * criteria and what it wrote, all in one transaction. If writing fails nothing is audited; the audit entry
 * never claims an export that was not made.
 */
import fs from 'node:fs';
import path from 'node:path';
import { audit } from '../access/audit.ts';
import { inAuthority, systemActor, type Db, type Trx } from '../db/database.ts';
import { isIsoDate } from '../domain/dates.ts';
import { annexAWorkbookBytes, exportAnnexA } from './annex-a/export.ts';
import { dfeApiPayloadText, exportDfeApi } from './dfe-api/export.ts';
import { zipOf, type ExportFile } from './export-files.ts';
import { exportSsd, ssdCsvFiles } from './ssd/export.ts';

export interface AsAtExport {
  /** What it is, as the returns page offers it. */
  title: string;
  /**
   * One file (the command line's --out names it; the download is it), or a set of files (--out names a
   * directory; the download is a zip of them).
   */
  shape: 'file' | 'files';
  /** The download's name after the authority and date, and its media type. */
  download: { suffix: string; contentType: string };
  /** Builds the files, and what to record about them (counts, never names). */
  build(trx: Trx, asAt: string): Promise<{ files: ExportFile[]; summary: Record<string, unknown> }>;
}

export const AS_AT_EXPORTS = {
  'annex-a': {
    title: 'Ofsted’s Annex A workbook (Lists 1 to 11, XLSX)',
    shape: 'file',
    download: {
      suffix: '.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    async build(trx, asAt) {
      const data = await exportAnnexA(trx, asAt);
      return {
        files: [{ name: 'annex-a.xlsx', content: await annexAWorkbookBytes(data) }],
        summary: {
          rows: Object.fromEntries(Object.entries(data.lists).map(([list, rows]) => [list, rows.length])),
        },
      };
    },
  },
  ssd: {
    title: 'The Standard Safeguarding Dataset (one ssd_<table>.csv per SSD table)',
    shape: 'files',
    download: { suffix: '.zip', contentType: 'application/zip' },
    async build(trx, asAt) {
      const data = await exportSsd(trx, asAt);
      const files = ssdCsvFiles(data);
      return {
        files,
        summary: {
          files: files.length,
          rows: Object.fromEntries(
            [...data.tables].filter(([, rows]) => rows.length > 0).map(([t, rows]) => [t, rows.length]),
          ),
        },
      };
    },
  },
  'dfe-api': {
    title:
      'The DfE children’s social care API payload (JSON Lines: one request body of up to 100 children a line)',
    shape: 'file',
    download: { suffix: '.jsonl', contentType: 'application/jsonl' },
    async build(trx, asAt) {
      const payload = await exportDfeApi(trx, asAt);
      return {
        files: [{ name: 'dfe-api.jsonl', content: dfeApiPayloadText(payload) }],
        summary: {
          batches: payload.batches.length,
          children: payload.batches.reduce((n, b) => n + b.length, 0),
          left_out: payload.leftOut,
        },
      };
    },
  },
} satisfies Record<string, AsAtExport>;

export type AsAtExportName = keyof typeof AS_AT_EXPORTS;

export const isAsAtExportName = (name: string): name is AsAtExportName => Object.hasOwn(AS_AT_EXPORTS, name);

interface AsAtRun {
  kind: AsAtExportName;
  laCode: string;
  asAt: string;
  /** The user the export is for, or null for the command line. */
  userId: string | null;
}

export interface AsAtRequest extends AsAtRun {
  /** The file, or for a set of files the directory (made if missing), to write. */
  out: string;
}

/**
 * Checks the request, builds the export as at its date, hands its files to `deliver` and audits it with
 * `criteria` beside the authority and date, in one transaction: when delivering fails nothing is audited.
 */
async function runAudited<T>(
  db: Db,
  { kind, laCode, asAt, userId }: AsAtRun,
  criteria: Record<string, unknown>,
  deliver: (files: ExportFile[]) => T | Promise<T>,
): Promise<{ detail: Record<string, unknown>; delivered: T }> {
  if (!/^[0-9]{3}$/.test(laCode)) throw new Error('--la must be a three-digit DfE authority code, like 886.');
  if (!isIsoDate(asAt)) throw new Error(`--as-at must be a real date as YYYY-MM-DD, not "${asAt}".`);
  if (!isAsAtExportName(kind)) throw new Error(`There is no as-at export called "${kind}".`);
  const authority = await db
    .selectFrom('local_authority')
    .select('la_code')
    .where('la_code', '=', laCode)
    .executeTakeFirst();
  if (!authority) throw new Error(`There is no authority ${laCode} in this database.`);
  // A statutory export holds every child of the authority: it is read as the service itself, audited as the user.
  return inAuthority(db, systemActor(laCode), async (trx) => {
    const { files, summary } = await AS_AT_EXPORTS[kind].build(trx, asAt);
    const delivered = await deliver(files);
    const detail = { criteria: { la: laCode, as_at: asAt, ...criteria }, ...summary };
    await audit(trx, { laCode, userId, action: 'export', subjectType: 'return', subjectId: kind, detail });
    return { detail, delivered };
  });
}

/** Runs the export for the command line: writes it to `out` and audits it; returns what the audit recorded. */
export async function runAsAtExport(db: Db, request: AsAtRequest): Promise<Record<string, unknown>> {
  const { out } = request;
  const { detail } = await runAudited(db, request, { out }, (files) => {
    if (AS_AT_EXPORTS[request.kind].shape === 'file') return fs.writeFileSync(out, files[0]!.content);
    fs.mkdirSync(out, { recursive: true });
    for (const file of files) fs.writeFileSync(path.join(out, file.name), file.content);
  });
  return detail;
}

/**
 * Builds the export for a download from the returns page and audits it as the user's: one file as it is, a
 * set of files as a zip. The name says the export, the authority and the date.
 */
export async function downloadAsAtExport(
  db: Db,
  request: AsAtRun,
): Promise<{ name: string; contentType: string; body: Buffer }> {
  const { download, shape } = AS_AT_EXPORTS[request.kind];
  const { delivered } = await runAudited(db, request, { via: 'returns page' }, async (files) => {
    return shape === 'file' ? Buffer.from(files[0]!.content) : zipOf(files);
  });
  return {
    name: `${request.kind}-${request.laCode}-${request.asAt}${download.suffix}`,
    contentType: download.contentType,
    body: delivered,
  };
}
