import fs from 'node:fs';
import path from 'node:path';
import type { RecordValues } from '../../casework/record.ts';
import type { Actor, Trx } from '../../db/database.ts';
import {
  CATEGORY_OF_NEED,
  ETHNICITY,
  FOSTER_CARE,
  LS,
  LS_ADOPTR,
  MISSING,
  NB_ADOPTR,
  PLACE,
  PLACE_PROVIDER,
  REASON_PLACE_CHANGE,
  REASON_PLACED_CEASED,
  REC,
  REVIEW_CODE,
  RNE,
  SEX,
  SEX_ADOPTR,
} from '../../domain/codes.ts';
import { isUpnUnknownCode } from '../../domain/identifiers.ts';
import {
  DATE_DMY,
  FieldChecks,
  ImportError,
  ImportRun,
  type ImportSummary,
  type Planned,
} from '../import-record.ts';
import { readTableFile, Ssda903FileError } from './read.ts';
import type { Row, TableName } from './spec.ts';

/** The tables of an SSDA903 directory, each with the file it came from. */
export type Ssda903ImportTables = Partial<Record<TableName, { file: string; rows: Row[] }>>;

/**
 * The tables this importer writes to the record: the ones the SSDA903 exporter reads back from the tables it
 * writes. OC2 (health outcomes; its source is changing to its own table), OC3 (care leavers), SWEpisodes
 * (social workers), PrevPerm, DoLo and Header's MOTHER/MC_DOB are not imported: their rows are listed in
 * the summary's `notImported`.
 */
export const SSDA903_IMPORTED: readonly TableName[] = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'AD1',
  'PlacedAdoption',
  'Missing',
];

/** Where each read row came from: its file and line (the header is line 1). */
const ORIGIN = new WeakMap<Row, { file: string; line: number }>();

/**
 * Reads every .csv in a directory for an import, telling each table by its columns, as the validator does.
 * Every file is read before anything is written; every file that cannot be read is reported (ImportError).
 */
export function readSsda903ImportDirectory(dir: string, year: number): Ssda903ImportTables {
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.csv'))
      .sort();
  } catch (error) {
    throw new ImportError([`${dir}: cannot be read (${(error as Error).message})`]);
  }
  if (names.length === 0) throw new ImportError([`${dir}: there are no .csv files`]);
  const problems: string[] = [];
  const tables: Ssda903ImportTables = {};
  for (const file of names) {
    try {
      const { name, rows } = readTableFile(path.join(dir, file), year);
      const earlier = tables[name];
      if (earlier) {
        problems.push(`${file}: a second ${name} table (the first is ${earlier.file}); give each table once`);
        continue;
      }
      rows.forEach((row, i) => ORIGIN.set(row, { file, line: i + 2 }));
      tables[name] = { file, rows };
    } catch (error) {
      if (!(error instanceof Ssda903FileError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  return tables;
}

/** The checks of SSDA903 values; problems name file, row (its line), child and field. */
function checks(problems: string[]): FieldChecks {
  return new FieldChecks(problems, 'SSDA903', DATE_DMY, (row, field) => {
    const origin = ORIGIN.get(row);
    const where = origin ? `${origin.file}, row ${origin.line}` : 'a row';
    return `${where}, child ${row.CHILD || '(none)'}${field ? `, ${field}` : ''}`;
  });
}

type Plan = Planned;

interface ChildPlan {
  person: Plan;
  records: Plan[];
}

/** Checks the tables and maps each child to the records Hearth holds. */
function planTables(tables: Ssda903ImportTables, problems: string[], notImported: string[]): ChildPlan[] {
  const v = checks(problems);
  const rows = (table: TableName): Row[] => tables[table]?.rows ?? [];
  for (const [table, read] of Object.entries(tables))
    if (!SSDA903_IMPORTED.includes(table as TableName) && read.rows.length > 0)
      notImported.push(`${read.file}: ${read.rows.length} ${table} rows`);
  const mothers = rows('Header').filter((r) => r.MOTHER === '1').length;
  if (mothers > 0)
    notImported.push(
      `${tables.Header!.file}: MOTHER and MC_DOB of ${mothers} mothers (the baby is not named)`,
    );

  const children = new Map<string, ChildPlan>();
  for (const h of rows('Header')) {
    const child = v.childId(h, 'CHILD');
    if (child === null) continue;
    if (children.has(child)) {
      v.problem(h, 'CHILD', 'the child is given twice in Header; give each child once');
      continue;
    }
    const upn = h.UPN ?? '';
    const unknown = isUpnUnknownCode(upn, 'ssda903');
    children.set(child, {
      person: {
        row: h,
        incoming: {
          table: 'person',
          key: { la_child_id: child },
          values: {
            sex: v.code(h, 'SEX', [SEX]),
            date_of_birth: v.date(h, 'DOB', true),
            ethnicity: v.code(h, 'ETHNIC', [ETHNICITY]),
            upn: unknown ? null : v.upn(h, 'UPN'),
            upn_unknown: unknown ? upn : null,
          },
          // The return has no names: the child is known by their ID until the names are recorded.
          defaults: { given_name: '', family_name: '' },
        },
        sources: {
          sex: [h, 'SEX'],
          date_of_birth: [h, 'DOB'],
          ethnicity: [h, 'ETHNIC'],
          upn: [h, 'UPN'],
          upn_unknown: [h, 'UPN'],
        },
      },
      records: [],
    });
  }
  const childOf = (row: Row): ChildPlan | null => {
    const plan = children.get(row.CHILD ?? '');
    if (!plan) v.problem(row, 'CHILD', 'the child is not in Header');
    return plan ?? null;
  };

  const firstStart = new Map<string, string>();
  for (const e of rows('Episodes')) {
    const child = childOf(e);
    const start = v.date(e, 'DECOM', true);
    const end = v.date(e, 'DEC');
    v.order(e, 'DEC', end, start, 'episode start');
    v.together(e, 'DEC', 'REC');
    if (start !== null && !(firstStart.get(e.CHILD!)! <= start)) firstStart.set(e.CHILD!, start);
    child?.records.push({
      row: e,
      incoming: {
        table: 'cla_episode',
        key: { start_date: start },
        values: {
          rne: v.code(e, 'RNE', [RNE], true),
          legal_status: v.code(e, 'LS', [LS], true),
          category_of_need: v.code(e, 'CIN', [CATEGORY_OF_NEED], true),
          placement_type: v.code(e, 'PLACE', [PLACE], true),
          placement_provider: v.code(e, 'PLACE_PROVIDER', [PLACE_PROVIDER]),
          end_date: end,
          reason_end: v.code(e, 'REC', [REC]),
          reason_place_change: v.code(e, 'REASON_PLACE_CHANGE', [REASON_PLACE_CHANGE]),
          home_postcode: v.text(e, 'HOME_POST'),
          placement_postcode: v.text(e, 'PL_POST'),
          urn: v.text(e, 'URN'),
        },
      },
      sources: Object.fromEntries(
        [
          ['rne', 'RNE'],
          ['legal_status', 'LS'],
          ['category_of_need', 'CIN'],
          ['placement_type', 'PLACE'],
          ['placement_provider', 'PLACE_PROVIDER'],
          ['end_date', 'DEC'],
          ['reason_end', 'REC'],
          ['reason_place_change', 'REASON_PLACE_CHANGE'],
          ['home_postcode', 'HOME_POST'],
          ['placement_postcode', 'PL_POST'],
          ['urn', 'URN'],
        ].map(([column, field]) => [column!, [e, field!] as [Row, string]]),
      ),
    });
  }

  for (const r of rows('Reviews')) {
    const child = childOf(r);
    child?.records.push({
      row: r,
      incoming: {
        table: 'cla_review',
        key: { review_date: v.date(r, 'REVIEW', true) },
        values: { participation: v.code(r, 'REVIEW_CODE', [REVIEW_CODE]) },
      },
      sources: { participation: [r, 'REVIEW_CODE'] },
    });
  }

  for (const u of rows('UASC')) {
    const child = childOf(u);
    if (!child) continue;
    const person = child.person.incoming;
    person.values.uasc_ceased = v.date(u, 'DUC');
    // The return does not say since when: the start of the child's first episode given, else their birth.
    person.defaults = {
      ...person.defaults,
      uasc_since: firstStart.get(u.CHILD!) ?? person.values.date_of_birth,
    };
    child.person.sources.uasc_ceased = [u, 'DUC'];
  }

  // AD1 and PlacedAdoption describe one adoption record when the decision dates agree.
  const adoptions = new Map<string, Plan>();
  const adoption = (row: Row, field: string): Plan | null => {
    const child = childOf(row);
    const decided = v.date(row, field, true);
    if (!child || decided === null) return null;
    const key = `${row.CHILD}\u0000${decided}`;
    let plan = adoptions.get(key);
    if (!plan) {
      plan = {
        row,
        incoming: { table: 'adoption', key: { decision_date: decided }, values: {} },
        sources: {},
      };
      adoptions.set(key, plan);
      child.records.push(plan);
    }
    return plan;
  };
  for (const a of rows('AD1')) {
    const plan = adoption(a, 'DATE_INT');
    const foster = v.code(a, 'FOSTER_CARE', [FOSTER_CARE]);
    const adopters = v.code(a, 'NB_ADOPTR', [NB_ADOPTR]);
    const values = {
      matched_date: v.date(a, 'DATE_MATCH'),
      foster_care: foster === null ? null : foster === '1',
      number_of_adopters: adopters === null ? null : Number(adopters),
      sex_of_adopters: v.code(a, 'SEX_ADOPTR', [SEX_ADOPTR]),
      legal_status_of_adopters: v.code(a, 'LS_ADOPTR', [LS_ADOPTR]),
    };
    if (!plan) continue;
    Object.assign(plan.incoming.values, values);
    Object.assign(plan.sources, {
      matched_date: [a, 'DATE_MATCH'],
      foster_care: [a, 'FOSTER_CARE'],
      number_of_adopters: [a, 'NB_ADOPTR'],
      sex_of_adopters: [a, 'SEX_ADOPTR'],
      legal_status_of_adopters: [a, 'LS_ADOPTR'],
    });
  }
  for (const p of rows('PlacedAdoption')) {
    const plan = adoption(p, 'DATE_PLACED');
    const ceased = v.date(p, 'DATE_PLACED_CEASED');
    v.order(p, 'DATE_PLACED_CEASED', ceased, v.date(p, 'DATE_PLACED'), 'decision');
    const reason = v.code(p, 'REASON_PLACED_CEASED', [REASON_PLACED_CEASED]);
    if (!plan) continue;
    Object.assign(plan.incoming.values, { ceased_date: ceased, ceased_reason: reason });
    Object.assign(plan.sources, {
      ceased_date: [p, 'DATE_PLACED_CEASED'],
      ceased_reason: [p, 'REASON_PLACED_CEASED'],
    });
  }

  for (const m of rows('Missing')) {
    const child = childOf(m);
    const start = v.date(m, 'MIS_START', true);
    const end = v.date(m, 'MIS_END');
    v.order(m, 'MIS_END', end, start, 'start');
    child?.records.push({
      row: m,
      incoming: {
        table: 'missing_episode',
        key: { kind: v.code(m, 'MISSING', [MISSING], true), start_date: start },
        values: { end_date: end },
      },
      sources: { end_date: [m, 'MIS_END'] },
    });
  }
  return [...children.values()];
}

/**
 * Imports SSDA903 tables into the actor's authority, in the caller's transaction (one per run), as
 * importCinCensus does the census: checked first, records found by natural keys (the child by CHILD; an
 * episode by its start, a review by its date, an adoption by its decision date, a missing episode by its
 * kind and start), so a second import changes nothing and a child in both returns is one person. Throws
 * ImportError with every problem. Only the tables in SSDA903_IMPORTED are written.
 */
export async function importSsda903(
  trx: Trx,
  actor: Actor,
  tables: Ssda903ImportTables,
): Promise<ImportSummary> {
  const problems: string[] = [];
  const notImported: string[] = [];
  const children = planTables(tables, problems, notImported);
  if (problems.length > 0) throw new ImportError(problems);

  const run = new ImportRun(trx, actor, 'ssda903');
  const v = checks(run.problems);
  const reason = 'Imported from SSDA903 files';
  const place = (plan: Plan, parent: RecordValues, fresh: boolean) =>
    run.placePlanned(plan, parent, fresh, v, reason);
  for (const child of children) {
    const person = await place(child.person, {}, false);
    for (const record of child.records) await place(record, { person_id: person.id }, person.created);
  }
  const files = Object.values(tables).map((t) => t.file);
  return { ...(await run.finish(files)), notImported };
}
