import fs from 'node:fs';
import path from 'node:path';
import type { RecordValues } from '../../casework/record.ts';
import type { Actor, Trx } from '../../db/database.ts';
import {
  ACCOM,
  ACTIV,
  CATEGORY_OF_NEED,
  ETHNICITY,
  FOSTER_CARE,
  IN_TOUCH,
  LS,
  LS_ADOPTR,
  MISSING,
  NB_ADOPTR,
  PLACE,
  PLACE_PROVIDER,
  PREV_PERM,
  REASON_PLACE_CHANGE,
  REASON_PLACED_CEASED,
  REC,
  REVIEW_CODE,
  RNE,
  SDQ_REASON,
  SEX,
  SEX_ADOPTR,
  SW_REASON,
} from '../../domain/codes.ts';
import { addCalendarMonths, formatDmy } from '../../domain/dates.ts';
import { isUpnUnknownCode } from '../../domain/identifiers.ts';
import {
  addSummaries,
  DATE_DMY,
  FieldChecks,
  ImportError,
  ImportRun,
  type ImportSummary,
  type Planned,
} from '../import-record.ts';
import { birthdayIn } from './export.ts';
import { decodeXml } from './decode.ts';
import { findOrMakeWorkers, IMPORTED_WORKERS_TEAM } from './import-workers.ts';
import { LAST_YEAR_SUFFIX, readTableFile, Ssda903FileError } from './read.ts';
import { collectionDates, type Row, type TableName } from './spec.ts';
import { readSsda903Xml } from './xml.ts';

/** The tables of an SSDA903 directory, each with the file it came from. */
export type Ssda903ImportTables = Partial<Record<TableName, { file: string; rows: Row[] }>>;

/**
 * The tables this importer writes to the record: the ones the SSDA903 exporter reads back from the tables it
 * writes. Header's MOTHER/MC_DOB are not imported: their rows are listed in the summary's `notImported`.
 */
export const SSDA903_IMPORTED: readonly TableName[] = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'Missing',
  'SWEpisodes',
  'DoLo',
];

/**
 * Where each read row came from: its file and place there (a CSV's row, the header being row 1; an XML
 * file's line, with the line of each field given).
 */
const ORIGIN = new WeakMap<
  Row,
  { file: string; unit: 'row' | 'line'; line: number; fields?: Record<string, number> }
>();

/**
 * Reads every .csv in a directory for an import, telling each table by its columns, as the validator does,
 * and taking the layouts and encodings real exports have (readTableFile). Every file is read before anything
 * is written; every file that cannot be read is reported (ImportError). A problem names a row by its place
 * in the file (the header is row 1), skipped rows of blank cells counted.
 * Last year's files (named …_last.csv, as `hearth export ssda903 --with-last-year` writes them) are left to
 * readSsda903LastYear; with `lastYear`, only they are read (with the columns of `year`, the year before).
 */
export function readSsda903ImportDirectory(dir: string, year: number, lastYear = false): Ssda903ImportTables {
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.csv'))
      .filter((f) => path.basename(f, path.extname(f)).endsWith(LAST_YEAR_SUFFIX) === lastYear)
      .sort();
  } catch (error) {
    throw new ImportError([`${dir}: cannot be read (${(error as Error).message})`]);
  }
  if (names.length === 0 && !lastYear) throw new ImportError([`${dir}: there are no .csv files`]);
  const problems: string[] = [];
  const tables: Ssda903ImportTables = {};
  for (const file of names) {
    try {
      const { name, rows, rowNumbers } = readTableFile(path.join(dir, file), year);
      const earlier = tables[name];
      if (earlier) {
        problems.push(`${file}: a second ${name} table (the first is ${earlier.file}); give each table once`);
        continue;
      }
      rows.forEach((row, i) => ORIGIN.set(row, { file, unit: 'row', line: rowNumbers[i]! }));
      tables[name] = { file, rows };
    } catch (error) {
      if (!(error instanceof Ssda903FileError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  return tables;
}

/**
 * Reads the SSDA903 XML form (CLA.xsd) into the tables the CSV files give, so the same import runs; every
 * problem names the file and line (ImportError). The form has no SWEpisodes or DoLo. The encoding is taken
 * from a byte order mark or the XML declaration, as XML parsers take it; a file said or taken to be UTF-8
 * whose bytes are not is read as Windows-1252 (decodeXml).
 */
export function readSsda903ImportXml(file: string): Ssda903ImportTables {
  let text: string;
  try {
    text = decodeXml(fs.readFileSync(file), true);
  } catch (error) {
    throw new ImportError([`${file}: cannot be read (${(error as Error).message})`]);
  }
  const name = path.basename(file);
  const { rows, problems } = readSsda903Xml(text, name);
  if (problems.length > 0) throw new ImportError(problems);
  const tables: Ssda903ImportTables = {};
  for (const { table, row, line, fields } of rows) {
    ORIGIN.set(row, { file: name, unit: 'line', line, fields });
    (tables[table] ??= { file: name, rows: [] }).rows.push(row);
  }
  return tables;
}

/** An SSDA903 return for an import: an .xml file of the XML form, or a directory of CSV files. */
export function readSsda903Import(source: string, year: number): Ssda903ImportTables {
  return source.toLowerCase().endsWith('.xml')
    ? readSsda903ImportXml(source)
    : readSsda903ImportDirectory(source, year);
}

/** A year's return for an import, with last year's tables when the directory holds them (…_last.csv). */
export interface Ssda903ImportReturn {
  year: number;
  tables: Ssda903ImportTables;
  last: Ssda903ImportTables;
}

/** An .xml file, or a directory of this year's CSV files and perhaps last year's, for importSsda903Return. */
export function readSsda903ImportReturn(source: string, year: number): Ssda903ImportReturn {
  const tables = readSsda903Import(source, year);
  const xml = source.toLowerCase().endsWith('.xml');
  return { year, tables, last: xml ? {} : readSsda903ImportDirectory(source, year - 1, true) };
}

/** Imports last year's tables (when given), then this year's, in the caller's transaction; one summary. */
export async function importSsda903Return(
  trx: Trx,
  actor: Actor,
  { year, tables, last }: Ssda903ImportReturn,
): Promise<ImportSummary> {
  const earlier = Object.keys(last).length > 0 ? await importSsda903(trx, actor, last, year - 1) : null;
  const summary = await importSsda903(trx, actor, tables, year);
  return earlier ? addSummaries(earlier, summary) : summary;
}

/** The checks of SSDA903 values; problems name file, row (its line), child and field. */
function checks(problems: string[]): FieldChecks {
  return new FieldChecks(problems, 'SSDA903', DATE_DMY, (row, field) => {
    const origin = ORIGIN.get(row);
    const line = origin && ((field !== undefined ? origin.fields?.[field] : undefined) ?? origin.line);
    const where = origin ? `${origin.file}, ${origin.unit} ${line}` : 'a row';
    return `${where}, child ${row.CHILD || '(none)'}${field ? `, ${field}` : ''}`;
  });
}

type Plan = Planned;

/** OC2's health items of a child: each the kinds of health event it stands for, and the file's 0 or 1. */
interface HealthPlan {
  row: Row;
  items: { field: string; kinds: string[]; given: '0' | '1' }[];
  sdq: number | null;
}

interface ChildPlan {
  person: Plan;
  records: Plan[];
  /** Allocations of SWEpisodes, each with the SW_ID its worker is found by when importing. */
  allocations: { plan: Plan; swId: string }[];
  health: HealthPlan | null;
  /** An OC3 row: the young person is a care leaver (a care_leaver record is made if they have none). */
  leaver: Row | null;
}

/** Checks the tables and maps each child to the records Hearth holds. */
function planTables(
  tables: Ssda903ImportTables,
  year: number,
  problems: string[],
  notImported: string[],
): ChildPlan[] {
  const v = checks(problems);
  const { collectionStart, collectionEnd } = collectionDates(year);
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
      allocations: [],
      health: null,
      leaver: null,
    });
  }
  const childOf = (row: Row): ChildPlan | null => {
    const plan = children.get(row.CHILD ?? '');
    if (!plan) v.problem(row, 'CHILD', 'the child is not in Header');
    return plan ?? null;
  };

  const firstStart = new Map<string, string>();
  /** Each child's latest episode starting a period of care in the year: PrevPerm describes its start. */
  const periodStart = new Map<string, { start: string; plan: Plan }>();
  for (const e of rows('Episodes')) {
    const child = childOf(e);
    const start = v.date(e, 'DECOM', true);
    const end = v.date(e, 'DEC');
    v.order(e, 'DEC', end, start, 'episode start');
    v.together(e, 'DEC', 'REC');
    if (start !== null && !(firstStart.get(e.CHILD!)! <= start)) firstStart.set(e.CHILD!, start);
    const plan: Plan = {
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
    };
    child?.records.push(plan);
    const inYear = start !== null && start >= collectionStart && start <= collectionEnd;
    const latest = periodStart.get(e.CHILD!);
    if (child && inYear && e.RNE === 'S' && (!latest || latest.start <= start))
      periodStart.set(e.CHILD!, { start, plan });
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
  // DoLo (from 2026/27): a deprivation of liberty order, known by its start.
  for (const o of rows('DoLo')) {
    const start = v.date(o, 'DOLO_START', true);
    const end = v.date(o, 'DOLO_END');
    v.order(o, 'DOLO_END', end, start, 'start');
    childOf(o)?.records.push({
      row: o,
      incoming: { table: 'deprivation_of_liberty', key: { start_date: start }, values: { end_date: end } },
      sources: { end_date: [o, 'DOLO_END'] },
    });
  }
  // PrevPerm: the permanence the child had before the period of care that began in the year, held on the
  // episode that began it (the latest one, as the exporter reads it back).
  for (const p of rows('PrevPerm')) {
    const child = childOf(p);
    const permanence = v.code(p, 'PREV_PERM', [PREV_PERM]);
    const la = v.text(p, 'LA_PERM');
    const date = v.date(p, 'DATE_PERM');
    if (!child || (permanence === null && la === null && date === null)) continue;
    const episode = periodStart.get(p.CHILD!);
    if (!episode) {
      v.problem(
        p,
        'CHILD',
        'has no episode in Episodes starting a period of care (RNE S) in the year; Hearth holds previous permanence on it',
      );
      continue;
    }
    if (date !== null && date >= episode.start)
      v.problem(
        p,
        'DATE_PERM',
        `${v.shown(date)} is not before the start of the period of care ${v.shown(episode.start)}`,
      );
    Object.assign(episode.plan.incoming.values, {
      previous_permanence: permanence,
      previous_permanence_la: la,
      previous_permanence_date: date,
    });
    Object.assign(episode.plan.sources, {
      previous_permanence: [p, 'PREV_PERM'],
      previous_permanence_la: [p, 'LA_PERM'],
      previous_permanence_date: [p, 'DATE_PERM'],
    });
  }

  // OC2: the year's outcomes (cla_outcome), and the health items as the child's health events in the year.
  for (const o of rows('OC2')) {
    const child = childOf(o);
    const convicted = v.bool(o, 'CONVICTED');
    const misuse = v.bool(o, 'SUBSTANCE_MISUSE');
    const received = v.bool(o, 'INTERVENTION_RECEIVED');
    const offered = v.bool(o, 'INTERVENTION_OFFERED');
    const reason = v.code(o, 'SDQ_REASON', [SDQ_REASON]);
    const given = [convicted, misuse, received, offered, reason].some((x) => x !== null);
    if (given && misuse === null && (o.SUBSTANCE_MISUSE ?? '') === '')
      v.problem(
        o,
        'SUBSTANCE_MISUSE',
        'is missing, but other outcomes of the year are given; Hearth holds them with it',
      );
    if (misuse === false && (received !== null || offered !== null))
      v.problem(
        o,
        received !== null ? 'INTERVENTION_RECEIVED' : 'INTERVENTION_OFFERED',
        'is given, but SUBSTANCE_MISUSE is 0',
      );
    if (misuse === true && received === null && (o.INTERVENTION_RECEIVED ?? '') === '')
      v.problem(o, 'INTERVENTION_RECEIVED', 'is missing, but SUBSTANCE_MISUSE is 1');
    if (received === true && offered !== null)
      v.problem(
        o,
        'INTERVENTION_OFFERED',
        'is given, but INTERVENTION_RECEIVED is 1 (it is for interventions not received)',
      );
    const items: HealthPlan['items'] = [];
    const item = (field: string, kinds: string[]): void => {
      const value = v.bool(o, field);
      if (value !== null) items.push({ field, kinds, given: value ? '1' : '0' });
    };
    const assessments = ['initial_health_assessment', 'review_health_assessment'];
    item('HEALTH_ASSESSMENT', assessments);
    // HEALTH_CHECK (children under 5) is the same health assessment in Hearth's record.
    if ((o.HEALTH_ASSESSMENT ?? '') === '') item('HEALTH_CHECK', assessments);
    else if ((o.HEALTH_CHECK ?? '') !== '' && o.HEALTH_CHECK !== o.HEALTH_ASSESSMENT)
      v.problem(
        o,
        'HEALTH_CHECK',
        `is ${o.HEALTH_CHECK} where HEALTH_ASSESSMENT is ${o.HEALTH_ASSESSMENT}; Hearth records both as the health assessment`,
      );
    item('IMMUNISATIONS', ['immunisations']);
    item('TEETH_CHECK', ['dental_check']);
    const score = v.text(o, 'SDQ_SCORE');
    let sdq: number | null = null;
    if (score !== null) {
      if (/^[0-9]{1,2}$/.test(score) && Number(score) <= 40) sdq = Number(score);
      else v.problem(o, 'SDQ_SCORE', `"${score}" is not an SDQ score (a whole number from 0 to 40)`);
    }
    if (!child) continue;
    if (child.health) {
      v.problem(o, 'CHILD', 'the child is given twice in OC2; give each child once');
      continue;
    }
    child.health = { row: o, items, sdq };
    if (given)
      child.records.push({
        row: o,
        incoming: {
          table: 'cla_outcome',
          key: { year_end: collectionEnd },
          values: {
            convicted,
            substance_misuse: misuse,
            intervention_received: received,
            intervention_offered: offered,
            sdq_reason: reason,
          },
        },
        sources: {
          convicted: [o, 'CONVICTED'],
          substance_misuse: [o, 'SUBSTANCE_MISUSE'],
          intervention_received: [o, 'INTERVENTION_RECEIVED'],
          intervention_offered: [o, 'INTERVENTION_OFFERED'],
          sdq_reason: [o, 'SDQ_REASON'],
        },
      });
  }

  // OC3: a care leaver, and what they were doing around their birthday in the year: a contact on it.
  for (const c of rows('OC3')) {
    const child = childOf(c);
    const inTouch = v.code(c, 'IN_TOUCH', [IN_TOUCH], true);
    const activity = v.code(c, 'ACTIV', [ACTIV]);
    const accommodation = v.code(c, 'ACCOM', [ACCOM]);
    if (!child) continue;
    if (child.leaver) {
      v.problem(c, 'CHILD', 'the child is given twice in OC3; give each young person once');
      continue;
    }
    const dob = child.person.incoming.values.date_of_birth as string | null;
    if (dob === null) continue;
    const birthday = birthdayIn(dob, collectionStart, collectionEnd);
    if (birthday === null) {
      v.problem(
        c,
        'CHILD',
        `has no 17th to 21st birthday in the year (born ${formatDmy(dob)}); OC3 is for care leavers of those ages`,
      );
      continue;
    }
    child.leaver = c;
    // Eligibility as the Children (Leaving Care) Act has it: relevant when 17, former relevant from 18.
    const eighteen = addCalendarMonths(dob, 18 * 12);
    const left = child.records
      .filter((r) => r.incoming.table === 'cla_episode')
      .map((r) => r.incoming.values.end_date as string | null)
      .filter((d): d is string => d !== null && d <= collectionEnd)
      .sort()
      .at(-1);
    const relevant = birthday < eighteen;
    child.records.push({
      row: c,
      incoming: {
        table: 'care_leaver',
        key: {},
        values: {},
        defaults: {
          eligibility: relevant ? 'relevant' : 'former_relevant',
          start_date: relevant ? (left ?? birthday) : left && left > eighteen ? left : eighteen,
        },
      },
      sources: {},
    });
    child.records.push({
      row: c,
      incoming: {
        table: 'care_leaver_contact',
        key: { contact_date: birthday },
        values: { in_touch: inTouch, activity, accommodation },
      },
      sources: { in_touch: [c, 'IN_TOUCH'], activity: [c, 'ACTIV'], accommodation: [c, 'ACCOM'] },
    });
  }

  // SWEpisodes: allocations of the child to the social worker named by SW_ID. FCONTA (first contact or
  // re-referral) is how the exporter writes an allocation recorded without a reason for a change.
  for (const w of rows('SWEpisodes')) {
    const child = childOf(w);
    const swId = v.text(w, 'SW_ID', true);
    if (swId !== null && swId.length > 100) v.problem(w, 'SW_ID', 'is longer than 100 characters');
    const start = v.date(w, 'SW_DECOM', true);
    const end = v.date(w, 'SW_DEC');
    v.order(w, 'SW_DEC', end, start, 'start');
    const reason = v.code(w, 'SW_REASON', [SW_REASON], true);
    if (!child || swId === null) continue;
    child.allocations.push({
      swId,
      plan: {
        row: w,
        incoming: {
          table: 'allocation',
          key: { start_date: start },
          values: { end_date: end, change_reason: reason === 'FCONTA' ? null : reason },
        },
        sources: { end_date: [w, 'SW_DEC'], change_reason: [w, 'SW_REASON'] },
      },
    });
  }
  return [...children.values()];
}

/** What OC2's health items stand for, in words for the summary. */
const HEALTH_WORDS = 'health assessments, immunisations, dental checks and SDQ scores';

/**
 * Imports SSDA903 tables of the collection year (2025 for 2025/26) into the actor's authority, in the
 * caller's transaction (one per run), as importCinCensus does the census: checked first, records found by
 * natural keys (the child by CHILD; an episode by its start, a review by its date, an adoption by its
 * decision date, a missing episode by its kind and start, the year's outcomes by the year, a care leaver's
 * contact by its date, an allocation by its start and worker), so a second import changes nothing and a
 * child in both returns is one person. Throws ImportError with every problem. The tables in
 * SSDA903_IMPORTED are written; the summary's `notes` say what was inferred or made.
 *
 * What the return does not say is inferred, and said: OC2's health items become health events dated the
 * end of the year (only where the record has none of that kind in the year); an OC3 row becomes a care
 * leaver record (when the young person has none) and a contact on their birthday in the year; a social
 * worker Hearth does not know (by SW_ID) is made, with a disabled account without a password.
 */
export async function importSsda903(
  trx: Trx,
  actor: Actor,
  tables: Ssda903ImportTables,
  year = 2025,
): Promise<ImportSummary> {
  const problems: string[] = [];
  const notImported: string[] = [];
  const children = planTables(tables, year, problems, notImported);
  if (problems.length > 0) throw new ImportError(problems);

  const { collectionStart, collectionEnd } = collectionDates(year);
  const run = new ImportRun(trx, actor, 'ssda903', 1, DATE_DMY);
  const v = checks(run.problems);
  const reason = 'Imported from SSDA903 files';
  const place = (plan: Plan, parent: RecordValues, fresh: boolean) =>
    run.placePlanned(plan, parent, fresh, v, reason);

  const firstDay = new Map<string, string>();
  for (const { swId, plan } of children.flatMap((c) => c.allocations)) {
    const from = plan.incoming.key.start_date as string;
    if (!(firstDay.get(swId)! <= from)) firstDay.set(swId, from);
  }
  const workers = await findOrMakeWorkers(
    trx,
    actor,
    [...firstDay].map(([swId, from]) => ({ swId, from })),
  );

  let healthEvents = 0;
  const notInCare: string[] = [];
  for (const child of children) {
    const person = await place(child.person, {}, false);
    const parent = { person_id: person.id };
    for (const record of child.records) await place(record, parent, person.created);
    for (const { swId, plan } of child.allocations) {
      const worker = workers.byId.get(swId)!;
      await place(
        {
          ...plan,
          incoming: {
            ...plan.incoming,
            key: { ...plan.incoming.key, worker_id: worker.workerId },
            defaults: { team_id: worker.teamId },
          },
        },
        parent,
        person.created,
      );
    }
    if (child.health)
      healthEvents += await placeHealth(trx, run, v, child.health, person, collectionStart, collectionEnd);
    if (child.leaver && !(await hasEpisode(trx, person.id))) notInCare.push(child.leaver.CHILD!);
  }

  const notes: string[] = [];
  if (healthEvents > 0)
    notes.push(
      `${tables.OC2!.file}: ${counted(healthEvents, 'health event')} (${HEALTH_WORDS}) dated ${formatDmy(collectionEnd)}, the end of the year: the return says only that they happened in it`,
    );
  if (workers.made.length > 0)
    notes.push(
      `${tables.SWEpisodes!.file}: ${counted(workers.made.length, 'social worker')} Hearth did not know (SW_ID ${workers.made.join(', ')}) added to the team "${IMPORTED_WORKERS_TEAM}", each with a disabled account without a password`,
    );
  if (notInCare.length > 0)
    notes.push(
      `${tables.OC3!.file}: ${counted(notInCare.length, 'care leaver')} (${notInCare.join(', ')}) with no episode of care in the record; the return includes a care leaver only with their time in care, so record it (or import the earlier years' files)`,
    );
  const files = [...new Set(Object.values(tables).map((t) => t.file))];
  return { ...(await run.finish(files)), notImported, ...(notes.length > 0 ? { notes } : {}) };
}

/** '1 health event', '2 health events'. */
function counted(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** Whether the record holds an episode of care for the person. */
async function hasEpisode(trx: Trx, personId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('cla_episode')
    .select('id')
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * OC2's health items against the child's health events in the year: a 1 (or an SDQ score) is a health event
 * when the record has none of its kind in the year, dated the year's end; a 0 conflicts with an event the
 * record holds, and a score with a different latest score. Returns how many events were added.
 */
async function placeHealth(
  trx: Trx,
  run: ImportRun,
  v: FieldChecks,
  health: HealthPlan,
  person: { id: string; created: boolean },
  start: string,
  end: string,
): Promise<number> {
  const held = person.created
    ? []
    : await trx
        .selectFrom('health_event')
        .select(['kind', 'event_date', 'sdq_score'])
        .where('person_id', '=', person.id)
        .where('voided_at', 'is', null)
        .where('event_date', '>=', start)
        .where('event_date', '<=', end)
        .orderBy('event_date')
        .execute();
  const wanted: { field: string; kind: string; score: number | null }[] = [];
  for (const { field, kinds, given } of health.items) {
    const event = held.find((e) => kinds.includes(e.kind));
    if (given === '0' && event)
      v.problem(
        health.row,
        field,
        `the file gives 0 where the record holds a health event (${event.kind.replace(/_/g, ' ')}) on ${formatDmy(event.event_date)}`,
      );
    else if (given === '1' && !event) wanted.push({ field, kind: kinds.at(-1)!, score: null });
    else if (given === '1') unchanged(run);
  }
  if (health.sdq !== null) {
    const latest = held.filter((e) => e.kind === 'sdq' && e.sdq_score !== null).at(-1);
    if (!latest) wanted.push({ field: 'SDQ_SCORE', kind: 'sdq', score: health.sdq });
    else if (latest.sdq_score !== health.sdq)
      v.problem(
        health.row,
        'SDQ_SCORE',
        `the file gives ${health.sdq} where the record's latest score in the year is ${latest.sdq_score} (${formatDmy(latest.event_date)})`,
      );
    else unchanged(run);
  }
  for (const { field, kind, score } of wanted)
    await run.place(
      {
        table: 'health_event',
        key: { person_id: person.id, kind, event_date: end },
        values: { sdq_score: score },
        where: () => v.at(health.row, field),
      },
      'Imported from SSDA903 files',
      person.created,
    );
  return wanted.length;
}

/** A health item the record already holds. */
function unchanged(run: ImportRun): void {
  run.summary.unchanged.health_event = (run.summary.unchanged.health_event ?? 0) + 1;
}
