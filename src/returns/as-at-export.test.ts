import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { inAuthority } from '../db/database.ts';
import { seedWithUrl } from '../synth/seed.ts';
import { SHEETS } from './annex-a/spec.ts';
import { runAsAtExport } from './as-at-export.ts';
import { checkRequestBody } from './dfe-api/schema.ts';
import { SSD_SIDE_FILES, SSD_TABLES } from './ssd/spec.ts';

describe('the as-at exports of a synthetic authority', () => {
  let database: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedWithUrl(database.ownerUrl, {
      laCode: '203',
      population: 4000,
      years: 2,
      seed: 'as-at',
      asAt: '2026-03-31',
    });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-as-at-'));
  }, 180_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });

  const exportsAudited = () =>
    inAuthority(database.db, { laCode: '203', userId: '' }, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['action', 'subject_type', 'subject_id', 'user_id', 'detail'])
        .where('action', '=', 'export')
        .orderBy('seq')
        .execute(),
    );

  it('writes a DfE API payload whose every request body fits the API schema, and audits it', async () => {
    const out = path.join(dir, 'payload.jsonl');
    const detail = await runAsAtExport(database.db, {
      kind: 'dfe-api',
      laCode: '203',
      asAt: '2026-03-31',
      out,
      userId: null,
    });
    const lines = fs.readFileSync(out, 'utf8').trimEnd().split('\n');
    const bodies = lines.map((l) => JSON.parse(l) as unknown[]);
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) {
      expect(body.length).toBeLessThanOrEqual(100);
      expect(checkRequestBody(body)).toEqual([]);
    }
    const children = bodies.reduce((n, b) => n + b.length, 0);
    expect(detail).toMatchObject({ batches: bodies.length, children, left_out: [] });
    const audited = await exportsAudited();
    expect(audited.at(-1)).toEqual({
      action: 'export',
      subject_type: 'return',
      subject_id: 'dfe-api',
      user_id: null,
      detail: {
        criteria: { la: '203', as_at: '2026-03-31', out },
        batches: bodies.length,
        children,
        left_out: [],
      },
    });
  }, 120_000);

  it('writes an Annex A workbook with rows on the lists the record fills, and audits it', async () => {
    const out = path.join(dir, 'annex-a.xlsx');
    const detail = await runAsAtExport(database.db, {
      kind: 'annex-a',
      laCode: '203',
      asAt: '2026-03-31',
      out,
      userId: null,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...SHEETS]);
    const rows = detail.rows as Record<string, number>;
    for (const list of ['List 1', 'List 3', 'List 4', 'List 6', 'List 8'])
      expect(rows[list]).toBeGreaterThan(0);
    for (const sheet of workbook.worksheets) expect(sheet.rowCount).toBe(1 + rows[sheet.name]!);
    expect((await exportsAudited()).at(-1)).toMatchObject({ subject_id: 'annex-a', detail: { rows } });
  }, 120_000);

  it('writes every SSD table of a synthetic authority, with the rows it counted, and audits it', async () => {
    const out = path.join(dir, 'ssd');
    const detail = await runAsAtExport(database.db, {
      kind: 'ssd',
      laCode: '203',
      asAt: '2026-03-31',
      out,
      userId: null,
    });
    expect(fs.readdirSync(out).sort()).toEqual(
      [...SSD_TABLES.keys(), ...SSD_SIDE_FILES.keys()].map((t) => `${t}.csv`).sort(),
    );
    const rows = detail.rows as Record<string, number>;
    for (const table of ['ssd_person', 'ssd_cin_episodes', 'ssd_cla_episodes', 'ssd_professionals'])
      expect(rows[table]).toBeGreaterThan(0);
    for (const [table, count] of Object.entries(rows)) {
      const lines = fs
        .readFileSync(path.join(out, `${table}.csv`), 'utf8')
        .trimEnd()
        .split('\r\n');
      // No field Hearth writes holds a line break, so each row is one line.
      expect(lines.length - 1).toBe(count);
    }
    expect((await exportsAudited()).at(-1)).toMatchObject({
      subject_id: 'ssd',
      detail: { files: 48 + 4, rows },
    });
  }, 120_000);

  it('refuses an authority that is not there, a date that is not real, and audits nothing', async () => {
    const before = (await exportsAudited()).length;
    const request = {
      kind: 'annex-a' as const,
      laCode: '203',
      asAt: '2026-03-31',
      out: path.join(dir, 'x'),
      userId: null,
    };
    await expect(runAsAtExport(database.db, { ...request, laCode: '999' })).rejects.toThrow(
      'There is no authority 999 in this database.',
    );
    await expect(runAsAtExport(database.db, { ...request, asAt: '2026-02-30' })).rejects.toThrow(
      '--as-at must be a real date as YYYY-MM-DD, not "2026-02-30".',
    );
    await expect(
      runAsAtExport(database.db, { ...request, out: path.join(dir, 'no-such-folder', 'a.xlsx') }),
    ).rejects.toThrow();
    expect(await exportsAudited()).toHaveLength(before);
  });
});
