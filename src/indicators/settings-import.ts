import { parse } from 'csv-parse/sync';
import { audit } from '../access/audit.ts';
import type { Actor, Trx } from '../db/database.ts';
import { TIMESCALE_RULES, validateLocalTimescalePolicy } from '../domain/timescales.ts';
import { indicatorById } from './catalogue/index.ts';

/** The settings an authority can import as CSV, with each file's columns. */
export const SETTINGS_FILES = {
  population: ['year', 'population'],
  targets: ['indicator_id', 'year', 'target', 'tolerance'],
  benchmarks: ['indicator_id', 'comparator', 'year', 'value'],
  priority_areas: ['id', 'title', 'position', 'indicator_ids'],
  local_policy: ['rule_id', 'unit', 'amount'],
} as const;

export type SettingsKind = keyof typeof SETTINGS_FILES;

export function isSettingsKind(value: string): value is SettingsKind {
  return Object.hasOwn(SETTINGS_FILES, value);
}

export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

type Row = Record<string, string>;

const YEAR = /^(20[0-9]{2}|2100)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function checkRow(kind: SettingsKind, row: Row): [string, string][] {
  const problems: [string, string][] = [];
  const need = (field: string, ok: boolean, message: string) => {
    if (!ok) problems.push([field, message]);
  };
  switch (kind) {
    case 'population':
      need('year', YEAR.test(row.year ?? ''), 'must be a year such as 2025');
      need(
        'population',
        /^[1-9]\d*$/.test(row.population ?? ''),
        'must be a whole number of children above 0',
      );
      break;
    case 'targets':
      need(
        'indicator_id',
        indicatorById(row.indicator_id ?? '') !== undefined,
        'is not an indicator in the catalogue',
      );
      need(
        'year',
        YEAR.test(row.year ?? ''),
        'must be the year the financial year starts, such as 2025 for 2025-26',
      );
      need('target', NUMBER.test(row.target ?? ''), 'must be a number');
      need(
        'tolerance',
        (row.tolerance ?? '') === '' || (NUMBER.test(row.tolerance!) && Number(row.tolerance) >= 0),
        'must be a number of 0 or more, or blank',
      );
      break;
    case 'benchmarks':
      need(
        'indicator_id',
        indicatorById(row.indicator_id ?? '') !== undefined,
        'is not an indicator in the catalogue',
      );
      need(
        'comparator',
        ['statistical_neighbours', 'region', 'england', 'authority'].includes(row.comparator ?? ''),
        'must be statistical_neighbours, region, england or authority',
      );
      need('year', YEAR.test(row.year ?? ''), 'must be the year the financial year starts');
      need('value', NUMBER.test(row.value ?? ''), 'must be a number');
      break;
    case 'priority_areas': {
      need(
        'id',
        /^[a-z0-9_]{1,40}$/.test(row.id ?? ''),
        'must be lower-case letters, digits and underscores',
      );
      need('title', (row.title ?? '').trim() !== '', 'must not be blank');
      need('position', /^\d+$/.test(row.position ?? ''), 'must be a whole number');
      const unknown = (row.indicator_ids ?? '').split(/\s+/).filter((id) => id && !indicatorById(id));
      need(
        'indicator_ids',
        unknown.length === 0,
        `names indicators not in the catalogue: ${unknown.join(', ')}`,
      );
      break;
    }
    case 'local_policy': {
      const problem = validateLocalTimescalePolicy({
        [row.rule_id ?? '']: { unit: row.unit, amount: Number(row.amount) },
      })[0];
      if (!(row.rule_id && row.rule_id in TIMESCALE_RULES)) need('rule_id', false, 'is not a timescale rule');
      else if (problem) need('amount', false, problem);
      break;
    }
  }
  return problems;
}

/**
 * Reads a settings CSV: the header must be exactly the file's columns. Every problem is named by row (the
 * header is row 1) and field; with any problem, nothing is imported.
 */
export function parseSettingsCsv(
  kind: SettingsKind,
  text: string,
): { rows: Row[] } | { problems: ImportProblem[] } {
  let records: string[][];
  try {
    records = parse(text.trim(), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    return {
      problems: [{ row: 0, field: '', message: `The file is not valid CSV: ${(error as Error).message}` }],
    };
  }
  const [header, ...body] = records;
  const expected = SETTINGS_FILES[kind];
  if (!header || header.join(',') !== expected.join(',')) {
    return {
      problems: [{ row: 1, field: '', message: `The first row must be the columns ${expected.join(',')}` }],
    };
  }
  const problems: ImportProblem[] = [];
  const rows: Row[] = [];
  const seen = new Set<string>();
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.length !== expected.length) {
      problems.push({
        row: rowNumber,
        field: '',
        message: `has ${cells.length} columns; it needs ${expected.length}`,
      });
      return;
    }
    const row = Object.fromEntries(expected.map((c, j) => [c, cells[j]!])) as Row;
    for (const [field, message] of checkRow(kind, row))
      problems.push({ row: rowNumber, field, message: `${field} ${message}` });
    const key = expected
      .slice(0, kind === 'benchmarks' ? 3 : kind === 'targets' ? 2 : 1)
      .map((c) => row[c])
      .join('|');
    if (seen.has(key))
      problems.push({ row: rowNumber, field: expected[0], message: 'repeats an earlier row' });
    seen.add(key);
    rows.push(row);
  });
  return problems.length > 0 ? { problems } : { rows };
}

/** Replaces all of an authority's settings of one kind with the imported rows, audited, in one transaction. */
export async function importSettings(trx: Trx, actor: Actor, kind: SettingsKind, rows: Row[]): Promise<void> {
  const la = actor.laCode;
  switch (kind) {
    case 'population':
      await trx.deleteFrom('authority_population').execute();
      if (rows.length)
        await trx
          .insertInto('authority_population')
          .values(rows.map((r) => ({ la_code: la, year: Number(r.year), population: Number(r.population) })))
          .execute();
      break;
    case 'targets':
      await trx.deleteFrom('indicator_target').execute();
      if (rows.length) {
        await trx
          .insertInto('indicator_target')
          .values(
            rows.map((r) => ({
              la_code: la,
              indicator_id: r.indicator_id!,
              year: Number(r.year),
              target: r.target!,
              tolerance: r.tolerance || '0',
            })),
          )
          .execute();
      }
      break;
    case 'benchmarks':
      await trx.deleteFrom('indicator_benchmark').execute();
      if (rows.length) {
        await trx
          .insertInto('indicator_benchmark')
          .values(
            rows.map((r) => ({
              la_code: la,
              indicator_id: r.indicator_id!,
              comparator: r.comparator!,
              year: Number(r.year),
              value: r.value!,
            })),
          )
          .execute();
      }
      break;
    case 'priority_areas': {
      const keep = rows.map((r) => r.id!);
      // Areas with commentary cannot go: their months of analysis would be lost.
      await trx
        .deleteFrom('priority_area')
        .where('id', 'not in', keep.length ? keep : [''])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('scrutiny_commentary as c')
                .select('c.area_id')
                .whereRef('c.area_id', '=', 'priority_area.id'),
            ),
          ),
        )
        .execute();
      for (const r of rows) {
        const values = {
          title: r.title!,
          position: Number(r.position),
          indicator_ids: r.indicator_ids!.split(/\s+/).filter(Boolean),
        };
        await trx
          .insertInto('priority_area')
          .values({ la_code: la, id: r.id!, ...values })
          .onConflict((oc) => oc.columns(['la_code', 'id']).doUpdateSet(values))
          .execute();
      }
      break;
    }
    case 'local_policy':
      await trx.deleteFrom('authority_policy').execute();
      if (rows.length)
        await trx
          .insertInto('authority_policy')
          .values(
            rows.map((r) => ({ la_code: la, rule_id: r.rule_id!, unit: r.unit!, amount: Number(r.amount) })),
          )
          .execute();
      break;
  }
  await audit(trx, {
    laCode: la,
    userId: actor.userId,
    action: 'import_settings',
    subjectType: 'authority',
    subjectId: la,
    detail: { kind, rows: rows.length },
  });
}

/** The authority's current settings of one kind, as CSV in the import format. */
export async function exportSettings(trx: Trx, kind: SettingsKind): Promise<string> {
  const cell = (v: unknown) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  let rows: unknown[][] = [];
  switch (kind) {
    case 'population':
      rows = (
        await trx.selectFrom('authority_population').select(['year', 'population']).orderBy('year').execute()
      ).map((r) => [r.year, r.population]);
      break;
    case 'targets':
      rows = (
        await trx.selectFrom('indicator_target').selectAll().orderBy('indicator_id').orderBy('year').execute()
      ).map((r) => [r.indicator_id, r.year, Number(r.target), Number(r.tolerance)]);
      break;
    case 'benchmarks':
      rows = (
        await trx
          .selectFrom('indicator_benchmark')
          .selectAll()
          .orderBy('indicator_id')
          .orderBy('comparator')
          .orderBy('year')
          .execute()
      ).map((r) => [r.indicator_id, r.comparator, r.year, Number(r.value)]);
      break;
    case 'priority_areas':
      rows = (await trx.selectFrom('priority_area').selectAll().orderBy('position').execute()).map((r) => [
        r.id,
        r.title,
        r.position,
        r.indicator_ids.join(' '),
      ]);
      break;
    case 'local_policy':
      rows = (await trx.selectFrom('authority_policy').selectAll().orderBy('rule_id').execute()).map((r) => [
        r.rule_id,
        r.unit,
        r.amount,
      ]);
      break;
  }
  return [SETTINGS_FILES[kind].join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}
