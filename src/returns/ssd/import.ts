/**
 * The Standard Safeguarding Dataset into the record: a directory of `ssd_<table>.csv` files and Hearth's side
 * files (shared/standards/ssd-conventions.md), written through the shared import machinery
 * (../import-record.ts) as the CIN census and SSDA903 importers are: every row checked before anything is
 * written, records found by their natural keys (a child by their LA child id; a referral by its date; an
 * assessment, plan or enquiry by its referral and start; …), so a second import changes nothing and files
 * describing a child already in the record merge into it. Ids the files give that are Hearth's (UUIDs) are
 * kept for new records, so the SSD Hearth exports comes back with the same ids.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { audit } from '../../access/audit.ts';
import type { RecordValues } from '../../casework/record.ts';
import type { Actor, Trx } from '../../db/database.ts';
import {
  ACCOM,
  ACTIV,
  ASSESSMENT_FACTORS,
  ASSESSMENT_FACTORS_WITHDRAWN,
  CATEGORY_OF_ABUSE,
  CATEGORY_OF_NEED,
  type CodeList,
  DISABILITY,
  ETHNICITY,
  IN_TOUCH,
  isCode,
  LS,
  LS_ADOPTR,
  MISSING,
  NB_ADOPTR,
  PLACE,
  PLACE_PROVIDER,
  PRIMARY_NEED,
  REASON_FOR_CLOSURE,
  REASON_PLACE_CHANGE,
  REASON_PLACED_CEASED,
  REC,
  REFERRAL_SOURCE,
  REVIEW_CODE,
  RNE,
  SEX,
  SEX_ADOPTR,
  SW_REASON,
} from '../../domain/codes.ts';
import { addCalendarMonths, dateOfText, maxDate } from '../../domain/dates.ts';
import { isUpnUnknownCode } from '../../domain/identifiers.ts';
import { LEAD_AGENCY, PRE_PROCEEDINGS_OUTCOME, TEAM_TYPE } from '../../domain/local-codes.ts';
import {
  FieldChecks,
  ImportError,
  ImportRun,
  NEW_RECORDS_WRITTEN_TOGETHER,
  type DateFormat,
  type ImportSummary,
  type Planned,
  type SourceRow,
} from '../import-record.ts';
import { EARLY_HELP_END, ELIGIBILITY, HEALTH_CHECK } from './export.ts';
import { readTextFile } from '../text-file.ts';
import { SSD_SIDE_FILES, SSD_TABLES } from './spec.ts';

/** The files of an SSD directory as read: each table (or side file) by name, with its file and rows. */
export interface SsdImportFiles {
  tables: Map<string, { file: string; rows: SourceRow[] }>;
}

/** Where each read row came from, and which of its fields were read (the rest are said not imported). */
const ORIGIN = new WeakMap<SourceRow, { file: string; row: number; table: string }>();
const FIELDS_READ = new WeakMap<SsdImportFiles, Map<string, Set<string>>>();

/**
 * SSD dates: YYYY-MM-DD, and for datetime fields a time after it, which is not kept. A file opened and saved
 * in a spreadsheet on an English computer has its dates as DD/MM/YYYY (a time after it or not): read as such.
 */
const SSD_DATE: DateFormat = {
  written: 'YYYY-MM-DD (with a time after it or not)',
  read: dateOfText,
  write: (date) => date,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads every .csv in a directory: `ssd_<table>.csv` for the SSD's tables and the `hearth_*.csv` side files.
 * Every file is read before anything is written; a file Hearth cannot read, or a column no SSD table has,
 * is reported (ImportError) with the file, row and field.
 */
export function readSsdImportDirectory(dir: string): SsdImportFiles {
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
  const files: SsdImportFiles = { tables: new Map() };
  const read = new Map<string, Set<string>>();
  FIELDS_READ.set(files, read);
  // Names and headers are read in any case: extracts saved from SQL Server keep the case of the query's
  // aliases, which some authorities' versions of the SQL write in capitals (CINA_ASSESSMENT_CHILD_SEEN).
  const fileOf = new Map<string, string>();
  for (const file of names) {
    const table = file.slice(0, -4).toLowerCase();
    const fields = SSD_TABLES.get(table) ?? SSD_SIDE_FILES.get(table);
    if (!fields) {
      problems.push(
        `${file}: is neither an SSD table (ssd_<table>.csv) nor a Hearth side file (${[...SSD_SIDE_FILES.keys()].map((k) => `${k}.csv`).join(', ')})`,
      );
      continue;
    }
    if (fileOf.has(table)) {
      problems.push(`${file}: gives ${table} again, which ${fileOf.get(table)} gives`);
      continue;
    }
    fileOf.set(table, file);
    let records: string[][];
    try {
      records = parse(readTextFile(path.join(dir, file)), {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
      }) as string[][];
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      problems.push(`${file}: is not CSV Hearth can read (${error.message})`);
      continue;
    }
    const given = records[0];
    if (!given) {
      problems.push(`${file}: is empty; give at least the header row`);
      continue;
    }
    // Empty columns after the last (the trailing commas a spreadsheet writes) are not columns.
    let width = given.length;
    while (width > 0 && given[width - 1]!.trim() === '') width--;
    const header = given.slice(0, width).map((column) => column.trim().toLowerCase());
    const before = problems.length;
    header.forEach((column, i) => {
      if (!fields.includes(column))
        problems.push(`${file}, row 1, ${given[i] || `column ${i + 1}`}: is not a field of ${table}`);
      else if (header.indexOf(column) !== i) problems.push(`${file}, row 1, ${column}: is given twice`);
    });
    if (SSD_SIDE_FILES.has(table))
      for (const column of fields)
        if (!header.includes(column)) problems.push(`${file}, row 1, ${column}: is missing`);
    const seen = new Set<string>();
    read.set(table, seen);
    const rows: SourceRow[] = [];
    records.slice(1).forEach((record, i) => {
      // A row of blank cells only (a spreadsheet's ",,,,") is no row.
      if (record.every((cell) => cell.trim() === '')) return;
      if (record.length < width || record.slice(width).some((cell) => cell.trim() !== '')) {
        problems.push(`${file}, row ${i + 2}: has ${record.length} fields, the header ${width}`);
        return;
      }
      const values = Object.fromEntries(header.map((column, c) => [column, cellValue(record[c]!)]));
      // Every field read is noted, so that what no rule reads is listed as not imported.
      const row = new Proxy(values, {
        get: (target, field) => {
          if (typeof field === 'string') seen.add(field);
          return target[field as string];
        },
      });
      ORIGIN.set(row, { file, row: i + 2, table });
      rows.push(row);
    });
    if (problems.length === before) files.tables.set(table, { file, rows });
  }
  if (problems.length > 0) throw new ImportError(problems);
  return files;
}

/**
 * The placeholders Data to Insight's extract SQL writes where the legacy system holds nothing: `SSD_PH` for
 * any value (a UPN-unknown reason, a worker, a participation code), and 1 January 1900 for a date (an
 * assessment never authorised), however the date is written.
 */
const PLACEHOLDER = 'SSD_PH';
const PLACEHOLDER_DATE = /^(?:1900[-/]01[-/]01|0?1\/0?1\/1900)(?:[ T]00:00(?::00(?:\.0+)?)?)?$/;

/**
 * A cell as read: trimmed, and blank when it says NULL, as SQL Server's tools write an empty value when
 * they save an extract's results to CSV (the SSD is built in SQL Server from most legacy systems), or when
 * it holds one of the extract's placeholders.
 */
function cellValue(cell: string): string {
  const value = cell.trim();
  return value === 'NULL' || value === PLACEHOLDER || PLACEHOLDER_DATE.test(value) ? '' : value;
}

/**
 * A flag as extracts write one: Y or N as the SSD does, or Yes/No, True/False, 1/0 (any case); null for NA
 * (not applicable, as some extracts write a return interview never due), read as not known.
 */
function flagValue(value: string): boolean | null | undefined {
  switch (value.toUpperCase()) {
    case 'NA':
    case 'N/A':
      return null;
    case 'Y':
    case 'YES':
    case 'TRUE':
    case '1':
      return true;
    case 'N':
    case 'NO':
    case 'FALSE':
    case '0':
      return false;
    default:
      return undefined;
  }
}

/**
 * The SSD's checks. A coded field may give the DfE code in another case (`neg`), the code's DfE description
 * (`Neglect`, `Emotional Abuse`), or the code before a description (`S - Started to be looked after`), as
 * extracts that copy a legacy system's lookup descriptions do; each is read as the code.
 */
class SsdFieldChecks extends FieldChecks {
  override code(row: SourceRow, field: string, lists: readonly CodeList[], required = false): string | null {
    const value = (row[field] ?? '').toLowerCase();
    if (value !== '' && !lists.some((list) => isCode(list, row[field]))) {
      // 'S - Started to be looked after' or 'N1: Abuse or neglect': a code before its description.
      const prefix = /^([a-z0-9]+)\s*[-:–]\s*\S/.exec(value)?.[1];
      for (const list of lists) {
        const matches = list.entries.filter(
          ([code, description]) =>
            code.toLowerCase() === value ||
            description.toLowerCase() === value ||
            code.toLowerCase() === prefix,
        );
        if (matches.length === 1) return matches[0]![0];
      }
    }
    return super.code(row, field, lists, required);
  }
}

/** The checks of SSD values; problems name the file, row (the header is row 1) and field. */
function checks(problems: string[]): FieldChecks {
  return new SsdFieldChecks(problems, 'DfE', SSD_DATE, (row, field) => {
    const origin = ORIGIN.get(row);
    return `${origin ? `${origin.file}, row ${origin.row}` : 'a row'}${field ? `, ${field}` : ''}`;
  });
}

/** A record planned from a row, joined to records planned before it by the ids the files give. */
interface Step extends Planned {
  /** `table:id` under which later rows find this record. */
  ref?: string;
  /** Columns of its key naming records planned before it (the child, the referral), by their refs. */
  parents: Record<string, string>;
  /** Columns of its facts naming records planned before it (a worker, an enquiry), by their refs. */
  links?: Record<string, string>;
}

/** A team or worker the files name: found by name (a worker within their team), else created. */
interface StaffPlan {
  table: 'team' | 'worker';
  ref: string;
  row: SourceRow;
  id: string | null;
  key: RecordValues;
  /** What the files say: compared with a team or worker held. */
  values: RecordValues;
  /** What Hearth needs and the files do not say, inferred: written only when the team or worker is new. */
  defaults: RecordValues;
  links: Record<string, string>;
}

interface Plan {
  staff: StaffPlan[];
  steps: Step[];
  population: { row: SourceRow; year: number; population: number }[];
  notImported: string[];
  notes: string[];
}

const invert = (map: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(map).map(([code, text]) => [text, code]));

// The SSD's words for Hearth's codes, as the exporter writes them, and the other words the conventions allow.
const EARLY_HELP_END_CODE: Record<string, string> = {
  ...invert(EARLY_HELP_END),
  'Step-down from CSC': 'other',
  NFA: 'other',
};
const LEAD_AGENCY_CODE: Record<string, string> = {
  ...invert(Object.fromEntries(LEAD_AGENCY.entries)),
  Police: 'other',
};
const ELIGIBILITY_CODE = invert(ELIGIBILITY);
const HEALTH_CHECK_KIND = invert(HEALTH_CHECK);
const HEALTH_CHECK_STATUS = ['Completed', 'Planned', 'Refused', 'Cancelled'];

/** Fields the exporter works out from other records: read back only to be checked, never held as such. */
const WORKED_OUT: Record<string, string[]> = {
  ssd_person: ['pers_is_mother'],
  ssd_disability: ['disa_table_id'],
  ssd_immigration_status: ['immi_immigration_status_id'],
  ssd_mother: ['moth_table_id', 'moth_childs_dob'],
  ssd_cin_episodes: ['cine_referral_worker_id'],
  ssd_assessment_factors: ['cinf_table_id'],
  ssd_cp_plans: ['cppl_icpc_id'],
  ssd_cla_episodes: ['clae_entered_care_date', 'clae_referral_id'],
  ssd_cla_placement: ['clap_cla_id', 'clap_person_id', 'clap_cla_placement_start_date'],
  ssd_care_leavers: ['clea_care_leaver_worker_id'],
  ssd_pre_proceedings: ['prep_plo_family_id'],
  ssd_professionals: ['prof_staff_id'],
  ssd_department: ['dept_team_parent_name'],
};

/**
 * When a young person became a care leaver of their kind, which the SSD does not say, from the law's
 * definitions (see casework/steps/leaving-care-start.ts): eligible from 16 while looked after (from the
 * start of the last episode if later); relevant or qualifying from leaving care; former relevant from 18, or
 * from leaving care if later. Null when the files do not give what it needs.
 */
function leavingCareStart(
  eligibility: string | null,
  person: SourceRow | undefined,
  last: { start: string; end: string | null } | undefined,
): string | null {
  const dob = SSD_DATE.read(person?.pers_dob ?? '');
  const at = (age: number): string | null => (dob === null ? null : addCalendarMonths(dob, age * 12));
  const later = (a: string | null, b: string | null | undefined): string | null =>
    a === null ? (b ?? null) : b === null || b === undefined ? a : maxDate(a, b);
  if (eligibility === 'eligible') return later(at(16), last?.start);
  if (eligibility === 'former_relevant') return later(at(18), last?.end);
  return last?.end ?? null;
}

/** The checks and helpers every part of the plan uses, over the files read. */
function planningContext(files: SsdImportFiles, laCode: string, problems: string[]) {
  const v = checks(problems);
  const rows = (table: string): SourceRow[] => files.tables.get(table)?.rows ?? [];
  const plan: Plan = { staff: [], steps: [], population: [], notImported: [], notes: [] };
  const skipped = new Map<string, number>();
  const skip = (row: SourceRow, why: string): void => {
    const key = `${ORIGIN.get(row)!.file}: ${why}`;
    skipped.set(key, (skipped.get(key) ?? 0) + 1);
  };
  const flag = (row: SourceRow, field: string): boolean | null => {
    const value = v.text(row, field);
    if (value === null) return null;
    const read = flagValue(value);
    if (read === undefined) v.problem(row, field, `"${value}" is not Y or N`);
    return read ?? null;
  };
  const number = (row: SourceRow, field: string, min: number, max: number, whole = true): number | null => {
    const value = v.text(row, field);
    if (value === null) return null;
    const n = Number(value);
    if (!/^-?[0-9]+(\.[0-9]+)?$/.test(value) || (whole && !Number.isInteger(n)) || n < min || n > max) {
      v.problem(row, field, `"${value}" is not a ${whole ? 'whole ' : ''}number from ${min} to ${max}`);
      return null;
    }
    return n;
  };
  /** One of the SSD's words for a Hearth code (`map`), in any case ('Former Relevant'). */
  const oneOf = (row: SourceRow, field: string, map: Record<string, string>, required = false) => {
    const value = v.text(row, field, required);
    if (value === null) return null;
    const word = Object.keys(map).find((w) => w.toLowerCase() === value.toLowerCase());
    if (word !== undefined) return map[word]!;
    v.problem(row, field, `"${value}" is not one of ${Object.keys(map).join(', ')}`);
    return null;
  };
  /**
   * A JSON object of SSD outcome flags: its keys ending `_FLAG`, each Y, N or "" (or null), read as
   * flagValue reads a flag. Its other keys are not outcomes and are passed over: Data to Insight's extracts
   * add the number of outcomes and the worker's comments (`NUMBER_OF_OUTCOMES`, `TOTAL_NO_OF_OUTCOMES`,
   * `COMMENTS`). A flag the object lacks is not known, as is a blank one.
   */
  const outcomeJson = (row: SourceRow, field: string): Record<string, string> | null => {
    const value = v.text(row, field);
    if (value === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      v.problem(row, field, `is not JSON (${value.slice(0, 40)})`);
      return null;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      v.problem(row, field, 'is not a JSON object of flags');
      return null;
    }
    const flags: Record<string, string> = {};
    const wrong: string[] = [];
    for (const [key, given] of Object.entries(parsed as Record<string, unknown>)) {
      if (!key.endsWith('_FLAG')) continue;
      const read =
        given === null || given === ''
          ? null
          : typeof given === 'boolean'
            ? given
            : typeof given === 'string'
              ? flagValue(given.trim())
              : undefined;
      if (read === undefined) wrong.push(key);
      else flags[key] = read === null ? '' : read ? 'Y' : 'N';
    }
    if (wrong.length > 0) {
      v.problem(row, field, `${wrong.join(', ')}: a flag is "Y", "N" or ""`);
      return null;
    }
    return flags;
  };
  /** The flag, else the JSON's flag of the same meaning; the two must agree. */
  const flagOr = (row: SourceRow, field: string, json: Record<string, string> | null, key: string) => {
    const given = flag(row, field);
    const fromJson = json?.[key] ? json[key] === 'Y' : null;
    if (given !== null && fromJson !== null && given !== fromJson)
      v.problem(row, field, `says ${given ? 'Y' : 'N'}, but the outcome JSON's ${key} says the opposite`);
    return given ?? fromJson;
  };
  const keptId = (row: SourceRow, field: string): RecordValues => {
    const id = row[field] ?? '';
    return UUID.test(id) ? { id: id.toLowerCase() } : {};
  };
  const sources = (row: SourceRow, pairs: Record<string, string>): Record<string, [SourceRow, string]> =>
    Object.fromEntries(Object.entries(pairs).map(([column, field]) => [column, [row, field]]));

  /** Ids given twice in a table, and references to ids a table does not hold, are problems. */
  const index = (table: string, field: string): Map<string, SourceRow> => {
    const map = new Map<string, SourceRow>();
    for (const row of rows(table)) {
      const id = v.text(row, field, true);
      if (id === null) continue;
      const earlier = map.get(id);
      if (earlier)
        v.problem(
          row,
          field,
          `${id} is given twice (also at row ${ORIGIN.get(earlier)!.row}); give each once`,
        );
      else map.set(id, row);
    }
    return map;
  };
  const known = (
    row: SourceRow,
    field: string,
    map: Map<string, SourceRow>,
    table: string,
    required = true,
  ) => {
    const id = v.text(row, field, required);
    if (id === null) return null;
    if (!map.has(id)) {
      v.problem(row, field, `${id} is not in ${table}.csv`);
      return null;
    }
    return id;
  };
  const touch = (table: string, row: SourceRow): void => {
    for (const field of WORKED_OUT[table] ?? []) void row[field];
  };
  for (const [table, read] of files.tables) for (const row of read.rows) touch(table, row);

  const people = index('ssd_person', 'pers_person_id');
  /** Each legacy id (pers_legacy_id) with the people who have it. */
  const byLegacyId = new Map<string, string[]>();
  for (const [id, person] of people)
    if (person.pers_legacy_id)
      byLegacyId.set(person.pers_legacy_id, [...(byLegacyId.get(person.pers_legacy_id) ?? []), id]);
  /**
   * The person a row names: by pers_person_id, or by the legacy id of exactly one person when no person has
   * that id (some versions of Data to Insight's SQL name the child of ssd_permanence by LEGACY_ID).
   */
  const personRef = (row: SourceRow, field: string, required = true): string | null => {
    const given = row[field] ?? '';
    const legacy = people.has(given) ? undefined : byLegacyId.get(given);
    if (legacy?.length === 1) return `person:${legacy[0]}`;
    const id = known(row, field, people, 'ssd_person', required);
    return id === null ? null : `person:${id}`;
  };
  const byPerson = (table: string, field: string): Map<string, SourceRow[]> => {
    const map = new Map<string, SourceRow[]>();
    for (const row of rows(table)) {
      const id = personRef(row, field);
      if (id !== null) map.set(id, [...(map.get(id) ?? []), row]);
    }
    return map;
  };
  /** A record of a child: its key, facts and defaults, with the fields they came from. */
  const step = (
    row: SourceRow,
    personField: string,
    record: Omit<Step, 'row' | 'parents' | 'sources'> & {
      parents?: Record<string, string>;
      fields?: Record<string, string>;
    },
  ): Step | null => {
    const person = personRef(row, personField);
    const { fields = {}, parents = {}, ...rest } = record;
    if (person === null) return null;
    const planned: Step = {
      row,
      parents: { person_id: person, ...parents },
      sources: sources(row, fields),
      ...rest,
    };
    plan.steps.push(planned);
    return planned;
  };
  return {
    v,
    rows,
    plan,
    skip,
    skipped,
    flag,
    number,
    oneOf,
    outcomeJson,
    flagOr,
    keptId,
    sources,
    index,
    known,
    people,
    personRef,
    byPerson,
    step,
    files,
    laCode,
  };
}
type Context = ReturnType<typeof planningContext>;

/** The authority and its population (hearth_authority.csv). */
function planAuthority(c: Context): void {
  const { v, rows, plan, number, laCode } = c;
  for (const row of rows('hearth_authority')) {
    if (row.la_code !== laCode)
      v.problem(row, 'la_code', `the file is authority ${row.la_code || '(none)'}'s, not ${laCode}'s`);
    void row.name;
    const year = number(row, 'year', 2000, 2100);
    const population = number(row, 'population_0_17', 1, 10_000_000);
    if (year !== null && population !== null) plan.population.push({ row, year, population });
  }
}

/** The workforce: teams (parents first), then workers. */
function planWorkforce(c: Context) {
  const { v, rows, plan, flag, number, index, known } = c;
  const teams = index('ssd_department', 'dept_team_id');
  const teamTypes = index('hearth_team_types', 'dept_team_id');
  const parents = new Set(rows('ssd_department').map((r) => r.dept_team_parent_id ?? ''));
  const teamByName = new Map(rows('ssd_department').map((r) => [r.dept_team_name ?? '', r]));
  const teamPlans = new Map<string, StaffPlan>();
  for (const [id, row] of teams) {
    const types = teamTypes.get(id);
    const parent = known(row, 'dept_team_parent_id', teams, 'ssd_department', false);
    teamPlans.set(id, {
      table: 'team',
      ref: `team:${id}`,
      row,
      id: UUID.test(id) ? id.toLowerCase() : null,
      key: { name: v.text(row, 'dept_team_name', true) },
      values: {
        team_type: types ? v.code(types, 'team_type', [TEAM_TYPE], true) : null,
        caseload_target: types ? number(types, 'caseload_target', 0, 999, false) : null,
      },
      // With no side file, a team that others belong to is a service; the rest are children's teams.
      defaults: { team_type: parents.has(id) ? 'service' : 'children' },
      links: parent === null ? {} : { parent_id: `team:${parent}` },
    });
  }
  for (const [id, row] of teamTypes)
    if (!teams.has(id)) v.problem(row, 'dept_team_id', `${id} is not in ssd_department.csv`);
  const placedTeams = new Set<string>();
  while (placedTeams.size < teamPlans.size) {
    const ready = [...teamPlans].filter(
      ([id, t]) =>
        !placedTeams.has(id) && Object.values(t.links).every((ref) => placedTeams.has(ref.slice(5))),
    );
    if (ready.length === 0) {
      const [, first] = [...teamPlans].find(([id]) => !placedTeams.has(id))!;
      v.problem(
        first.row,
        'dept_team_parent_id',
        'the teams are each other’s parents; one must be at the top',
      );
      break;
    }
    for (const [id, t] of ready) {
      placedTeams.add(id);
      plan.staff.push(t);
    }
  }

  // Each worker starts at their first allocation (the SSD has no start date), else the files' first.
  const involvements = rows('ssd_involvements');
  const starts = involvements.map((r) => SSD_DATE.read(r.invo_involvement_start_date ?? '')).filter(Boolean);
  const firstOfAll = starts.sort()[0] ?? new Date().toISOString().slice(0, 10);
  const workers = index('ssd_professionals', 'prof_professional_id');
  for (const [id, row] of workers) {
    const department = v.text(row, 'prof_professional_department', true);
    const team = department === null ? undefined : (teamByName.get(department) ?? teams.get(department));
    if (department !== null && !team)
      v.problem(row, 'prof_professional_department', `${department} is not a team of ssd_department.csv`);
    const first = involvements
      .filter((r) => r.invo_professional_id === id)
      .map((r) => SSD_DATE.read(r.invo_involvement_start_date ?? ''))
      .filter((d): d is string => d !== null)
      .sort()[0];
    plan.staff.push({
      table: 'worker',
      ref: `worker:${id}`,
      row,
      id: UUID.test(id) ? id.toLowerCase() : null,
      key: { name: v.text(row, 'prof_professional_name', true) },
      values: {
        swe_number: v.text(row, 'prof_social_worker_registration_no'),
        job_title: v.text(row, 'prof_professional_job_title'),
        fte: number(row, 'prof_full_time_equivalency', 0.01, 1.5, false),
        agency: flag(row, 'prof_agency_worker_flag'),
      },
      defaults: { start_date: first ?? firstOfAll },
      links: team ? { team_id: `team:${team.dept_team_id}` } : {},
    });
  }
  return { teams, workers, teamByName };
}

/** Each child, with their disabilities and UASC status, mother and addresses. */
function planPeople(c: Context): void {
  const { v, rows, plan, skip, keptId, sources, people, personRef, byPerson, step } = c;
  const disabilities = byPerson('ssd_disability', 'disa_person_id');
  const immigration = byPerson('ssd_immigration_status', 'immi_person_id');
  const laChildIds = new Map<string, SourceRow>();
  for (const [id, row] of people) {
    const laChildId = row.pers_legacy_id
      ? v.childId(row, 'pers_legacy_id')
      : v.childId(row, 'pers_person_id');
    const earlier = laChildId === null ? undefined : laChildIds.get(laChildId);
    if (earlier)
      v.problem(row, 'pers_legacy_id', `${laChildId} is the child of row ${ORIGIN.get(earlier)!.row} too`);
    else if (laChildId !== null) laChildIds.set(laChildId, row);
    const dob = v.date(row, 'pers_dob');
    const expected = v.date(row, 'pers_expected_dob');
    if (!row.pers_dob && !row.pers_expected_dob)
      v.problem(row, 'pers_dob', 'neither pers_dob nor pers_expected_dob is given; Hearth needs one');
    const death = v.date(row, 'pers_death_date');
    v.order(row, 'pers_death_date', death, dob, 'date of birth');
    const unknown = v.text(row, 'pers_upn_unknown');
    if (unknown !== null && !isUpnUnknownCode(unknown, 'cin'))
      v.problem(row, 'pers_upn_unknown', `"${unknown}" is not a reason a UPN is unknown (UN1-UN7)`);
    const codes = (disabilities.get(`person:${id}`) ?? [])
      .map((d) => v.code(d, 'disa_disability_code', [DISABILITY], true))
      .filter((c): c is string => c !== null && c !== 'NONE');
    const uasc = (immigration.get(`person:${id}`) ?? []).filter((r) => {
      if (r.immi_immigration_status === 'UASC') return true;
      skip(r, 'immigration statuses other than UASC (Hearth holds only UASC)');
      return false;
    });
    if (uasc.length > 1)
      v.problem(uasc[1]!, 'immi_immigration_status', 'the child is UASC twice; Hearth holds one period');
    const u = uasc[0];
    const since = u ? v.date(u, 'immi_immigration_status_start_date', true) : null;
    const ceased = u ? v.date(u, 'immi_immigration_status_end_date') : null;
    if (u) v.order(u, 'immi_immigration_status_end_date', ceased, since, 'start');
    plan.steps.push({
      row,
      ref: `person:${id}`,
      parents: {},
      incoming: {
        table: 'person',
        key: { la_child_id: laChildId },
        values: {
          given_name: v.text(row, 'pers_forename'),
          family_name: v.text(row, 'pers_surname'),
          sex: v.code(row, 'pers_sex', [SEX]),
          gender: v.text(row, 'pers_gender'),
          ethnicity: v.code(row, 'pers_ethnicity', [ETHNICITY]),
          date_of_birth: dob,
          expected_date_of_birth: expected,
          date_of_death: death,
          upn_unknown: unknown,
          disabilities: codes,
          uasc_since: since,
          uasc_ceased: ceased,
        },
        defaults: { given_name: '', family_name: '', ...keptId(row, 'pers_person_id') },
      },
      sources: {
        ...sources(row, {
          given_name: 'pers_forename',
          family_name: 'pers_surname',
          sex: 'pers_sex',
          gender: 'pers_gender',
          ethnicity: 'pers_ethnicity',
          date_of_birth: 'pers_dob',
          expected_date_of_birth: 'pers_expected_dob',
          date_of_death: 'pers_death_date',
          upn_unknown: 'pers_upn_unknown',
        }),
        disabilities: [disabilities.get(`person:${id}`)?.[0] ?? row, 'disa_disability_code'],
        ...(u
          ? sources(u, {
              uasc_since: 'immi_immigration_status_start_date',
              uasc_ceased: 'immi_immigration_status_end_date',
            })
          : {}),
      },
    });
  }
  for (const row of rows('ssd_mother')) {
    const mother = personRef(row, 'moth_person_id');
    if (mother === null) continue;
    step(row, 'moth_childs_person_id', {
      parents: { related_person_id: mother },
      incoming: {
        table: 'relationship',
        key: { relationship: 'mother' },
        values: {},
        defaults: keptId(row, 'moth_table_id'),
      },
    });
  }
  for (const row of rows('ssd_address')) {
    const start = v.date(row, 'addr_address_start_date', true);
    const end = v.date(row, 'addr_address_end_date');
    v.order(row, 'addr_address_end_date', end, start, 'start');
    step(row, 'addr_person_id', {
      incoming: {
        table: 'person_address',
        key: { start_date: start },
        values: { postcode: v.text(row, 'addr_address_postcode', true), end_date: end },
        defaults: keptId(row, 'addr_table_id'),
      },
      fields: { postcode: 'addr_address_postcode', end_date: 'addr_address_end_date' },
    });
  }
}

/** The front door and children in need: contacts, early help, referrals, assessments and CIN plans. */
function planChildrenInNeed(c: Context) {
  const { v, rows, flag, oneOf, outcomeJson, flagOr, keptId, index, known, step } = c;
  for (const row of rows('ssd_contacts')) {
    outcomeJson(row, 'cont_contact_outcome_json');
    const [, hours, seconds] =
      /^\d{4}-\d{2}-\d{2}[ T](\d{2}:\d{2})(:\d{2})?/.exec(row.cont_contact_date ?? '') ?? [];
    const time = hours === undefined ? undefined : `${hours}${seconds ?? ':00'}`;
    step(row, 'cont_person_id', {
      incoming: {
        table: 'contact',
        key: { contact_date: v.date(row, 'cont_contact_date', true) },
        values: {
          source: v.code(row, 'cont_contact_source_code', [REFERRAL_SOURCE], true),
          contact_time: time && time !== '00:00:00' ? time : null,
        },
        defaults: keptId(row, 'cont_contact_id'),
      },
      fields: { source: 'cont_contact_source_code', contact_time: 'cont_contact_date' },
    });
  }
  for (const row of rows('ssd_early_help_episodes')) {
    const start = v.date(row, 'earl_episode_start_date', true);
    const end = v.date(row, 'earl_episode_end_date');
    v.order(row, 'earl_episode_end_date', end, start, 'start');
    const endReason = oneOf(row, 'earl_episode_end_reason', EARLY_HELP_END_CODE);
    if (endReason !== null && end === null)
      v.problem(row, 'earl_episode_end_reason', 'is given, but earl_episode_end_date is not');
    step(row, 'earl_person_id', {
      incoming: {
        table: 'early_help_episode',
        key: { start_date: start },
        values: {
          end_date: end,
          reason: v.text(row, 'earl_episode_reason'),
          end_reason: endReason,
          lead_agency: oneOf(row, 'earl_episode_organisation', LEAD_AGENCY_CODE),
        },
        // The SSD need not say who led the episode: Hearth records it as another agency until told.
        defaults: { lead_agency: 'other', ...keptId(row, 'earl_episode_id') },
      },
      fields: {
        end_date: 'earl_episode_end_date',
        reason: 'earl_episode_reason',
        end_reason: 'earl_episode_end_reason',
        lead_agency: 'earl_episode_organisation',
      },
    });
  }
  const referrals = index('ssd_cin_episodes', 'cine_referral_id');
  const referralOf = new Map<string, string>();
  for (const [id, row] of referrals) {
    const date = v.date(row, 'cine_referral_date', true);
    const closed = v.date(row, 'cine_close_date');
    v.order(row, 'cine_close_date', closed, date, 'referral date');
    v.together(row, 'cine_close_date', 'cine_close_reason');
    const outcome = outcomeJson(row, 'cine_referral_outcome_json');
    const planned = step(row, 'cine_person_id', {
      ref: `referral:${id}`,
      incoming: {
        table: 'referral',
        key: { referral_date: date },
        values: {
          source: v.code(row, 'cine_referral_source_code', [REFERRAL_SOURCE], true),
          primary_need: v.code(row, 'cine_cin_primary_need_code', [PRIMARY_NEED]),
          nfa: flagOr(row, 'cine_referral_nfa', outcome, 'NFA_FLAG'),
          closure_date: closed,
          closure_reason: v.code(row, 'cine_close_reason', [REASON_FOR_CLOSURE]),
        },
        defaults: keptId(row, 'cine_referral_id'),
      },
      fields: {
        source: 'cine_referral_source_code',
        primary_need: 'cine_cin_primary_need_code',
        nfa: 'cine_referral_nfa',
        closure_date: 'cine_close_date',
        closure_reason: 'cine_close_reason',
      },
    });
    if (planned) referralOf.set(id, planned.parents.person_id!);
  }
  /** The referral a row names, which must be the same child's. */
  const referralRef = (row: SourceRow, field: string, personField: string, required = true) => {
    const id = known(row, field, referrals, 'ssd_cin_episodes', required);
    if (id === null) return null;
    const person = `person:${row[personField]}`;
    if (referralOf.has(id) && referralOf.get(id) !== person) {
      v.problem(row, field, `${id} is another child's referral`);
      return null;
    }
    return `referral:${id}`;
  };
  /** What started under a referral, by its start date, to infer what an assessment led to. */
  const startsUnder = (table: string, referralField: string, startField: string) => {
    const map = new Map<string, string[]>();
    for (const r of rows(table)) {
      const start = SSD_DATE.read(r[startField] ?? '');
      if (start !== null)
        map.set(r[referralField] ?? '', [...(map.get(r[referralField] ?? '') ?? []), start]);
    }
    return map;
  };
  const cinPlanStarts = startsUnder('ssd_cin_plans', 'cinp_referral_id', 'cinp_cin_plan_start_date');
  const s47Starts = startsUnder('ssd_s47_enquiry', 's47e_referral_id', 's47e_s47_start_date');

  const assessments = index('ssd_cin_assessments', 'cina_assessment_id');
  const factorRows = new Map<string, SourceRow[]>();
  for (const row of rows('ssd_assessment_factors')) {
    const id = known(row, 'cinf_assessment_id', assessments, 'ssd_cin_assessments');
    if (id !== null) factorRows.set(id, [...(factorRows.get(id) ?? []), row]);
  }
  for (const [id, row] of assessments) {
    const referral = referralRef(row, 'cina_referral_id', 'cina_person_id');
    const start = v.date(row, 'cina_assessment_start_date', true);
    const authorised = v.date(row, 'cina_assessment_auth_date');
    v.order(row, 'cina_assessment_auth_date', authorised, start, 'start');
    const json = outcomeJson(row, 'cina_assessment_outcome_json');
    const nfa = flagOr(row, 'cina_assessment_outcome_nfa', json, 'NFA_FLAG');
    const seen = flag(row, 'cina_assessment_child_seen');
    const factors: string[] = [];
    for (const f of factorRows.get(id) ?? []) {
      const value = v.text(f, 'cinf_assessment_factors_json', true);
      let list: unknown;
      try {
        list = value === null ? [] : JSON.parse(value);
      } catch {
        list = null;
      }
      if (!Array.isArray(list) || list.some((c) => typeof c !== 'string')) {
        v.problem(
          f,
          'cinf_assessment_factors_json',
          'is not a JSON array of factor codes, like ["2A", "3A"]',
        );
        continue;
      }
      for (const code of list as string[])
        if (isCode(ASSESSMENT_FACTORS, code) || isCode(ASSESSMENT_FACTORS_WITHDRAWN, code))
          factors.push(code);
        else
          v.problem(
            f,
            'cinf_assessment_factors_json',
            `"${code}" is not one of the CIN assessment factor codes`,
          );
    }
    // What followed, as far as the SSD shows it (the SSD has the NFA flag, Hearth one outcome).
    const after = (dates: string[] | undefined): boolean =>
      start !== null && (dates ?? []).some((d) => d >= start);
    const key = row.cina_referral_id ?? '';
    const inferred = after(cinPlanStarts.get(key))
      ? 'cin_plan'
      : after(s47Starts.get(key))
        ? 'strategy_discussion'
        : 'continue_support';
    if (referral === null) continue;
    step(row, 'cina_person_id', {
      ref: `assessment:${id}`,
      parents: { referral_id: referral },
      incoming: {
        table: 'assessment',
        key: { start_date: start },
        values: { authorised_date: authorised, factors, outcome: authorised && nfa ? 'nfa' : null },
        defaults: {
          // Seen, date not given: recorded as seen by the authorisation (the start while open).
          child_seen_date: seen ? (authorised ?? start) : null,
          outcome: authorised && nfa === false ? inferred : null,
          ...keptId(row, 'cina_assessment_id'),
        },
      },
      fields: {
        authorised_date: 'cina_assessment_auth_date',
        factors: 'cinf_assessment_factors_json',
        outcome: 'cina_assessment_outcome_nfa',
      },
    });
  }
  for (const row of rows('ssd_cin_plans')) {
    const referral = referralRef(row, 'cinp_referral_id', 'cinp_person_id');
    const start = v.date(row, 'cinp_cin_plan_start_date', true);
    const end = v.date(row, 'cinp_cin_plan_end_date');
    v.order(row, 'cinp_cin_plan_end_date', end, start, 'start');
    if (referral !== null)
      step(row, 'cinp_person_id', {
        parents: { referral_id: referral },
        incoming: {
          table: 'cin_plan',
          key: { start_date: start },
          values: { end_date: end },
          defaults: keptId(row, 'cinp_cin_plan_id'),
        },
        fields: { end_date: 'cinp_cin_plan_end_date' },
      });
  }
  return { referralRef };
}

/** Child protection: enquiries, plans, and initial and review conferences. */
function planChildProtection(c: Context, { referralRef }: ReturnType<typeof planChildrenInNeed>): void {
  const { v, rows, flag, outcomeJson, flagOr, keptId, index, known, step } = c;
  const s47s = index('ssd_s47_enquiry', 's47e_s47_enquiry_id');
  const icpcs = index('ssd_initial_cp_conference', 'icpc_icpc_id');
  const cpPlans = index('ssd_cp_plans', 'cppl_cp_plan_id');
  const withConference = new Set(rows('ssd_initial_cp_conference').map((r) => r.icpc_s47_enquiry_id));
  for (const [id, row] of s47s) {
    const referral = referralRef(row, 's47e_referral_id', 's47e_person_id');
    const start = v.date(row, 's47e_s47_start_date', true);
    const end = v.date(row, 's47e_s47_end_date');
    v.order(row, 's47e_s47_end_date', end, start, 'start');
    const nfa = flagOr(row, 's47e_s47_nfa', outcomeJson(row, 's47e_s47_outcome_json'), 'NFA_FLAG');
    const conference = withConference.has(id);
    if (referral !== null)
      step(row, 's47e_person_id', {
        ref: `s47:${id}`,
        parents: { referral_id: referral },
        incoming: {
          table: 's47_enquiry',
          key: { start_date: start },
          values: { end_date: end, outcome: end && nfa ? 'nfa' : null },
          defaults: {
            outcome: end && nfa === false ? (conference ? 'icpc' : 'cin') : null,
            icpc_required: conference ? true : null,
            ...keptId(row, 's47e_s47_enquiry_id'),
          },
        },
        fields: { end_date: 's47e_s47_end_date', outcome: 's47e_s47_nfa' },
      });
  }
  const planReferral = new Map<string, string>();
  const planEnd = new Map<string, string | null>();
  for (const [id, row] of cpPlans) {
    const referral = referralRef(row, 'cppl_referral_id', 'cppl_person_id');
    const start = v.date(row, 'cppl_cp_plan_start_date', true);
    const end = v.date(row, 'cppl_cp_plan_end_date');
    v.order(row, 'cppl_cp_plan_end_date', end, start, 'start');
    if (row.cppl_icpc_id) known(row, 'cppl_icpc_id', icpcs, 'ssd_initial_cp_conference');
    if (referral === null) continue;
    planReferral.set(id, referral);
    planEnd.set(id, end);
    step(row, 'cppl_person_id', {
      ref: `cp_plan:${id}`,
      parents: { referral_id: referral },
      incoming: {
        table: 'cp_plan',
        key: { start_date: start },
        values: {
          end_date: end,
          initial_category: v.code(row, 'cppl_cp_plan_initial_category', [CATEGORY_OF_ABUSE], true),
          latest_category: v.code(row, 'cppl_cp_plan_latest_category', [CATEGORY_OF_ABUSE], true),
        },
        defaults: keptId(row, 'cppl_cp_plan_id'),
      },
      fields: {
        end_date: 'cppl_cp_plan_end_date',
        initial_category: 'cppl_cp_plan_initial_category',
        latest_category: 'cppl_cp_plan_latest_category',
      },
    });
  }
  for (const [id, row] of icpcs) {
    outcomeJson(row, 'icpc_icpc_outcome_json');
    const s47 = known(row, 'icpc_s47_enquiry_id', s47s, 'ssd_s47_enquiry', false);
    const cpPlan = known(row, 'icpc_cp_plan_id', cpPlans, 'ssd_cp_plans', false);
    // The referral, else the enquiry's or the plan's.
    const referral = row.icpc_referral_id
      ? referralRef(row, 'icpc_referral_id', 'icpc_person_id')
      : s47 !== null && s47s.get(s47)!.s47e_referral_id
        ? `referral:${s47s.get(s47)!.s47e_referral_id}`
        : cpPlan !== null
          ? (planReferral.get(cpPlan) ?? null)
          : v.text(row, 'icpc_referral_id', true);
    const plan = flag(row, 'icpc_icpc_outcome_cp_flag');
    if (referral !== null)
      step(row, 'icpc_person_id', {
        ref: `icpc:${id}`,
        parents: { referral_id: referral },
        links: {
          ...(s47 === null ? {} : { s47_id: `s47:${s47}` }),
          ...(cpPlan === null ? {} : { cp_plan_id: `cp_plan:${cpPlan}` }),
        },
        incoming: {
          table: 'cp_conference',
          key: { kind: 'initial', conference_date: v.date(row, 'icpc_icpc_date', true) },
          values: { outcome: plan === null ? null : plan ? 'plan' : 'no_plan' },
          defaults: { outcome: cpPlan !== null ? 'plan' : 'no_plan', ...keptId(row, 'icpc_icpc_id') },
        },
        fields: {
          outcome: 'icpc_icpc_outcome_cp_flag',
          s47_id: 'icpc_s47_enquiry_id',
          cp_plan_id: 'icpc_cp_plan_id',
        },
      });
  }
  for (const row of rows('ssd_cp_reviews')) {
    const planId = known(row, 'cppr_cp_plan_id', cpPlans, 'ssd_cp_plans');
    const date = v.date(row, 'cppr_cp_review_date', true);
    const continues = flag(row, 'cppr_cp_review_outcome_continue_cp');
    if (planId === null || !planReferral.has(planId)) continue;
    if (cpPlans.get(planId)!.cppl_person_id !== row.cppr_person_id)
      v.problem(row, 'cppr_cp_plan_id', `${planId} is another child's plan`);
    step(row, 'cppr_person_id', {
      parents: { referral_id: planReferral.get(planId)!, cp_plan_id: `cp_plan:${planId}` },
      incoming: {
        table: 'cp_conference',
        key: { kind: 'review', conference_date: date },
        values: { outcome: continues === null ? null : continues ? 'continue' : 'end_plan' },
        defaults: {
          outcome: date !== null && date === planEnd.get(planId) ? 'end_plan' : 'continue',
          ...keptId(row, 'cppr_cp_review_id'),
        },
      },
      fields: { outcome: 'cppr_cp_review_outcome_continue_cp' },
    });
  }
}

/** Visits to children in need, on plans and looked after. */
function planVisits(c: Context): void {
  const { v, rows, flag, keptId, step } = c;
  for (const [kind, prefix] of [
    ['cin', 'cinv'],
    ['cp', 'cppv'],
    ['cla', 'clav'],
  ] as const) {
    for (const row of rows(`ssd_${kind}_visits`)) {
      const seen = flag(row, `${prefix}_${kind}_visit_seen`);
      if (seen === null) v.text(row, `${prefix}_${kind}_visit_seen`, true);
      step(row, `${prefix}_person_id`, {
        incoming: {
          table: 'visit',
          key: { kind, visit_date: v.date(row, `${prefix}_${kind}_visit_date`, true) },
          values: { child_seen: seen, seen_alone: flag(row, `${prefix}_${kind}_visit_seen_alone`) },
          defaults: keptId(row, `${prefix}_${kind}_visit_id`),
        },
        fields: {
          child_seen: `${prefix}_${kind}_visit_seen`,
          seen_alone: `${prefix}_${kind}_visit_seen_alone`,
        },
      });
    }
  }
}

/** Looked after: episodes (with their placement and legal status), reviews, health and missing episodes. */
function planLookedAfter(c: Context) {
  const { v, rows, plan, skip, flag, number, oneOf, keptId, sources, index, byPerson, step, files } = c;
  // Looked after: each SSD episode with its placement and legal status is one of Hearth's (SSDA903) episodes.
  const episodes = index('ssd_cla_episodes', 'clae_cla_episode_id');
  const placements = index('ssd_cla_placement', 'clap_cla_placement_id');
  const legalStatuses = byPerson('ssd_legal_status', 'lega_person_id');
  const patterns = byPerson('hearth_visit_patterns', 'person_id');
  const usedPlacements = new Set<string>();
  const usedStatuses = new Set<SourceRow>();
  const periodPerson = new Map<string, string>();
  const lastEnd = new Map<string, { start: string; end: string | null }>();
  const patternFile = files.tables.has('hearth_visit_patterns');
  for (const rowsOf of patterns.values())
    for (const p of rowsOf) {
      oneOf(p, 'pattern', { '6-weekly': '6-weekly', '3-monthly': '3-monthly' }, true);
      const start = v.date(p, 'start_date', true);
      v.order(p, 'end_date', v.date(p, 'end_date'), start, 'start');
    }
  for (const [id, row] of episodes) {
    const person = `person:${row.clae_person_id}`;
    const start = v.date(row, 'clae_cla_episode_start_date', true);
    const end = v.date(row, 'clae_cla_episode_ceased_date');
    v.order(row, 'clae_cla_episode_ceased_date', end, start, 'start');
    v.together(row, 'clae_cla_episode_ceased_date', 'clae_cla_episode_ceased_reason');
    const period = v.text(row, 'clae_cla_id');
    if (period !== null) periodPerson.set(period, row.clae_person_id ?? '');
    const placementId = row.clae_cla_placement_id ?? '';
    const placement =
      placements.get(placementId) ??
      rows('ssd_cla_placement').find(
        (p) =>
          p.clap_person_id === row.clae_person_id &&
          p.clap_cla_placement_start_date === row.clae_cla_episode_start_date,
      );
    if (!placement)
      v.problem(
        row,
        'clae_cla_placement_id',
        'no placement in ssd_cla_placement.csv is this episode’s; Hearth needs its type',
      );
    else usedPlacements.add(placement.clap_cla_placement_id ?? '');
    const statuses = legalStatuses.get(person) ?? [];
    const status =
      statuses.find((s) => s.lega_legal_status_id === id) ??
      statuses
        .filter((s) => {
          const from = SSD_DATE.read(s.lega_legal_status_start_date ?? '');
          const to = SSD_DATE.read(s.lega_legal_status_end_date ?? '');
          return start !== null && from !== null && from <= start && (to === null || to >= start);
        })
        .sort((a, b) => (a.lega_legal_status_start_date! < b.lega_legal_status_start_date! ? -1 : 1))
        .at(-1);
    if (!status)
      v.problem(
        row,
        'clae_cla_episode_start_date',
        'no legal status in ssd_legal_status.csv is in force on this date; Hearth needs one',
      );
    else usedStatuses.add(status);
    // A pattern covers the episodes that start within it: one ending on a day another starts (as SSDA903
    // episodes do) does not cover the next.
    const longTerm =
      start !== null &&
      (patterns.get(person) ?? []).some(
        (p) =>
          p.pattern === '3-monthly' &&
          (p.start_date === start || (p.start_date! < start && (!p.end_date || p.end_date > start))),
      );
    const previous = lastEnd.get(person);
    if (start !== null && (!previous || previous.start <= start)) lastEnd.set(person, { start, end });
    const p = placement;
    step(row, 'clae_person_id', {
      ref: `cla_episode:${id}`,
      incoming: {
        table: 'cla_episode',
        key: { start_date: start },
        values: {
          rne: v.code(row, 'clae_cla_episode_start_reason', [RNE], true),
          category_of_need: v.code(row, 'clae_cla_primary_need_code', [CATEGORY_OF_NEED], true),
          end_date: end,
          reason_end: v.code(row, 'clae_cla_episode_ceased_reason', [REC]),
          legal_status: status ? v.code(status, 'lega_legal_status', [LS], true) : null,
          placement_type: p ? v.code(p, 'clap_cla_placement_type', [PLACE], true) : null,
          placement_provider: p ? v.code(p, 'clap_cla_placement_provider', [PLACE_PROVIDER]) : null,
          placement_postcode: p ? v.text(p, 'clap_cla_placement_postcode') : null,
          urn: p ? v.text(p, 'clap_cla_placement_urn') : null,
          reason_place_change: p
            ? v.code(p, 'clap_cla_placement_change_reason', [REASON_PLACE_CHANGE])
            : null,
          long_term_placement: patternFile ? longTerm : null,
        },
        defaults: keptId(row, 'clae_cla_episode_id'),
      },
      fields: {
        rne: 'clae_cla_episode_start_reason',
        category_of_need: 'clae_cla_primary_need_code',
        end_date: 'clae_cla_episode_ceased_date',
        reason_end: 'clae_cla_episode_ceased_reason',
      },
    });
    const planned = plan.steps.at(-1)!;
    if (planned.row === row) {
      if (status) planned.sources.legal_status = [status, 'lega_legal_status'];
      if (p)
        Object.assign(
          planned.sources,
          sources(p, {
            placement_type: 'clap_cla_placement_type',
            placement_provider: 'clap_cla_placement_provider',
            placement_postcode: 'clap_cla_placement_postcode',
            urn: 'clap_cla_placement_urn',
            reason_place_change: 'clap_cla_placement_change_reason',
          }),
        );
    }
  }
  for (const [id, row] of placements)
    if (!usedPlacements.has(id))
      skip(row, 'placements that are no episode’s (Hearth records a change of placement as a new episode)');
  for (const statuses of legalStatuses.values())
    for (const s of statuses)
      if (!usedStatuses.has(s))
        skip(
          s,
          'legal statuses that start no episode (Hearth records a change of legal status as a new episode)',
        );

  for (const row of rows('ssd_cla_reviews')) {
    const period = v.text(row, 'clar_cla_id', true);
    if (period !== null && !periodPerson.has(period)) {
      v.problem(row, 'clar_cla_id', `${period} is no episode's clae_cla_id in ssd_cla_episodes.csv`);
      continue;
    }
    if (flag(row, 'clar_cla_review_cancelled')) {
      skip(row, 'cancelled reviews');
      continue;
    }
    if (period === null) continue;
    const person = `person:${periodPerson.get(period)}`;
    plan.steps.push({
      row,
      parents: { person_id: person },
      incoming: {
        table: 'cla_review',
        key: { review_date: v.date(row, 'clar_cla_review_date', true) },
        values: { participation: v.code(row, 'clar_cla_review_participation', [REVIEW_CODE]) },
        defaults: keptId(row, 'clar_cla_review_id'),
      },
      sources: sources(row, { participation: 'clar_cla_review_participation' }),
    });
  }
  for (const row of rows('ssd_sdq_scores'))
    step(row, 'csdq_person_id', {
      incoming: {
        table: 'health_event',
        key: { kind: 'sdq', event_date: v.date(row, 'csdq_sdq_completed_date', true) },
        values: { sdq_score: number(row, 'csdq_sdq_score', 0, 40) },
        defaults: keptId(row, 'csdq_table_id'),
      },
      fields: { sdq_score: 'csdq_sdq_score' },
    });
  for (const row of rows('ssd_cla_immunisations')) {
    const upToDate = flag(row, 'clai_immunisations_status');
    if (!upToDate) {
      skip(row, 'immunisations not up to date (Hearth records when they are)');
      continue;
    }
    step(row, 'clai_person_id', {
      incoming: {
        table: 'health_event',
        key: { kind: 'immunisations', event_date: v.date(row, 'clai_immunisations_status_date', true) },
        values: {},
      },
    });
  }
  for (const row of rows('ssd_cla_health')) {
    const kind = oneOf(row, 'clah_health_check_type', HEALTH_CHECK_KIND, true);
    const status = v.text(row, 'clah_health_check_status') ?? 'Completed';
    if (!HEALTH_CHECK_STATUS.includes(status))
      v.problem(
        row,
        'clah_health_check_status',
        `"${status}" is not one of ${HEALTH_CHECK_STATUS.join(', ')}`,
      );
    else if (status !== 'Completed') {
      skip(row, 'health checks not completed (Hearth records those done)');
      continue;
    }
    step(row, 'clah_person_id', {
      incoming: {
        table: 'health_event',
        key: { kind, event_date: v.date(row, 'clah_health_check_date', true) },
        values: {},
        defaults: keptId(row, 'clah_health_check_id'),
      },
    });
  }
  for (const row of rows('ssd_missing')) {
    const start = v.date(row, 'miss_missing_episode_start_date', true);
    const end = v.date(row, 'miss_missing_episode_end_date');
    v.order(row, 'miss_missing_episode_end_date', end, start, 'start');
    const offered = flag(row, 'miss_missing_rhi_offered');
    const accepted = flag(row, 'miss_missing_rhi_accepted');
    if (accepted !== null && !offered)
      v.problem(row, 'miss_missing_rhi_accepted', 'is given, but no return interview was offered');
    step(row, 'miss_person_id', {
      incoming: {
        table: 'missing_episode',
        key: { kind: v.code(row, 'miss_missing_episode_type', [MISSING], true), start_date: start },
        values: { end_date: end, return_interview_accepted: accepted },
        // Offered, date not given: recorded as offered on the child's return (the start while missing).
        defaults: {
          return_interview_offered_date: offered ? (end ?? start) : null,
          ...keptId(row, 'miss_table_id'),
        },
      },
      fields: {
        end_date: 'miss_missing_episode_end_date',
        return_interview_accepted: 'miss_missing_rhi_accepted',
      },
    });
  }
  return lastEnd;
}

/** Care leavers, and their latest contact. */
function planLeavingCare(c: Context, lastEnd: ReturnType<typeof planLookedAfter>): void {
  const { v, rows, oneOf, keptId, people, step, skip } = c;
  for (const row of rows('ssd_care_leavers')) {
    // Data to Insight's SQL lists every young person the legacy system assessed, saying so of those who are not.
    if (/^no current eligibility$/i.test(row.clea_care_leaver_eligibility ?? '')) {
      skip(row, 'young people with no current eligibility (not care leavers)');
      continue;
    }
    const person = `person:${row.clea_person_id}`;
    const contact = v.date(row, 'clea_care_leaver_latest_contact');
    const accommodation = v.code(row, 'clea_care_leaver_accommodation', [ACCOM]);
    // Suitability as the code's digit (1 suitable, 2 not), or in words.
    const given = v.text(row, 'clea_care_leaver_accom_suitable');
    const suitable = /^suitable$/i.test(given ?? '')
      ? '1'
      : /^(not suitable|unsuitable)$/i.test(given ?? '')
        ? '2'
        : given;
    if (suitable !== null && accommodation !== null && suitable !== accommodation.slice(1))
      v.problem(
        row,
        'clea_care_leaver_accom_suitable',
        `${suitable} disagrees with the accommodation code ${accommodation}`,
      );
    const pathway = v.date(row, 'clea_pathway_plan_review_date');
    const eligibility = oneOf(row, 'clea_care_leaver_eligibility', ELIGIBILITY_CODE, true);
    const start =
      leavingCareStart(eligibility, people.get(row.clea_person_id ?? ''), lastEnd.get(person)) ??
      contact ??
      pathway;
    if (start === null)
      v.problem(
        row,
        'clea_person_id',
        'has no date of birth, episode, contact or pathway plan; Hearth needs a start',
      );
    step(row, 'clea_person_id', {
      incoming: {
        table: 'care_leaver',
        key: {},
        values: {
          eligibility,
          personal_adviser: v.text(row, 'clea_care_leaver_personal_advisor'),
          pathway_plan_date: pathway,
        },
        defaults: { start_date: start, ...keptId(row, 'clea_table_id') },
      },
      fields: {
        eligibility: 'clea_care_leaver_eligibility',
        personal_adviser: 'clea_care_leaver_personal_advisor',
        pathway_plan_date: 'clea_pathway_plan_review_date',
      },
    });
    if (contact !== null)
      step(row, 'clea_person_id', {
        incoming: {
          table: 'care_leaver_contact',
          key: { contact_date: contact },
          values: {
            in_touch: v.code(row, 'clea_care_leaver_in_touch', [IN_TOUCH], true),
            accommodation,
            activity: v.code(row, 'clea_care_leaver_activity', [ACTIV]),
          },
        },
        fields: {
          in_touch: 'clea_care_leaver_in_touch',
          accommodation: 'clea_care_leaver_accommodation',
          activity: 'clea_care_leaver_activity',
        },
      });
  }
}

/** Adoptions and pre-proceedings. */
function planPermanence(c: Context): void {
  const { v, rows, skip, flag, keptId, step } = c;
  for (const row of rows('ssd_permanence')) {
    const decision = v.date(row, 'perm_adm_decision_date');
    const type = v.text(row, 'perm_permanence_order_type');
    if (decision === null) {
      skip(
        row,
        'permanence with no decision that the child should be placed for adoption (Hearth holds adoptions)',
      );
      continue;
    }
    if (type !== null && type !== 'Adoption')
      v.problem(
        row,
        'perm_permanence_order_type',
        `"${type}" is not Adoption, but the row has an adoption decision`,
      );
    const ceased = v.date(row, 'perm_decision_reversed_date');
    v.order(row, 'perm_decision_reversed_date', ceased, decision, 'decision');
    const adopters = v.code(row, 'perm_number_of_adopters', [NB_ADOPTR]);
    step(row, 'perm_person_id', {
      incoming: {
        table: 'adoption',
        key: { decision_date: decision },
        values: {
          placement_order_date: v.date(row, 'perm_placement_order_date'),
          placed_date: v.date(row, 'perm_placed_for_adoption_date'),
          matched_date: v.date(row, 'perm_matched_date'),
          ceased_date: ceased,
          ceased_reason: v.code(row, 'perm_decision_reversed_reason', [REASON_PLACED_CEASED]),
          adoption_order_date: v.date(row, 'perm_permanence_order_date'),
          foster_care: flag(row, 'perm_adopted_by_carer_flag'),
          sex_of_adopters: v.code(row, 'perm_adopter_sex', [SEX_ADOPTR]),
          legal_status_of_adopters: v.code(row, 'perm_adopter_legal_status', [LS_ADOPTR]),
          number_of_adopters: adopters === null ? null : Number(adopters),
        },
        defaults: keptId(row, 'perm_table_id'),
      },
      fields: {
        placement_order_date: 'perm_placement_order_date',
        placed_date: 'perm_placed_for_adoption_date',
        matched_date: 'perm_matched_date',
        ceased_date: 'perm_decision_reversed_date',
        ceased_reason: 'perm_decision_reversed_reason',
        adoption_order_date: 'perm_permanence_order_date',
        foster_care: 'perm_adopted_by_carer_flag',
        sex_of_adopters: 'perm_adopter_sex',
        legal_status_of_adopters: 'perm_adopter_legal_status',
        number_of_adopters: 'perm_number_of_adopters',
      },
    });
  }
  for (const row of rows('ssd_pre_proceedings')) {
    const decision = v.date(row, 'prep_pre_pro_decision_date', true);
    const end = v.date(row, 'prep_agree_stepdown_issue_date');
    v.order(row, 'prep_agree_stepdown_issue_date', end, decision, 'decision');
    step(row, 'prep_person_id', {
      incoming: {
        table: 'pre_proceedings',
        key: { decision_date: decision },
        values: {
          letter_before_proceedings_date: v.date(row, 'prep_pre_pro_letter_date'),
          end_date: end,
          outcome: v.code(row, 'prep_pre_pro_outcome', [PRE_PROCEEDINGS_OUTCOME]),
        },
        defaults: keptId(row, 'prep_table_id'),
      },
      fields: {
        letter_before_proceedings_date: 'prep_pre_pro_letter_date',
        end_date: 'prep_agree_stepdown_issue_date',
        outcome: 'prep_pre_pro_outcome',
      },
    });
  }
}

/**
 * The role of the case-holding allocation: Allocated worker, as Hearth writes it, or the words legacy
 * systems' lookups give it (Liquidlogic's involvement type CW, Case Worker), in any case.
 */
const ALLOCATED_WORKER = /^(allocated (social |case )?worker|case worker|cw)$/i;

/** Allocations (involvements) and case supervision. */
function planAllocations(c: Context, { teams, workers, teamByName }: ReturnType<typeof planWorkforce>): void {
  const { v, rows, skip, keptId, known, step } = c;
  const involvements = rows('ssd_involvements');
  for (const row of involvements) {
    const role = v.text(row, 'invo_professional_role_id');
    if (role !== null && !ALLOCATED_WORKER.test(role)) {
      skip(
        row,
        `involvements in roles other than Allocated worker (Hearth holds the case-holding allocation)`,
      );
      continue;
    }
    const worker = known(row, 'invo_professional_id', workers, 'ssd_professionals', false);
    const team =
      known(row, 'invo_professional_team', teams, 'ssd_department', false) ??
      (worker === null
        ? null
        : (teamByName.get(workers.get(worker)!.prof_professional_department ?? '')?.dept_team_id ?? null));
    if (team === null && !row.invo_professional_team)
      v.problem(row, 'invo_professional_team', 'is missing, and no worker says which team; Hearth needs it');
    const start = v.date(row, 'invo_involvement_start_date', true);
    const end = v.date(row, 'invo_involvement_end_date');
    v.order(row, 'invo_involvement_end_date', end, start, 'start');
    if (team !== null)
      step(row, 'invo_person_id', {
        parents: { team_id: `team:${team}` },
        links: worker === null ? {} : { worker_id: `worker:${worker}` },
        incoming: {
          table: 'allocation',
          key: { start_date: start },
          values: { end_date: end, change_reason: v.code(row, 'invo_worker_change_reason', [SW_REASON]) },
          defaults: keptId(row, 'invo_involvements_id'),
        },
        fields: {
          end_date: 'invo_involvement_end_date',
          change_reason: 'invo_worker_change_reason',
          worker_id: 'invo_professional_id',
        },
      });
  }
  for (const row of rows('hearth_case_supervisions')) {
    const worker = known(row, 'worker_id', workers, 'ssd_professionals', false);
    step(row, 'person_id', {
      links: worker === null ? {} : { supervisor_worker_id: `worker:${worker}` },
      incoming: {
        table: 'case_supervision',
        key: { supervision_date: v.date(row, 'supervision_date', true) },
        values: {},
      },
      fields: { supervisor_worker_id: 'worker_id' },
    });
  }
}

/** What the files hold that Hearth does not, and what it inferred. */
function listNotImported(c: Context, teams: Map<string, SourceRow>): void {
  const { plan, skipped, files } = c;
  const read = FIELDS_READ.get(files);
  for (const [table, { file, rows: tableRows }] of files.tables) {
    const seen = new Set(read?.get(table));
    const unread = (SSD_TABLES.get(table) ?? SSD_SIDE_FILES.get(table) ?? [])
      .filter((field) => !seen.has(field))
      .map((field) => [field, tableRows.filter((r) => (r[field] ?? '') !== '').length] as const)
      .filter(([, n]) => n > 0);
    if (unread.length === 0) continue;
    if (seen.size === 0)
      plan.notImported.push(`${file}: ${tableRows.length} rows (Hearth does not hold ${table})`);
    else
      plan.notImported.push(
        `${file}: ${unread.map(([f, n]) => `${f} (${n})`).join(', ')} (Hearth does not hold these)`,
      );
  }
  for (const [what, n] of skipped) plan.notImported.push(`${what.replace(': ', `: ${n} `)}`);
  if (!files.tables.has('hearth_team_types') && teams.size > 0)
    plan.notes.push(
      'no hearth_team_types.csv: teams others belong to are services, the rest children’s teams',
    );
}

/** Checks every row and plans the records Hearth holds, in the order they can be placed. */
function planImport(files: SsdImportFiles, laCode: string, problems: string[]): Plan {
  const c = planningContext(files, laCode, problems);
  planAuthority(c);
  const workforce = planWorkforce(c);
  planPeople(c);
  planChildProtection(c, planChildrenInNeed(c));
  planVisits(c);
  planLeavingCare(c, planLookedAfter(c));
  planPermanence(c);
  planAllocations(c, workforce);
  listNotImported(c, workforce.teams);
  return c.plan;
}

/**
 * Imports an SSD directory into the actor's authority, in the caller's transaction (one per run): every
 * row is checked first and any problem stops the run before anything is written; a conflict with the record
 * held stops it after, and the caller's transaction rolls back. Throws ImportError with every problem.
 *
 * Teams and workers the files name are found by name (a worker within their team) or created; workers are
 * created without a Hearth user account, so cannot sign in until an administrator gives them one (said in
 * the summary's notes).
 */
export async function importSsd(trx: Trx, actor: Actor, files: SsdImportFiles): Promise<ImportSummary> {
  const problems: string[] = [];
  const plan = planImport(files, actor.laCode, problems);
  if (problems.length > 0) throw new ImportError(problems);

  const run = new ImportRun(trx, actor, 'ssd', NEW_RECORDS_WRITTEN_TOGETHER);
  const v = checks(run.problems);
  const reason = 'Imported from Standard Safeguarding Dataset files';
  const placed = new Map<string, { id: string; created: boolean }>();
  const resolve = (refs: Record<string, string> = {}): RecordValues =>
    Object.fromEntries(Object.entries(refs).map(([column, ref]) => [column, placed.get(ref)?.id ?? null]));
  const count = (
    kind: 'inserted' | 'updated' | 'unchanged',
    table: 'team' | 'worker' | 'authority_population',
  ) => {
    run.summary[kind][table] = (run.summary[kind][table] ?? 0) + 1;
  };
  await run.beginFile();

  let newWorkers = 0;
  for (const staff of plan.staff) {
    const values = { ...staff.values, ...resolve(staff.links) };
    /* eslint-disable @typescript-eslint/no-explicit-any -- teams and workers are read alike */
    // The team or worker with the files' id (Hearth's own export), else with the name.
    const find = async (by: RecordValues): Promise<RecordValues | undefined> => {
      let query = (trx as any).selectFrom(staff.table).selectAll().where('voided_at', 'is', null);
      for (const [column, value] of Object.entries(by)) query = query.where(column, '=', value);
      return query.orderBy('id').executeTakeFirst();
    };
    const held =
      (staff.id === null ? undefined : await find({ id: staff.id })) ??
      (await find({ ...staff.key, ...(staff.table === 'worker' ? { team_id: values.team_id } : {}) }));
    if (!held) {
      const id = staff.id ?? crypto.randomUUID();
      const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
      await (trx as any)
        .insertInto(staff.table)
        .values({
          id,
          la_code: actor.laCode,
          recorded_by: actor.userId,
          ...staff.key,
          ...staff.defaults,
          ...given,
        })
        .execute();
      /* eslint-enable @typescript-eslint/no-explicit-any */
      await audit(trx, {
        laCode: actor.laCode,
        userId: actor.userId,
        action: 'record',
        subjectType: staff.table,
        subjectId: id,
        detail: { table: staff.table, id },
      });
      placed.set(staff.ref, { id, created: true });
      count('inserted', staff.table);
      if (staff.table === 'worker') newWorkers += 1;
      continue;
    }
    placed.set(staff.ref, { id: String(held.id), created: false });
    // What the files say must agree with what is held (blanks held are left: teams and workers are
    // completed on their own pages).
    const conflicts = Object.entries(values).filter(
      ([column, value]) =>
        value !== null &&
        held[column] !== null &&
        String(held[column]) !== String(value) &&
        Number(held[column]) !== Number(value),
    );
    for (const [column, value] of conflicts)
      run.problem(
        `${v.at(staff.row)}: the file gives ${column} ${String(value)} where ${staff.table} ${String(held.name)} holds ${String(held[column])}`,
      );
    count('unchanged', staff.table);
  }

  const authority = await trx
    .selectFrom('local_authority')
    .select('name')
    .where('la_code', '=', actor.laCode)
    .executeTakeFirst();
  for (const row of files.tables.get('hearth_authority')?.rows ?? [])
    if (authority && row.name && row.name !== authority.name)
      plan.notImported.push(
        `${v.at(row, 'name')}: ${row.name} (the authority is ${authority.name} in Hearth; the service's operators rename it)`,
      );
  for (const { row, year, population } of plan.population) {
    const held = await trx
      .selectFrom('authority_population')
      .select('population')
      .where('year', '=', year)
      .executeTakeFirst();
    if (!held) {
      await trx
        .insertInto('authority_population')
        .values({ la_code: actor.laCode, year, population })
        .execute();
      count('inserted', 'authority_population');
    } else if (held.population !== population)
      run.problem(
        `${v.at(row, 'population_0_17')}: the file gives ${population} where the record holds ${held.population} for ${year}`,
      );
    else count('unchanged', 'authority_population');
  }

  for (const step of plan.steps) {
    const parent = resolve(step.parents);
    const fresh =
      Boolean(placed.get(step.parents.person_id ?? '')?.created) && step.incoming.table !== 'person';
    const planned = {
      ...step,
      incoming: { ...step.incoming, values: { ...step.incoming.values, ...resolve(step.links) } },
    };
    const result = await run.placePlanned(planned, parent, fresh, v, reason);
    if (step.ref) placed.set(step.ref, result);
  }
  const summary = await run.finish([...files.tables.values()].map((t) => t.file));
  const notes = [...plan.notes];
  if (newWorkers > 0)
    notes.push(
      `${newWorkers} worker${newWorkers === 1 ? '' : 's'} created without a Hearth user account: they cannot sign in until an administrator links one`,
    );
  return { ...summary, notImported: plan.notImported, notes };
}
