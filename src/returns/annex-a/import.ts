/**
 * Ofsted's Annex A workbook (Lists 1 to 11, as export.ts writes it) read back into the record, for a
 * council migrating from a legacy system that already produces it. It goes through the shared import
 * machinery (../import-record.ts) as the CIN census and SSDA903 importers do: natural keys, all or nothing
 * in one transaction, repeatable, several files describing one child merged into one record.
 *
 * What each list gives, and where it goes:
 * - every list: the child (Child Unique ID, Gender, Ethnicity, Date of Birth, and on Lists 4 to 10 whether
 *   they have a disability; on Lists 8 and 9 whether they are or were an unaccompanied asylum seeker);
 * - List 1: a contact (date, source); List 2: an early help assessment (start, completion, organisation);
 * - Lists 3 and 6: a referral by its date (source and NFA from List 3; primary need, closure from List 6),
 *   and List 6's "Date Child Was Last Seen" as a visit at which the child was seen;
 *   and "Case Status" c) Child in need plan as an open CIN plan of the referral;
 * - List 4: a child and family assessment; List 5: a section 47 enquiry with its initial conference;
 *   List 7: a child protection plan with its latest review conference and its last statutory visit;
 * - List 8: the latest period of care as episodes (see below), its latest review, social work visit, health
 *   assessment, dental check and permanence plan;
 * - List 9: a care leaver and their latest contact; List 10: an adoption decision and its dates;
 * - Allocated Team and Allocated Worker (Lists 3 to 9): the child's allocation, the team and worker found
 *   by name or added.
 * List 11 (prospective adopters) and sheets that are not Lists 1 to 11 are not imported, and said so.
 *
 * Workbooks are read as authorities produce them (from Ofsted's template, their case system's report or
 * Data to Insight's queries), leniently about layout and naming only: a list's sheet may be named "List 1",
 * "List_1" or "List 1 - Contacts", or be known by its columns; its headers may sit below a title, in any
 * case, spacing, punctuation or quotes, under a few other names real files use (readAnnexAWorkbook); the
 * columns Hearth does not read may be absent, extra columns are listed as not imported, and hidden sheets
 * are not read. Values are checked exactly: a date is an Excel date or DD/MM/YYYY or YYYY-MM-DD text, with
 * or without a time of day; an answer is the template's (letter, spacing and typographic quotes aside) or
 * its bare code.
 *
 * What Hearth needs that Annex A does not say is inferred, and never conflicts with the record (`defaults`):
 * - a child's names are left blank ('') until recorded; "Does the Child have a Disability" a) Yes records
 *   the code DDA (a disability under the Equality Act not in another category), b) No records NONE;
 * - an unaccompanied asylum seeker since the start of the period of care List 8 gives, else since birth
 *   (b) No says nothing: the child may have been one before the last 12 months);
 * - an assessment, enquiry or plan belongs to the child's latest referral on or before its start (a referral
 *   with source 10, unknown, is added on its start when there is none); a referral only List 6 gives (one
 *   before the six months) has source 10, unknown;
 * - an open CIN plan (Case Status c) started on the latest authorisation of an assessment on or after the
 *   referral, else on the referral's date;
 * - a child seen during an assessment was seen on its start; an authorised assessment that found the child
 *   needed support continues it (outcome continue_support), one that did not ends (nfa);
 * - an enquiry with an initial conference ended on it with outcome icpc; a review conference on the plan's
 *   end date ended the plan, any other continued it;
 * - a period of care: an episode from "Date Started to be Looked After" (RNE S), and a second from "Start
 *   Date of Most Recent Placement" when later (RNE P), the first ending on that day (REC X1); both hold the
 *   current legal status, category of need and placement (the earlier ones are not in Annex A);
 * - a health assessment is a review health assessment; a permanence plan was made on the start of the
 *   period of care; a care leaver has been one since their 16th birthday;
 * - a statutory or social work visit whose answer does not say the child was seen records them as not seen;
 * - an allocation started on the earliest date the file gives for the child; a new team is a children's team.
 *
 * "Age of Child (Years)" is worked out from the date of birth, and not read. Columns Annex A works out from
 * records it does not list (see NOT_RECOVERED) are not imported: a round trip keeps them only where the
 * records they count were in the workbook too. Columns Hearth does not hold (spec.ts NOT_HELD) are not
 * imported; any values a file gives in them are counted in the summary's `notImported`. List 9 is in the
 * order the young people became care leavers, a date Annex A does not give: a round trip keeps its rows,
 * not their order.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { audit } from '../../access/audit.ts';
import type { RecordValues } from '../../casework/record.ts';
import type { Actor, Trx } from '../../db/database.ts';
import { isCode, LS, PLACE, PLACE_PROVIDER, REC, type CodeList } from '../../domain/codes.ts';
import { addCalendarMonths, dateOfText, formatDmy, isIsoDate } from '../../domain/dates.ts';
import {
  FieldChecks,
  ImportError,
  ImportRun,
  type DateFormat,
  type ImportSummary,
  type Planned,
  type SourceRow,
} from '../import-record.ts';
import * as L from './spec.ts';
import { COLUMNS, SHEETS, type SheetName } from './spec.ts';

/**
 * Columns the importer does not write: what Annex A works out from records it does not list (counts over
 * the last 12 months, flags from other records), and facts it gives without the records
 * Hearth holds them in (the start of the current legal status needs the legal status before it; the date
 * the child entered care and the fostering-for-adoption date, for a child not on List 8, need their
 * episodes). Each holds after a round trip only when what it is worked out from was in the workbook too.
 */
export const NOT_RECOVERED: Partial<Record<SheetName, readonly string[]>> = {
  'List 3': ['Number of Referrals in Last 12 Months'],
  'List 5': ['Number of Section 47 Enquiries in the last 12 months', 'Number of ICPCs in the last 12 months'],
  'List 7': [
    'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)',
  ],
  'List 8': [
    'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
    'Start date of current legal status',
    'Number of Placements in the Last 12 months',
    "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
    'Was the child offered a Return Interview after their last missing episode (Y/N)?',
    'Did the child accept a Return Interview after their last missing episode (Y/N)?',
  ],
  'List 10': [
    'Date the Child Entered Care',
    'Date the child was placed for fostering in FFA or concurrent planning placement',
  ],
};

/** An Annex A workbook as read: each list's rows keyed by the spec's headers, every value a string. */
export interface AnnexAImportFile {
  file: string;
  lists: Partial<Record<SheetName, SourceRow[]>>;
  /** Sheets and columns the file has that are not imported. */
  notImported: string[];
}

/** Where each read row came from. */
const ORIGIN = new WeakMap<SourceRow, { file: string; sheet: string; row: number }>();

/** Typographic quotes and dashes as the plain characters they stand for (Excel's autocorrect writes them). */
const plain = (text: string): string =>
  text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');

/**
 * A header as compared: case, spaces, line breaks, punctuation and typographic quotes do not matter
 * ("Child's Category of Need", "Child’s category of need", "Childs Category Of Need" and "ChildsCategoryOfNeed"
 * are one header; so are "Referral NFA?" and "Referral NFA").
 */
const headerKey = (text: string): string =>
  plain(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/**
 * Other names real workbooks give a column. Each is the same question under another wording, seen in the
 * sector's Annex A readers: "Child ID" (SocialFinanceDigitalLabs/liia-tools, tests/annex_a/test_configuration.py,
 * and its column map's header patterns); the older wordings of List 5's first two columns
 * (CSCDP/AnnexA_CiNCensus_Cleaner, examples/custom-mappings.yml); "Sex" for "Gender", as the DfE's returns
 * now name the same M/F/U field.
 */
const HEADER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Child Unique ID': ['Child ID'],
  Gender: ['Sex'],
  'Strategy discussion initiating Section 47 Enquiry Start Date': ['Section 47 Enquiry Start Date'],
  'Was an Initial Child Protection Conference deemed unnecessary?': [
    'Initial Child Protection Conference Not Required',
  ],
};

/**
 * Columns whose long wording changes between template versions, known by how they start (the sector's
 * readers match them the same way: liia-tools Annex_A_schema.yml, CSCDP annex_a_merge.yml).
 */
const HEADER_PREFIXES: Readonly<Record<string, string>> = {
  'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)':
    'Unaccompanied Asylum Seeking Child',
  'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)':
    'Unaccompanied Asylum Seeking Child',
};

/**
 * Columns the importer reads, which a list must have. The rest (the age, which is worked out from the date
 * of birth; NOT_RECOVERED; spec.ts NOT_HELD; every column of List 11, which is not imported) may be absent:
 * templates and authorities' reports differ in them, and Hearth does not read them.
 */
function readColumns(name: SheetName): readonly string[] {
  if (name === 'List 11') return [];
  const unread = new Set([
    'Age of Child (Years)',
    ...(NOT_RECOVERED[name] ?? []),
    ...(L.NOT_HELD[name] ?? []),
  ]);
  return COLUMNS[name].filter((c) => !unread.has(c));
}

/** The column a header names in a list, by its wording or another name (exact), else by how it starts. */
function columnOf(name: SheetName, header: string): { column: string; exact: boolean } | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  for (const column of COLUMNS[name]) {
    if (headerKey(column) === key) return { column, exact: true };
    if ((HEADER_ALIASES[column] ?? []).some((alias) => headerKey(alias) === key))
      return { column, exact: true };
  }
  for (const column of COLUMNS[name]) {
    const prefix = HEADER_PREFIXES[column];
    if (prefix !== undefined && key.startsWith(headerKey(prefix))) return { column, exact: false };
  }
  return undefined;
}

/**
 * The list a sheet's name gives: "List 1", "List_1", "List1", "List 1 - Contacts", "List 1 Contacts",
 * "LIST 10 Adoption" (case, separators and a description after the number do not matter).
 */
function listOfName(sheetName: string): SheetName | undefined {
  const match = /^list\s*[_.-]?\s*(\d{1,2})(?!\d)/i.exec(plain(sheetName).trim());
  if (!match) return undefined;
  const name = `List ${Number(match[1])}`;
  return (SHEETS as readonly string[]).includes(name) ? (name as SheetName) : undefined;
}

/** How many rows at the top of a sheet may hold a title or guidance above the headers. */
const HEADER_SEARCH_ROWS = 30;

/**
 * The header row of a list's sheet: among the first rows, the one naming most of the list's columns (the
 * template and authorities' reports put a title or guidance above it). Row 1 when none does.
 */
function headerRowOf(sheet: ExcelJS.Worksheet, name: SheetName): { row: number; named: number } {
  let best = { row: 1, named: 0 };
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const named = new Set<string>();
    sheet.getRow(r).eachCell((cell) => {
      const column = columnOf(name, cellText(cell.value))?.column;
      if (column) named.add(column);
    });
    if (named.size > best.named) best = { row: r, named: named.size };
  }
  return best;
}

/**
 * The list a sheet whose name is not a list's holds, known by its columns as the sector's pipeline knows
 * them (liia-tools DataSchema.get_table_from_headers): the one list whose every read column it has.
 */
function listOfHeaders(sheet: ExcelJS.Worksheet): SheetName | undefined {
  const found = SHEETS.filter((name) => {
    const wanted =
      name === 'List 11' ? ['Individual adopter identifier', 'Date enquiry received'] : readColumns(name);
    const { row } = headerRowOf(sheet, name);
    const named = new Set<string>();
    sheet.getRow(row).eachCell((cell) => {
      const column = columnOf(name, cellText(cell.value))?.column;
      if (column) named.add(column);
    });
    return wanted.every((c) => named.has(c));
  });
  return found.length === 1 ? found[0] : undefined;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value).trim();
}

/**
 * Reads an Annex A workbook's Lists 1 to 11 (problems: headers missing; ImportError). A list is found by
 * its sheet's name, else by its columns; its headers may sit below a title; a hidden sheet is not read.
 */
export function readAnnexAWorkbook(
  workbook: ExcelJS.Workbook,
  file: string,
  problems: string[],
): AnnexAImportFile {
  const result: AnnexAImportFile = { file, lists: {}, notImported: [] };
  const seen = new Map<SheetName, string>();
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') {
      result.notImported.push(`${file}: sheet "${sheet.name}" (hidden)`);
      continue;
    }
    const name = listOfName(sheet.name) ?? listOfHeaders(sheet);
    if (!name) {
      result.notImported.push(`${file}: sheet "${sheet.name}" (not one of Lists 1 to 11)`);
      continue;
    }
    if (seen.has(name)) {
      problems.push(
        `${file}, ${sheet.name}: a second sheet for ${name} (the first is "${seen.get(name)}"); give each list once`,
      );
      continue;
    }
    seen.set(name, sheet.name);
    const header = headerRowOf(sheet, name).row;
    const headers: { text: string; col: number; match: ReturnType<typeof columnOf> }[] = [];
    sheet.getRow(header).eachCell((cell, col) => {
      const text = cellText(cell.value);
      if (text !== '') headers.push({ text, col, match: columnOf(name, text) });
    });
    // A header in the list's wording is its column before one that only starts like it.
    const at = new Map<string, number>();
    for (const exact of [true, false])
      for (const { col, match } of headers)
        if (match && match.exact === exact && !at.has(match.column)) at.set(match.column, col);
    const read = new Set(at.values());
    for (const { text, col, match } of headers)
      if (read.has(col)) continue;
      else if (match)
        result.notImported.push(
          `${file}, ${sheet.name}: column "${text}" (another column is read as "${match.column}")`,
        );
      else result.notImported.push(`${file}, ${sheet.name}: column "${text}" (not one of ${name}'s)`);
    const wanted = readColumns(name);
    const missing = wanted.filter((c) => !at.has(c));
    if (missing.length > 0) {
      problems.push(
        `${file}, ${sheet.name}: the columns ${missing.map((m) => `"${m}"`).join(', ')} are missing`,
      );
      continue;
    }
    const list: SourceRow[] = [];
    let unread = 0;
    for (let r = header + 1; r <= sheet.rowCount; r++) {
      const cells = sheet.getRow(r);
      const row: SourceRow = {};
      for (const [column, col] of at) row[column] = cellText(cells.getCell(col).value);
      if (Object.values(row).every((v) => v === '')) continue;
      if (name !== 'List 11' && wanted.every((c) => row[c] === '')) {
        // Only the columns Hearth does not read (an age worked out by a formula on an empty row, say).
        unread += 1;
        continue;
      }
      ORIGIN.set(row, { file, sheet: sheet.name, row: r });
      list.push(row);
    }
    if (unread > 0)
      result.notImported.push(
        `${file}, ${sheet.name}: ${unread} rows with values only in columns Hearth does not read`,
      );
    for (const column of L.NOT_HELD[name] ?? []) {
      const given = list.filter((row) => (row[column] ?? '') !== '').length;
      if (given > 0)
        result.notImported.push(
          `${file}, ${sheet.name}: ${given} values of "${column}" (Hearth does not hold it)`,
        );
    }
    if (name === 'List 11') {
      if (list.length > 0)
        result.notImported.push(
          `${file}, ${sheet.name}: ${list.length} prospective adopters (Hearth records children, not adopters)`,
        );
      continue;
    }
    result.lists[name] = list;
  }
  return result;
}

/** Reads every file before anything is written; every file that cannot be read is reported (ImportError). */
export async function readAnnexAImportFiles(paths: readonly string[]): Promise<AnnexAImportFile[]> {
  const problems: string[] = [];
  const files: AnnexAImportFile[] = [];
  for (const p of paths) {
    const file = path.basename(p);
    const workbook = new ExcelJS.Workbook();
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(p);
    } catch (error) {
      problems.push(`${p}: cannot be read (${(error as Error).message})`);
      continue;
    }
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
      problems.push(`${file}: is not an xlsx workbook (${(error as Error).message})`);
      continue;
    }
    files.push(readAnnexAWorkbook(workbook, file, problems));
  }
  if (problems.length > 0) throw new ImportError(problems);
  return files;
}

/**
 * Annex A dates: Excel dates (read as YYYY-MM-DD, whatever time of day they hold), or text as dateOfText
 * reads it (DD/MM/YYYY or YYYY-MM-DD, maybe with a time of day).
 */
const ANNEX_DATE: DateFormat = {
  written: 'DD/MM/YYYY',
  read: dateOfText,
  write: formatDmy,
};

function checks(problems: string[]): FieldChecks {
  return new FieldChecks(problems, 'Annex A', ANNEX_DATE, (row, field) => {
    const origin = ORIGIN.get(row);
    const where = origin ? `${origin.file}, ${origin.sheet}, row ${origin.row}` : 'a row';
    const child = row['Child Unique ID'] ? `, child ${row['Child Unique ID']}` : '';
    return `${where}${child}${field ? `, ${field}` : ''}`;
  });
}

/**
 * An answer as compared: case, spaces and typographic quotes or dashes do not matter ("a)Yes" is "a) Yes";
 * "N2 - Child’s disability" is "N2 - Child's disability"). Letters, digits and other punctuation do.
 */
const answerKey = (text: string): string => plain(text).toLowerCase().replace(/\s+/g, '');

/** A template answer without its letter: "Male" for "a) Male", "5D: LA services" for "p1) 5D: LA services". */
const unlettered = (label: string): string => label.replace(/^[a-z]{1,2}\d?\)\s*/i, '');

/** The checks of one file's values, with the template's answers read back into Hearth's codes. */
class AnnexValues {
  constructor(readonly v: FieldChecks) {}

  /** The code of a template answer (its label or the bare code, case aside), or null when blank or unknown. */
  answer(
    row: SourceRow,
    field: string,
    labels: ReadonlyMap<string, string>,
    { codes, required = false }: { codes?: CodeList; required?: boolean } = {},
  ): string | null {
    const value = this.v.text(row, field, required);
    if (value === null) return null;
    const wanted = answerKey(value);
    for (const [code, label] of labels)
      if (answerKey(label) === wanted || answerKey(code) === wanted) return code;
    // The label without its letter ("Male" for "a) Male"), when it is one label's.
    const bare = [...new Set(labels.values())].filter((label) => answerKey(unlettered(label)) === wanted);
    if (bare.length === 1) return [...labels].find(([, label]) => label === bare[0])![0];
    if (codes && isCode(codes, value.toUpperCase())) return value.toUpperCase();
    const shown = [...new Set(labels.values())].slice(0, 4).map((l) => `"${l}"`);
    this.v.problem(row, field, `"${value}" is not one of the template's answers (${shown.join(', ')}, …)`);
    return null;
  }

  yesNo(row: SourceRow, field: string, unknown = false): boolean | null {
    const value = this.v.text(row, field);
    if (value === null) return null;
    const v = answerKey(value);
    if ([answerKey(L.YES), 'yes', 'y'].includes(v)) return true;
    if ([answerKey(L.NO), 'no', 'n'].includes(v)) return false;
    if (unknown && [answerKey(L.UNKNOWN), 'unknown'].includes(v)) return null;
    this.v.problem(row, field, `"${value}" is not ${L.YES} or ${L.NO}${unknown ? ` or ${L.UNKNOWN}` : ''}`);
    return null;
  }

  whole(row: SourceRow, field: string): number | null {
    const value = this.v.text(row, field);
    if (value === null) return null;
    if (/^[0-9]{1,4}$/.test(value)) return Number(value);
    this.v.problem(row, field, `"${value}" is not a whole number`);
    return null;
  }
}

const CASE_STATUS = new Map(Object.entries(L.CASE_STATUS));

/** A record a file describes, with every row and field that gave it (for problems). */
interface Plan extends Planned {
  /** Its place in the file (sheet by sheet, row by row). */
  seq: number;
  /** The date the parent referral is looked for on or before (assessments, enquiries, plans). */
  underReferral?: string;
}

/** One child as one file describes them, across every list. */
interface ChildPlan {
  laChildId: string;
  person: Plan;
  /** What the child's rows say about the child, to compare across lists. */
  facts: Map<string, { value: unknown; row: SourceRow; field: string }>;
  /** Records by a key that says they are one (a referral on Lists 3 and 6): merged, not repeated. */
  merged: Map<string, Plan>;
  records: Plan[];
  /** Initial conferences by their enquiry; review conferences by their plan. */
  initial: Map<Plan, Plan>;
  reviews: Map<Plan, Plan>;
  allocation: { team: string; worker: string | null; row: SourceRow } | null;
  /** List 6 says a child in need plan is open: the referral's date and the row. */
  cinPlanSince: { row: SourceRow; date: string } | null;
  /** An unaccompanied asylum seeker since: the start of the period of care on List 8, else their birth. */
  uascSince: string | null;
  dates: string[];
}

const shownValue = (value: unknown): string => (Array.isArray(value) ? value.join(' ') : String(value));

/** Checks a file and maps each child to the records Hearth holds. */
function planFile(file: AnnexAImportFile, problems: string[]): ChildPlan[] {
  const v = checks(problems);
  const a = new AnnexValues(v);
  const children = new Map<string, ChildPlan>();
  let seq = 0;
  const rows = (name: SheetName): SourceRow[] => file.lists[name] ?? [];

  /** A fact a row gives about the child: the same in every row that gives it, or a problem. */
  const fact = (child: ChildPlan, key: string, value: unknown, row: SourceRow, field: string): void => {
    if (value === null || value === undefined) return;
    const had = child.facts.get(key);
    if (!had) child.facts.set(key, { value, row, field });
    else if (shownValue(had.value) !== shownValue(value))
      v.problem(
        row,
        field,
        `gives ${shownValue(value)}, but ${v.at(had.row, had.field)} gives ${shownValue(had.value)}`,
      );
  };

  const childOf = (row: SourceRow): ChildPlan | null => {
    const id = v.childId(row, 'Child Unique ID');
    if (id === null) return null;
    let child = children.get(id);
    if (!child) {
      child = {
        laChildId: id,
        person: {
          row,
          seq: 0,
          incoming: {
            table: 'person',
            key: { la_child_id: id },
            values: {},
            defaults: { given_name: '', family_name: '' },
          },
          sources: {},
        },
        facts: new Map(),
        merged: new Map(),
        records: [],
        initial: new Map(),
        reviews: new Map(),
        allocation: null,
        uascSince: null,
        cinPlanSince: null,
        dates: [],
      };
      children.set(id, child);
    }
    fact(child, 'sex', a.answer(row, 'Gender', L.GENDER), row, 'Gender');
    fact(child, 'ethnicity', a.answer(row, 'Ethnicity', L.ETHNICITY), row, 'Ethnicity');
    fact(child, 'date_of_birth', v.date(row, 'Date of Birth'), row, 'Date of Birth');
    if (L.DISABILITY in row) {
      const disabled = a.yesNo(row, L.DISABILITY, true);
      fact(child, 'disabled', disabled, row, L.DISABILITY);
    }
    return child;
  };

  /** A record of the child's, once however many rows give it (`once`), or as often as rows do. */
  const record = (child: ChildPlan, plan: Plan, once?: string): Plan => {
    for (const value of Object.values(plan.incoming.values))
      if (typeof value === 'string' && isIsoDate(value)) child.dates.push(value);
    for (const value of Object.values(plan.incoming.key))
      if (typeof value === 'string' && isIsoDate(value)) child.dates.push(value);
    if (once === undefined) {
      child.records.push(plan);
      return plan;
    }
    const had = child.merged.get(once);
    if (!had) {
      child.merged.set(once, plan);
      child.records.push(plan);
      return plan;
    }
    for (const [column, value] of Object.entries(plan.incoming.values)) {
      if (value === null || value === undefined) continue;
      const was = had.incoming.values[column];
      if (was === null || was === undefined) {
        had.incoming.values[column] = value;
        had.sources[column] = plan.sources[column] ?? [plan.row, column];
      } else if (shownValue(was) !== shownValue(value)) {
        const [row, field] = plan.sources[column] ?? [plan.row, column];
        const [hadRow, hadField] = had.sources[column] ?? [had.row, column];
        v.problem(
          row,
          field,
          `gives ${shownValue(value)}, but ${v.at(hadRow, hadField)} gives ${shownValue(was)}`,
        );
      }
    }
    had.incoming.defaults = { ...plan.incoming.defaults, ...had.incoming.defaults };
    return had;
  };

  const plan = (
    row: SourceRow,
    table: Plan['incoming']['table'],
    key: RecordValues,
    values: Record<string, [unknown, string]>,
    defaults: RecordValues = {},
  ): Plan => ({
    row,
    seq: (seq += 1),
    incoming: {
      table,
      key,
      values: Object.fromEntries(Object.entries(values).map(([c, [value]]) => [c, value])),
      defaults,
    },
    sources: Object.fromEntries(Object.entries(values).map(([c, [, field]]) => [c, [row, field]])),
  });

  const allocated = (child: ChildPlan, row: SourceRow): void => {
    const team = v.text(row, 'Allocated Team');
    const worker = v.text(row, 'Allocated Worker');
    if (team === null) {
      if (worker !== null)
        v.problem(
          row,
          'Allocated Team',
          'is blank, but a worker is given; Hearth allocates a worker in a team',
        );
      return;
    }
    fact(child, 'allocation', `${team} / ${worker ?? '(no worker)'}`, row, 'Allocated Team');
    child.allocation ??= { team, worker, row };
  };

  const visit = (
    child: ChildPlan,
    row: SourceRow,
    field: string,
    kind: string,
    seenAlone: boolean | null,
  ) => {
    const date = v.date(row, field);
    if (date === null) return;
    record(
      child,
      plan(
        row,
        'visit',
        { kind, visit_date: date },
        seenAlone === null ? {} : { seen_alone: [seenAlone, 'Was the Child Seen Alone?'] },
        { child_seen: kind === 'cin' || seenAlone === true },
      ),
      `visit ${kind} ${date}`,
    );
  };

  for (const row of rows('List 1')) {
    const child = childOf(row);
    const date = v.date(row, 'Date of Contact', true);
    const source = a.answer(row, 'Contact Source', L.SOURCE, { required: true });
    if (child)
      record(child, plan(row, 'contact', { contact_date: date }, { source: [source, 'Contact Source'] }));
  }

  for (const row of rows('List 2')) {
    const child = childOf(row);
    const start = v.date(row, 'Assessment start date', true);
    const done = v.date(row, 'Assessment completion date');
    v.order(row, 'Assessment completion date', done, start, 'assessment start');
    if (child)
      record(
        child,
        plan(
          row,
          'early_help_assessment',
          { start_date: start },
          {
            completed_date: [done, 'Assessment completion date'],
            organisation: [
              v.text(row, 'Organisation completing assessment'),
              'Organisation completing assessment',
            ],
          },
        ),
      );
  }

  const referral = (
    child: ChildPlan,
    row: SourceRow,
    date: string | null,
    values: Record<string, [unknown, string]>,
  ) =>
    record(
      child,
      plan(row, 'referral', { referral_date: date }, values, { source: '10', nfa: false }),
      `referral ${date}`,
    );

  for (const row of rows('List 3')) {
    const child = childOf(row);
    const date = v.date(row, 'Date of referral', true);
    const source = a.answer(row, 'Referral Source', L.SOURCE, { required: true });
    const nfa = a.yesNo(row, 'Referral NFA?');
    if (!child) continue;
    referral(child, row, date, { source: [source, 'Referral Source'], nfa: [nfa, 'Referral NFA?'] });
    allocated(child, row);
  }

  for (const row of rows('List 6')) {
    const child = childOf(row);
    const date = v.date(row, 'CIN Start Date', true);
    const closed = v.date(row, 'CIN Closure Date');
    v.order(row, 'CIN Closure Date', closed, date, 'CIN start');
    v.together(row, 'CIN Closure Date', 'Reason for Closure');
    const reason = a.answer(row, 'Reason for Closure', L.CLOSURE_REASON);
    const need = a.answer(row, 'Primary Need Code', L.PRIMARY_NEED);
    const status = a.answer(row, 'Case Status', CASE_STATUS);
    if (status === 'closed' && closed === null)
      v.problem(row, 'Case Status', `is ${L.CASE_STATUS.closed}, but there is no CIN Closure Date`);
    if (!child) continue;
    if (status === 'cin_plan' && date !== null) child.cinPlanSince = { row, date };
    referral(child, row, date, {
      nfa: [false, 'CIN Start Date'],
      primary_need: [need, 'Primary Need Code'],
      closure_date: [closed, 'CIN Closure Date'],
      closure_reason: [reason, 'Reason for Closure'],
    });
    visit(child, row, 'Date Child Was Last Seen', 'cin', null);
    allocated(child, row);
  }

  for (const row of rows('List 4')) {
    const child = childOf(row);
    const start = v.date(row, 'Continuous Assessment Start Date', true);
    const seen = a.yesNo(row, 'Child Seen During Continuous Assessment');
    const authorised = v.date(row, 'Continuous Assessment Date of Authorisation');
    v.order(row, 'Continuous Assessment Date of Authorisation', authorised, start, 'assessment start');
    const support = "Was the child assessed as requiring LA children's social care support?";
    const needed = a.yesNo(row, support);
    if (authorised !== null && needed === null && row[support] === '')
      v.problem(row, support, 'is blank, but the assessment was authorised; Hearth records its outcome');
    if (authorised === null && needed !== null)
      v.problem(row, support, 'is given, but the assessment has no date of authorisation');
    if (!child) continue;
    const p = plan(
      row,
      'assessment',
      { start_date: start },
      { authorised_date: [authorised, 'Continuous Assessment Date of Authorisation'] },
      {
        child_seen_date: seen ? start : null,
        outcome: authorised === null || needed === null ? null : needed ? 'continue_support' : 'nfa',
      },
    );
    p.underReferral = start ?? undefined;
    record(child, p);
    allocated(child, row);
  }

  for (const row of rows('List 5')) {
    const child = childOf(row);
    const start = v.date(row, 'Strategy discussion initiating Section 47 Enquiry Start Date', true);
    const unnecessary = a.yesNo(row, 'Was an Initial Child Protection Conference deemed unnecessary?');
    const icpc = v.date(row, 'Date of Initial Child Protection Conference');
    v.order(row, 'Date of Initial Child Protection Conference', icpc, start, 'enquiry start');
    const resultField = 'Did the Initial Child Protection Conference Result in a Child Protection Plan';
    const result = a.yesNo(row, resultField);
    if (icpc !== null && unnecessary === true)
      v.problem(
        row,
        'Was an Initial Child Protection Conference deemed unnecessary?',
        'is a) Yes, but the enquiry has an initial conference',
      );
    if (icpc !== null && result === null && row[resultField] === '')
      v.problem(row, resultField, 'is blank, but a conference date is given; Hearth records its outcome');
    if (icpc === null && result !== null)
      v.problem(row, resultField, 'is given, but there is no Date of Initial Child Protection Conference');
    if (!child) continue;
    const s47 = plan(
      row,
      's47_enquiry',
      { start_date: start },
      {
        icpc_required: [
          unnecessary === null ? null : !unnecessary,
          'Was an Initial Child Protection Conference deemed unnecessary?',
        ],
      },
      icpc === null ? {} : { end_date: icpc, outcome: 'icpc' },
    );
    s47.underReferral = start ?? undefined;
    record(child, s47);
    if (icpc !== null && result !== null)
      child.initial.set(
        s47,
        plan(
          row,
          'cp_conference',
          { kind: 'initial', conference_date: icpc },
          {},
          {
            outcome: result ? 'plan' : 'no_plan',
          },
        ),
      );
    allocated(child, row);
  }

  for (const row of rows('List 7')) {
    const child = childOf(row);
    const start = v.date(row, 'Child Protection Plan Start Date', true);
    const end = v.date(row, 'Child Protection Plan End Date');
    v.order(row, 'Child Protection Plan End Date', end, start, 'plan start');
    const required = { required: true };
    const initialCategory = a.answer(row, 'Initial Category of Abuse', L.CATEGORY_OF_ABUSE, required);
    const latestCategory = a.answer(row, 'Latest Category of Abuse', L.CATEGORY_OF_ABUSE, required);
    const previous = a.whole(row, 'Number of Previous Child Protection Plans');
    const review = v.date(row, 'Date of latest review conference');
    v.order(row, 'Date of latest review conference', review, start, 'plan start');
    const alone = a.yesNo(row, 'Was the Child Seen Alone?');
    if (!child) continue;
    const cpPlan = plan(
      row,
      'cp_plan',
      { start_date: start },
      {
        end_date: [end, 'Child Protection Plan End Date'],
        initial_category: [initialCategory, 'Initial Category of Abuse'],
        latest_category: [latestCategory, 'Latest Category of Abuse'],
        previous_plans: [previous, 'Number of Previous Child Protection Plans'],
      },
    );
    cpPlan.underReferral = start ?? undefined;
    record(child, cpPlan);
    if (review !== null)
      child.reviews.set(
        cpPlan,
        plan(
          row,
          'cp_conference',
          { kind: 'review', conference_date: review },
          {},
          {
            outcome: review === end ? 'end_plan' : 'continue',
          },
        ),
      );
    visit(child, row, 'Date of the Last Statutory Visit', 'cp', alone);
    allocated(child, row);
  }

  for (const row of rows('List 8')) planCare(row, childOf(row));
  function planCare(row: SourceRow, child: ChildPlan | null): void {
    const start = v.date(row, 'Date Started to be Looked After', true);
    const placed = v.date(row, 'Start Date of Most Recent Placement', true);
    v.order(row, 'Start Date of Most Recent Placement', placed, start, 'start of the period of care');
    const ceased = v.date(row, 'Date Ceased to be Looked After');
    v.order(row, 'Date Ceased to be Looked After', ceased, placed, 'start of the most recent placement');
    v.together(row, 'Date Ceased to be Looked After', 'Reason Ceased to be Looked After');
    const uascField = 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)';
    const uasc = a.yesNo(row, uascField);
    const values = {
      legal_status: [
        a.answer(row, "Child's Legal Status", L.LEGAL_STATUS, { codes: LS, required: true }),
        "Child's Legal Status",
      ],
      category_of_need: [
        a.answer(row, "Child's Category of Need", L.PRIMARY_NEED, { required: true }),
        "Child's Category of Need",
      ],
      placement_type: [
        a.answer(row, 'Placement Type', L.PLACEMENT_TYPE, { codes: PLACE, required: true }),
        'Placement Type',
      ],
      placement_provider: [
        a.answer(row, 'Placement Provider', L.PLACEMENT_PROVIDER, { codes: PLACE_PROVIDER }),
        'Placement Provider',
      ],
      placement_postcode: [v.text(row, 'Placement postcode'), 'Placement postcode'],
      urn: [v.text(row, 'URN of Placement'), 'URN of Placement'],
    } satisfies Record<string, [unknown, string]>;
    if (values.category_of_need[0] === 'N0' || values.category_of_need[0] === 'N9')
      v.problem(
        row,
        "Child's Category of Need",
        'is not a category of need for a child looked after (N1-N8)',
      );
    const reason = a.answer(row, 'Reason Ceased to be Looked After', L.REASON_CEASED, { codes: REC });
    if (!child || start === null || placed === null) return;
    if (uasc) child.uascSince = start;
    const ending = {
      end_date: [ceased, 'Date Ceased to be Looked After'],
      reason_end: [reason, 'Reason Ceased to be Looked After'],
    } satisfies Record<string, [unknown, string]>;
    if (placed > start) {
      record(
        child,
        plan(
          row,
          'cla_episode',
          { start_date: start },
          { ...values, end_date: [placed, 'Start Date of Most Recent Placement'] },
          {
            rne: 'S',
            reason_end: 'X1',
          },
        ),
        `episode ${start}`,
      );
      record(
        child,
        plan(row, 'cla_episode', { start_date: placed }, { ...values, ...ending }, { rne: 'P' }),
        `episode ${placed}`,
      );
    } else {
      record(
        child,
        plan(row, 'cla_episode', { start_date: start }, { ...values, ...ending }, { rne: 'S' }),
        `episode ${start}`,
      );
    }
    const dated = (field: string, table: Plan['incoming']['table'], key: (date: string) => RecordValues) => {
      const date = v.date(row, field);
      if (date !== null)
        record(child, plan(row, table, key(date), {}), `${table} ${JSON.stringify(key(date))}`);
    };
    dated('Date of Latest Statutory Review', 'cla_review', (d) => ({ review_date: d }));
    dated('Date of Last Health Assessment', 'health_event', (d) => ({
      kind: 'review_health_assessment',
      event_date: d,
    }));
    dated('Date of Last Dental Check', 'health_event', (d) => ({ kind: 'dental_check', event_date: d }));
    visit(child, row, 'Date of Last Social Work Visit', 'cla', null);
    const permanence = a.answer(row, 'What is the permanence plan for this child?', L.PERMANENCE_PLAN);
    if (permanence !== null)
      record(
        child,
        plan(
          row,
          'permanence_plan',
          { plan_date: start },
          { plan: [permanence, 'What is the permanence plan for this child?'] },
        ),
        `permanence ${start}`,
      );
    allocated(child, row);
  }

  for (const row of rows('List 9')) {
    const child = childOf(row);
    const uascField = 'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)';
    const uasc = a.yesNo(row, uascField);
    const eligibility = a.answer(row, 'Eligibility Category', L.ELIGIBILITY, { required: true });
    const pathway = v.date(row, 'Latest Pathway Plan Review Date');
    const contacted = v.date(row, 'Latest Date of Contact');
    const inTouch = a.answer(row, 'LA in Touch', L.IN_TOUCH);
    v.together(row, 'Latest Date of Contact', 'LA in Touch');
    const type = a.answer(row, 'Type of Accommodation', L.ACCOMMODATION_TYPE);
    const suitable = a.answer(row, 'Suitability of Accommodation', L.SUITABILITY);
    if (type === null && suitable !== null)
      v.problem(row, 'Suitability of Accommodation', 'is given, but the Type of Accommodation is blank');
    const activity = a.answer(row, 'Activity Status', L.ACTIVITY);
    if ((type !== null || activity !== null) && contacted === null)
      v.problem(
        row,
        'Latest Date of Contact',
        'is blank, but accommodation or activity is given; Hearth records them at a contact',
      );
    if (!child) continue;
    // As childOf read it (a date that is not one is reported there, once).
    const dob = (child.facts.get('date_of_birth')?.value as string | undefined) ?? null;
    if (uasc) child.uascSince ??= dob;
    record(
      child,
      plan(
        row,
        'care_leaver',
        { eligibility },
        {
          personal_adviser: [v.text(row, 'Allocated Personal Advisor'), 'Allocated Personal Advisor'],
          pathway_plan_date: [pathway, 'Latest Pathway Plan Review Date'],
        },
        { start_date: dob === null ? null : addCalendarMonths(dob, 16 * 12) },
      ),
      `care leaver ${eligibility}`,
    );
    if (contacted !== null)
      record(
        child,
        plan(
          row,
          'care_leaver_contact',
          { contact_date: contacted },
          {
            in_touch: [inTouch, 'LA in Touch'],
            accommodation: [type === null ? null : `${type}${suitable ?? ''}`, 'Type of Accommodation'],
            activity: [activity, 'Activity Status'],
          },
        ),
        `leaver contact ${contacted}`,
      );
    allocated(child, row);
  }

  for (const row of rows('List 10')) {
    const child = childOf(row);
    const decided = v.date(row, 'Date of Decision that Child Should be Placed for Adoption', true);
    const date = (field: string): [string | null, string] => {
      const value = v.date(row, field);
      v.order(row, field, value, decided, 'decision');
      return [value, field];
    };
    const ceased = date('Date of Decision that Child Should No Longer be Placed for Adoption');
    v.together(row, ceased[1], 'Reason Why Child No Longer Placed for Adoption');
    const reason = a.answer(row, 'Reason Why Child No Longer Placed for Adoption', L.ADOPTION_REVERSAL);
    const values = {
      placement_order_date: date('Date of Placement Order'),
      matched_date: date('Date of Matching Child and Prospective Adopters'),
      placed_date: date('Date Placed for Adoption'),
      adoption_order_date: date('Date of Adoption Order'),
      ceased_date: ceased,
      ceased_reason: [reason, 'Reason Why Child No Longer Placed for Adoption'] as [unknown, string],
    };
    if (child)
      record(child, plan(row, 'adoption', { decision_date: decided }, values), `adoption ${decided}`);
  }

  for (const child of children.values()) {
    if (child.cinPlanSince) {
      // The open plan started on the latest authorisation of an assessment since the referral, else on it.
      const { row, date } = child.cinPlanSince;
      const authorised = child.records
        .filter((r) => r.incoming.table === 'assessment' && String(r.incoming.key.start_date) >= date)
        .map((r) => r.incoming.values.authorised_date)
        .filter((d): d is string => typeof d === 'string');
      const start = [date, ...authorised].sort().at(-1)!;
      const cinPlan = plan(row, 'cin_plan', { start_date: start }, {});
      cinPlan.underReferral = date;
      record(child, cinPlan, `cin plan ${start}`);
    }
    const facts = (key: string): unknown => child.facts.get(key)?.value ?? null;
    const source = (key: string): [SourceRow, string] | undefined => {
      const f = child.facts.get(key);
      return f ? [f.row, f.field] : undefined;
    };
    const disabled = facts('disabled');
    child.person.incoming.values = {
      sex: facts('sex'),
      ethnicity: facts('ethnicity'),
      date_of_birth: facts('date_of_birth'),
      disabilities: disabled === false ? ['NONE'] : null,
    };
    child.person.incoming.defaults = {
      ...child.person.incoming.defaults,
      disabilities: disabled === true ? ['DDA'] : null,
      uasc_since: child.uascSince,
    };
    for (const [column, key] of [
      ['sex', 'sex'],
      ['ethnicity', 'ethnicity'],
      ['date_of_birth', 'date_of_birth'],
      ['disabilities', 'disabled'],
    ] as const) {
      const s = source(key);
      if (s) child.person.sources[column] = s;
    }
  }
  return [...children.values()];
}

/** The latest referral of the child's on or before a date, or a new one on it (source 10, unknown). */
async function referralOn(
  trx: Trx,
  run: ImportRun,
  personId: string,
  date: string,
  where: (column?: string) => string,
): Promise<string> {
  const held = await trx
    .selectFrom('referral')
    .select('id')
    .where('person_id', '=', personId)
    .where('referral_date', '<=', date)
    .where('voided_at', 'is', null)
    .orderBy('referral_date', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (held) return held.id;
  const placed = await run.place(
    {
      table: 'referral',
      key: { person_id: personId, referral_date: date },
      values: {},
      defaults: { source: '10', nfa: false },
      where,
    },
    'Imported from Annex A: the referral an assessment, enquiry or plan belongs to',
  );
  return placed.id;
}

/**
 * The team by its name and its worker by theirs, each added when the authority has none by that name (a new
 * team is a children's team; a new worker started on `since`), and the addition audited.
 */
async function allocatedTo(
  trx: Trx,
  actor: Actor,
  team: string,
  worker: string | null,
  since: string,
): Promise<{ teamId: string; workerId: string | null }> {
  const added = (subjectType: string, subjectId: string, name: string) =>
    audit(trx, {
      laCode: actor.laCode,
      userId: actor.userId,
      action: 'record',
      subjectType,
      subjectId,
      detail: { name, from: 'annex-a import' },
    });
  let teamId = (await trx.selectFrom('team').select('id').where('name', '=', team).executeTakeFirst())?.id;
  if (!teamId) {
    ({ id: teamId } = await trx
      .insertInto('team')
      .values({ la_code: actor.laCode, name: team, team_type: 'children' })
      .returning('id')
      .executeTakeFirstOrThrow());
    await added('team', teamId, team);
  }
  if (worker === null) return { teamId, workerId: null };
  let workerId = (
    await trx
      .selectFrom('worker')
      .select('id')
      .where('team_id', '=', teamId)
      .where('name', '=', worker)
      .where('voided_at', 'is', null)
      .executeTakeFirst()
  )?.id;
  if (!workerId) {
    ({ id: workerId } = await trx
      .insertInto('worker')
      .values({ la_code: actor.laCode, name: worker, team_id: teamId, start_date: since })
      .returning('id')
      .executeTakeFirstOrThrow());
    await added('worker', workerId, worker);
  }
  return { teamId, workerId };
}

/**
 * Imports Annex A workbooks into the actor's authority, in the caller's transaction (one per run), as
 * importCinCensus does the census: every file checked first, records found by natural keys (the child by
 * Child Unique ID; a contact by its date; a referral by its date; an assessment, enquiry or plan by its
 * start; an episode by its start; a visit by its kind and date; an adoption by its decision date), so a
 * second import changes nothing and a child on several lists, or in several files, is one record. A blank
 * never erases; a value fills a blank; a different value is a conflict. Throws ImportError with every
 * problem. What is inferred is listed at the top of this file.
 */
export async function importAnnexA(
  trx: Trx,
  actor: Actor,
  files: readonly AnnexAImportFile[],
): Promise<ImportSummary> {
  const problems: string[] = [];
  const planned = files.map((f) => ({ file: f.file, children: planFile(f, problems) }));
  if (problems.length > 0) throw new ImportError(problems);

  const run = new ImportRun(trx, actor, 'annex-a', 1, ANNEX_DATE);
  const v = checks(run.problems);
  for (const { file, children } of planned) {
    await run.beginFile();
    const reason = `Imported from the Annex A workbook ${file}`;
    const place = (plan: Plan, parent: RecordValues, fresh: boolean) =>
      run.placePlanned(plan, parent, fresh, v, reason);
    const people = new Map<ChildPlan, { id: string; created: boolean }>();
    for (const child of children) {
      if (child.person.incoming.values.date_of_birth === null) {
        const held = await trx
          .selectFrom('person')
          .select('id')
          .where('la_child_id', '=', child.laChildId)
          .executeTakeFirst();
        if (!held) {
          v.problem(
            child.person.row,
            'Date of Birth',
            'is blank, and the child is not in the record; Hearth needs a date of birth',
          );
          continue;
        }
      }
      people.set(child, await place(child.person, {}, false));
    }
    // In the file's order, table by table: records of one date are exported in the order they were added.
    const placedIds = new Map<Plan, string>();
    const ordered = [...people.keys()]
      .flatMap((child) => child.records.map((plan) => ({ child, plan })))
      .sort(
        (x, y) =>
          ORDER.indexOf(x.plan.incoming.table) - ORDER.indexOf(y.plan.incoming.table) ||
          x.plan.seq - y.plan.seq,
      );
    for (const { child, plan } of ordered) {
      const person = people.get(child)!;
      const parent = { person_id: person.id };
      let defaults = plan.incoming.defaults;
      if (plan.underReferral !== undefined) {
        const where = (column?: string) => v.at(plan.row, column);
        const referralId = await referralOn(trx, run, person.id, plan.underReferral, where);
        defaults = { ...defaults, referral_id: referralId };
      }
      const placed = await place(
        { ...plan, incoming: { ...plan.incoming, defaults } },
        parent,
        person.created,
      );
      placedIds.set(plan, placed.id);
      const conference = child.initial.get(plan) ?? child.reviews.get(plan);
      if (!conference) continue;
      const plannedPlan = child.records.find(
        (p) =>
          p.incoming.table === 'cp_plan' &&
          p.incoming.key.start_date === conference.incoming.key.conference_date,
      );
      const links: RecordValues =
        plan.incoming.table === 's47_enquiry'
          ? { s47_id: placed.id, cp_plan_id: plannedPlan ? placedIds.get(plannedPlan) : null }
          : {};
      const key =
        plan.incoming.table === 'cp_plan'
          ? { ...conference.incoming.key, cp_plan_id: placed.id }
          : conference.incoming.key;
      await place(
        {
          ...conference,
          incoming: {
            ...conference.incoming,
            key,
            defaults: { ...conference.incoming.defaults, ...links, referral_id: defaults?.referral_id },
          },
        },
        parent,
        placed.created,
      );
    }
    for (const [child, person] of people) {
      if (!child.allocation) continue;
      const { team, worker, row } = child.allocation;
      const since = child.dates.sort()[0] ?? String(child.person.incoming.values.date_of_birth);
      const { teamId, workerId } = await allocatedTo(trx, actor, team, worker, since);
      await place(
        {
          row,
          incoming: {
            table: 'allocation',
            key: { team_id: teamId },
            values: { worker_id: workerId },
            defaults: { start_date: since },
          },
          sources: { worker_id: [row, 'Allocated Worker'] },
          seq: 0,
        },
        { person_id: person.id },
        person.created,
      );
    }
  }
  const notImported = files.flatMap((f) => f.notImported);
  return { ...(await run.finish(files.map((f) => f.file))), notImported };
}

/** The order records are placed in: a plan before the enquiry whose conference started it. */
const ORDER: readonly string[] = [
  'referral',
  'contact',
  'early_help_assessment',
  'assessment',
  'cin_plan',
  'cp_plan',
  's47_enquiry',
  'visit',
  'cla_episode',
  'cla_review',
  'health_event',
  'permanence_plan',
  'care_leaver',
  'care_leaver_contact',
  'adoption',
];
