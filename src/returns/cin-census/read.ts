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
 * and CPPID numbering each within its parent from 1, as the DfE's validator numbers them. Values are kept
 * as written (trimmed): checking them is the rules' work. What stops the file being read is reported here,
 * all at once: XML that is not well formed, an element the year's schema does not have where it stands, an
 * element given twice where the schema allows one, and text where only elements belong.
 */
export function readCinCensusXml(text: string, file: string, year: number): CinCensusData {
  const layout = cinLayout(year);
  const childOf = childrenByName(layout);
  const tables = Object.fromEntries(Object.keys(CIN_TABLES).map((t) => [t, []])) as unknown as Tables;
  const problems: string[] = [];
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
        problems.push(
          `${where(line)}: <${name}> inside <${parent.el.name}>, which holds a value, not elements`,
        );
      } else {
        el = childOf.get(parent.el)?.get(name) ?? null;
        if (el === null) {
          const allowed = (parent.el.children ?? []).map((c) => c.name).join(', ');
          problems.push(
            `${where(line)}: <${name}> is not an element of <${parent.el.name}> in the ${year}/${(year + 1) % 100} census (it holds ${allowed})`,
          );
        } else if (!el.repeat && parent.seen?.has(name)) {
          problems.push(`${where(line)}: a second <${name}> in <${parent.el.name}>; give it once`);
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
    else if (frame.el !== null && value.trim() !== '')
      problems.push(
        `${where(parser.line)}: text "${value.trim().slice(0, 40)}" in <${frame.el.name}>, which holds only elements`,
      );
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
      const id = identifiers?.LAchildID ?? '';
      for (const row of childRows) row.LAchildID = id;
      if (identifiers === null) problems.push(`${where(frame.line)}: <Child> has no <ChildIdentifiers>`);
    }
  });

  parser.on('error', (error) => {
    throw new CinFileError(file, [`${error.message} (the file is not well-formed XML)`]);
  });

  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (problems.length > 0) throw new CinFileError(file, problems);
  const laCode = tables.Header[0]?.LEA ?? '';
  return { year, laCode, ...censusDates(year), tables };
}

/** Reads a CIN census XML file from disk (UTF-8). */
export function readCinCensusFile(file: string, year: number): CinCensusData {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CinFileError(path.basename(file), [`${file}: cannot be read (${(error as Error).message})`]);
  }
  return readCinCensusXml(text, path.basename(file), year);
}
