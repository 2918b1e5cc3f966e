import fs from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import {
  censusDates,
  CIN_TABLES,
  cinLayout,
  type CinCensusData,
  type CinElement,
  type CinRow,
} from './spec.ts';
import { decodeWindows1252 } from '../text-file.ts';

/** A census file that cannot be read: every problem, each naming the file, line, element and field. */
export class CinFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`${file}: not read, nothing imported:\n${shown.join('\n')}${more}`);
  }
}

interface Frame {
  el: CinElement | null;
  line: number;
  /** The names of the elements it holds so far (made at its first: most elements hold a value, not elements). */
  seen: Set<string> | null;
  text: string;
}

type Tables = { [T in keyof typeof CIN_TABLES]: CinRow[] };

const EMPTY = Object.fromEntries(
  Object.entries(CIN_TABLES).map(([t, columns]) => [t, Object.fromEntries(columns.map((c) => [c, '']))]),
) as Record<keyof Tables, CinRow>;
const emptyRow = (table: keyof Tables): CinRow => ({ ...EMPTY[table] });

/** Where a row read from a file came from: the line of its element, and of each field given. */
interface RowLines {
  line: number;
  fields: Record<string, number>;
}
/**
 * Each row's lines, on the row itself under a key no other code names and no copy or listing of its fields
 * sees (a census holds hundreds of thousands of rows: a WeakMap of them took a fifth of the reading in
 * garbage collection).
 */
const LINES = Symbol('lines');
type Located = CinRow & { [LINES]?: RowLines };
const linesOf = (row: CinRow): RowLines | undefined => (row as Located)[LINES];
const setLines = (row: CinRow, lines: RowLines): void => {
  Object.defineProperty(row, LINES, { value: lines, enumerable: false, writable: true });
};

/**
 * The line of the file a row read by `readCinCensusXml` came from, or of one of its fields (the row's line
 * when the field was not given); undefined for a row that was not read from a file.
 */
export function lineOf(row: CinRow, field?: string): number | undefined {
  const lines = linesOf(row);
  return lines && ((field !== undefined ? lines.fields[field] : undefined) ?? lines.line);
}

/**
 * What a file does that the year's schema does not allow but the DfE's validator (csc-validator-be-cin,
 * whose ElementTree reader looks each element up by name) reads past: an element the schema does not have
 * where it stands (never looked up), a second copy of an element given once (only the first is found), text
 * among elements (a tail no lookup sees), an element inside a value (passed over: the value is its text). The
 * reader reads the file as that validator does, so validation reports what the rules find rather than
 * refusing it; an import refuses such a file (irregularitiesOf), as it holds what Hearth would drop or
 * would have to choose between.
 */
const IRREGULARITIES = Symbol('irregularities');
type Irregular = CinCensusData & { [IRREGULARITIES]?: readonly string[] };

/** What a census read by `readCinCensusXml` does that its schema does not allow (see above), each naming file, line and element. */
export function irregularitiesOf(data: CinCensusData): readonly string[] {
  return (data as Irregular)[IRREGULARITIES] ?? [];
}

/**
 * Wrappers of repeated values that systems write once per value (one <Disabilities> per disability, one
 * <Reviews> per review date) as well as once: every copy is read, as the schema's single one would be.
 */
const GIVEN_PER_VALUE: ReadonlySet<string> = new Set([
  'Disabilities',
  'FactorsIdentifiedAtAssessment',
  'Reviews',
]);

/** Each element's children by name, for the layout of a year. */
function childrenByName(root: CinElement): Map<CinElement, Map<string, CinElement>> {
  const map = new Map<CinElement, Map<string, CinElement>>();
  const visit = (el: CinElement): void => {
    map.set(el, new Map((el.children ?? []).map((c) => [c.name, c])));
    for (const c of el.children ?? []) visit(c);
  };
  visit(root);
  return map;
}

/**
 * Reads a CIN census XML file (the DfE's format, as an authority submits it) into the validator's tables:
 * one row per child, episode, assessment factor, plan, enquiry and review, with CINdetailsID, AssessmentID
 * and CPPID numbering each within its parent from 1, as the DfE's validator numbers them. Elements are
 * known by their local names (a default namespace or a prefix changes nothing), in any order; comments,
 * processing instructions and the whitespace between elements are passed over; an empty element
 * (<UPN/>, <UPN></UPN> or only whitespace) is a blank, as one left out. Values are kept as written
 * (trimmed): checking them is the rules' work. A file that is not XML, or not a census, is refused, with
 * every problem at once; what the schema does not allow but the DfE's validator reads past is read as it
 * reads it and listed (irregularitiesOf) for an import to refuse.
 */
export function readCinCensusXml(text: string, file: string, year: number): CinCensusData {
  const layout = cinLayout(year);
  const childOf = childrenByName(layout);
  const tables = Object.fromEntries(Object.keys(CIN_TABLES).map((t) => [t, []])) as unknown as Tables;
  const problems: string[] = [];
  const irregular: string[] = [];
  const stack: Frame[] = [];
  const parser = new SaxesParser({ position: true, fileName: file });

  let childNo = 0;
  let childRows: CinRow[] = [];
  let identifiers: CinRow | null = null;
  let characteristics: CinRow | null = null;
  let episode: CinRow | null = null;
  let episodeNo = 0;
  let assessment: CinRow | null = null;
  let assessmentNo = 0;
  let factors: string[] = [];
  let factorLines: number[] = [];
  let cpp: CinRow | null = null;
  let cppNo = 0;
  let planRow: CinRow | null = null;
  let s47Row: CinRow | null = null;

  const where = (line: number): string => {
    const child =
      childNo === 0 ? '' : `, child ${childNo}${identifiers?.LAchildID ? ` (${identifiers.LAchildID})` : ''}`;
    return `${file}, line ${line}${child}`;
  };
  const located = (row: CinRow, line: number, fields: Record<string, number> = {}): CinRow => {
    setLines(row, { line, fields: { ...fields } });
    return row;
  };
  const newRow = (table: keyof Tables, ids: CinRow = {}, line = parser.line): CinRow => {
    const row = located(Object.assign(emptyRow(table), ids), line);
    tables[table].push(row);
    childRows.push(row);
    return row;
  };
  const episodeIds = (): CinRow => ({ CINdetailsID: episode?.CINdetailsID ?? '' });

  parser.on('opentag', (tag) => {
    const line = parser.line;
    const name = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
    const parent = stack.at(-1);
    let el: CinElement | null = null;
    if (parent === undefined) {
      if (name === layout.name) el = layout;
      else problems.push(`${where(line)}: the document is <${name}>; a CIN census is a <${layout.name}>`);
    } else if (parent.el !== null) {
      if (parent.el.table !== undefined) {
        irregular.push(
          `${where(line)}: <${name}> inside <${parent.el.name}>, which holds a value, not elements`,
        );
      } else {
        el = childOf.get(parent.el)?.get(name) ?? null;
        if (el === null) {
          const allowed = (parent.el.children ?? []).map((c) => c.name).join(', ');
          irregular.push(
            `${where(line)}: <${name}> is not an element of <${parent.el.name}> in the ${year}/${(year + 1) % 100} census (it holds ${allowed})`,
          );
        } else if (!el.repeat && parent.seen?.has(name) && !GIVEN_PER_VALUE.has(name)) {
          // Only the first is read, as the DfE's validator finds it; the schema allows several <Source>s.
          if (name !== 'Source')
            irregular.push(`${where(line)}: a second <${name}> in <${parent.el.name}>; give it once`);
          el = null;
        } else {
          (parent.seen ??= new Set()).add(name);
        }
      }
    }
    stack.push({ el, line, seen: null, text: '' });
    if (el === null || el.table !== undefined) return;
    switch (el.name) {
      case 'Header':
        if (tables.Header.length === 0) tables.Header.push(located(emptyRow('Header'), line));
        break;
      case 'Child':
        childNo += 1;
        childRows = [];
        identifiers = characteristics = episode = null;
        episodeNo = 0;
        break;
      case 'ChildIdentifiers':
        identifiers = newRow('ChildIdentifiers');
        break;
      case 'ChildCharacteristics':
        characteristics = newRow('ChildCharacteristics');
        break;
      case 'CINdetails':
        episodeNo += 1;
        assessmentNo = 0;
        cppNo = 0;
        episode = newRow('CINdetails', { CINdetailsID: String(episodeNo) });
        break;
      case 'Assessments':
        assessmentNo += 1;
        factors = [];
        factorLines = [];
        assessment = located(
          { ...emptyRow('Assessments'), ...episodeIds(), AssessmentID: String(assessmentNo) },
          line,
        );
        break;
      case 'CINPlanDates':
        planRow = newRow('CINplanDates', episodeIds());
        break;
      case 'Section47':
        s47Row = newRow('Section47', episodeIds());
        break;
      case 'ChildProtectionPlans':
        cppNo += 1;
        cpp = newRow('ChildProtectionPlans', { ...episodeIds(), CPPID: String(cppNo) });
        break;
    }
  });

  parser.on('text', (value) => {
    const frame = stack.at(-1);
    if (frame === undefined) return;
    if (frame.el?.table !== undefined) frame.text += value;
    else if (frame.el !== null && value.trim() !== '') {
      // The line the text starts on: the parser stands at its end.
      const from = value.slice(value.length - value.trimStart().length);
      const line = parser.line - (from.match(/\n/g)?.length ?? 0);
      irregular.push(
        `${where(line)}: text "${value.trim().slice(0, 40)}" in <${frame.el.name}>, which holds only elements`,
      );
    }
  });

  parser.on('closetag', () => {
    const frame = stack.pop();
    const el = frame?.el;
    if (!frame || !el) return;
    if (el.table !== undefined) {
      const value = frame.text.trim();
      const target = (() => {
        switch (el.table) {
          case 'Header':
            return tables.Header[0];
          case 'ChildIdentifiers':
            return identifiers;
          case 'ChildCharacteristics':
            return characteristics;
          case 'Disabilities':
            return newRow('Disabilities', { Disability: value }, frame.line);
          case 'CINdetails':
            return episode;
          case 'Assessments':
            if (el.repeat) {
              factors.push(value);
              factorLines.push(frame.line);
            }
            return el.repeat ? null : assessment;
          case 'CINplanDates':
            return planRow;
          case 'Section47':
            return s47Row;
          case 'ChildProtectionPlans':
            return cpp;
          case 'Reviews':
            return newRow(
              'Reviews',
              { ...episodeIds(), CPPID: cpp?.CPPID ?? '', CPPreviewDate: value },
              frame.line,
            );
        }
      })();
      if (target) {
        target[el.name] = value;
        const lines = linesOf(target);
        if (lines) lines.fields[el.name] = frame.line;
      }
      return;
    }
    if (el.name === 'Assessments' && assessment) {
      const { line, fields } = linesOf(assessment)!;
      (factors.length > 0 ? factors : ['']).forEach((factor, i) => {
        const row = newRow('Assessments', { ...assessment!, AssessmentFactors: factor });
        const at = factorLines[i];
        setLines(row, { line, fields: at === undefined ? fields : { ...fields, AssessmentFactors: at } });
      });
    } else if (el.name === 'Child') {
      // A child with no <ChildIdentifiers> is one with no LAchildID (rule 8500), as the DfE's validator reads it.
      identifiers ??= newRow('ChildIdentifiers', {}, frame.line);
      const id = identifiers.LAchildID ?? '';
      for (const row of childRows) row.LAchildID = id;
    }
  });

  parser.on('error', (error) => {
    throw new CinFileError(file, [`${error.message} (the file is not well-formed XML)`]);
  });

  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (problems.length > 0) throw new CinFileError(file, problems);
  const laCode = tables.Header[0]?.LEA ?? '';
  const data: CinCensusData = { year, laCode, ...censusDates(year), tables };
  if (irregular.length > 0)
    Object.defineProperty(data, IRREGULARITIES, { value: irregular, enumerable: false });
  return data;
}

/** Encodings a census may declare whose bytes are not UTF-8, by the names XML declarations give them. */
const SINGLE_BYTE = /^(iso-8859-\d+|latin-?1|l1|windows-125\d|cp125\d)$/i;

/**
 * The text of a census file's bytes, in the encoding XML tells: UTF-8 with or without a byte-order mark;
 * UTF-16 (as Windows tools and SQL Server save XML) by its byte-order mark or, without one, by its first
 * characters; a single-byte encoding (ISO-8859-1, Windows-1252) only when the declaration names one. A
 * file whose bytes are UTF-8 while its declaration says "utf-16" (an XML string written out as UTF-8) is
 * read as UTF-8, as any XML reader given its text does. Bytes that are not the encoding are a problem
 * naming the file and line, never characters guessed.
 */
export function decodeCinCensus(bytes: Uint8Array, file: string): string {
  const [b0, b1, b2] = bytes;
  const notEncoded = (encoding: string, line: number): CinFileError =>
    new CinFileError(file, [
      `${file}, line ${line}: the file is not ${encoding}, as it says it is (or as XML is when it does not say): save it as UTF-8, or declare the encoding it is written in`,
    ]);
  /** The bytes as the encoding, or the problem at the line of the first that are not. */
  const strictly = (encoding: string, label: string): string => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      const loose = new TextDecoder(encoding).decode(bytes);
      throw notEncoded(label, loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length);
    }
  };
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) return strictly('utf-16le', 'UTF-16');
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) return strictly('utf-16be', 'UTF-16');
  if (!(b0 === 0xef && b1 === 0xbb && b2 === 0xbf)) {
    const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
    const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
    if (declared !== undefined && SINGLE_BYTE.test(declared)) {
      try {
        // Node's TextDecoder reads Windows-1252 as Latin-1 (0x80 is not €): decoded by hand.
        return /^(windows-1252|cp1252)$/i.test(declared)
          ? decodeWindows1252(bytes)
          : new TextDecoder(declared).decode(bytes);
      } catch {
        throw new CinFileError(file, [
          `${file}, line 1: the encoding "${declared}" it declares is not one Hearth reads: save it as UTF-8`,
        ]);
      }
    }
  }
  // The common case, decoded at native speed; checked strictly only when a replacement character shows.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.includes('\uFFFD') ? strictly('utf-8', 'UTF-8') : text;
}

/** Reads a CIN census XML file from disk, in the encoding XML tells (decodeCinCensus). */
export function readCinCensusFile(file: string, year: number): CinCensusData {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CinFileError(path.basename(file), [`${file}: cannot be read (${(error as Error).message})`]);
  }
  const name = path.basename(file);
  return readCinCensusXml(decodeCinCensus(bytes, name), name, year);
}
