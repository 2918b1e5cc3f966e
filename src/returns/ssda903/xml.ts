import { SaxesParser, type SaxesOptions } from 'saxes';
import { TABLES_2025, type Row, type Ssda903Data, type TableName } from './spec.ts';

/**
 * The SSDA903 XML form (CLA.xsd, shared/standards/README.md section 1): EXPSSDA903/CHILD/{HEADER, EPISODE*}.
 * HEADER holds the child (CHILDID for CHILD), the UASC, AD1 and OC3 fields, AMISSING and AREVIEW for each
 * missing episode and review, MOTHER and MC_DOB, PERMANENCE (PrevPerm), OC2 and AD_PLACED for each
 * decision to place for adoption; EPISODE writes PLACE as PL. SWEpisodes and DoLo have no place in it.
 * CLA.xsd (2021) allows PL two characters, older than the placement types Z11-Z14 (2025/26): those are
 * written as they are, and the form then breaks the schema only there, as the return's own codes require.
 * Elements in the schema's order.
 */
const HEADER = [
  'CHILDID',
  'UPN',
  'SEX',
  'DOB',
  'ETHNIC',
  'UASC',
  'DUC',
  'DATE_INT',
  'DATE_MATCH',
  'FOSTER_CARE',
  'NB_ADOPTR',
  'SEX_ADOPTR',
  'LS_ADOPTR',
  'IN_TOUCH',
  'ACTIV',
  'ACCOM',
  'AMISSING',
  'AREVIEW',
  'MOTHER',
  'MC_DOB',
  'PERMANENCE',
  'OC2',
  'AD_PLACED',
] as const;
/** A table's columns after CHILD and DOB: the elements of its group, or its fields in HEADER. */
const own = (table: keyof typeof TABLES_2025): readonly string[] =>
  TABLES_2025[table].filter((c) => c !== 'CHILD' && c !== 'DOB');
const GROUPS = {
  AMISSING: { table: 'Missing', fields: own('Missing'), repeat: true },
  AREVIEW: { table: 'Reviews', fields: own('Reviews'), repeat: true },
  PERMANENCE: { table: 'PrevPerm', fields: own('PrevPerm'), repeat: false },
  OC2: { table: 'OC2', fields: own('OC2'), repeat: false },
  AD_PLACED: { table: 'PlacedAdoption', fields: own('PlacedAdoption'), repeat: true },
} as const satisfies Record<string, { table: TableName; fields: readonly string[]; repeat: boolean }>;
type Group = keyof typeof GROUPS;

/** The tables the XML form holds (it has no SWEpisodes or DoLo). */
export const XML_TABLES: readonly TableName[] = [
  'Header',
  'Episodes',
  'UASC',
  'AD1',
  'OC3',
  ...Object.values(GROUPS).map((g) => g.table),
];
const EPISODE = [
  'DECOM',
  'RNE',
  'LS',
  'CIN',
  'PL',
  'PL_POST',
  'HOME_POST',
  'URN',
  'PLACE_PROVIDER',
  'DEC',
  'REC',
  'REASON_PLACE_CHANGE',
] as const;
/** Elements the schema requires, written even when blank. */
const REQUIRED = new Set(['CHILDID', 'UPN', 'SEX', 'DOB', 'ETHNIC', 'UASC', 'DEC', 'REC']);
/** HEADER's fields from AD1 and OC3, which make a row of those tables when any is given. */
const AD1_FIELDS = own('AD1');
const OC3_FIELDS = own('OC3');
/** The column each element is in the CSV form, where the names differ. */
const COLUMN: Record<string, string> = { CHILDID: 'CHILD', PL: 'PLACE' };
const column = (element: string): string => COLUMN[element] ?? element;

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The tables as the XML form: a CHILD for each Header row, in Header's order, with the child's rows of the
 * other tables (SWEpisodes and DoLo aside). UASC is 1 for a child in the UASC table, else 0. Optional
 * elements are left out when blank.
 */
export function writeSsda903Xml(data: Ssda903Data): string {
  const byChild = (table: TableName): Map<string, Row[]> => {
    const map = new Map<string, Row[]>();
    for (const row of data.tables[table] ?? []) {
      const list = map.get(row.CHILD ?? '') ?? [];
      list.push(row);
      map.set(row.CHILD ?? '', list);
    }
    return map;
  };
  const of = Object.fromEntries(
    XML_TABLES.filter((t) => t !== 'Header').map((t) => [t, byChild(t)]),
  ) as Record<TableName, Map<string, Row[]>>;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<EXPSSDA903>'];
  const field = (depth: number, name: string, value: string | undefined): void => {
    if ((value ?? '') !== '' || REQUIRED.has(name))
      out.push(`${'  '.repeat(depth)}<${name}>${escapeXml(value ?? '')}</${name}>`);
  };
  for (const header of data.tables.Header ?? []) {
    const child = header.CHILD ?? '';
    const first = (table: TableName): Row => of[table].get(child)?.[0] ?? {};
    const values: Row = {
      ...first('AD1'),
      ...first('OC3'),
      ...first('UASC'),
      ...header,
      UASC: of.UASC.has(child) ? '1' : '0',
    };
    out.push('  <CHILD>', '    <HEADER>');
    for (const name of HEADER) {
      if (!(name in GROUPS)) {
        field(3, name, values[column(name)]);
        continue;
      }
      const group = GROUPS[name as Group];
      for (const row of of[group.table].get(child) ?? []) {
        out.push(`      <${name}>`);
        for (const f of group.fields) field(4, f, row[f]);
        out.push(`      </${name}>`);
      }
    }
    out.push('    </HEADER>');
    for (const episode of of.Episodes.get(child) ?? []) {
      out.push('    <EPISODE>');
      for (const name of EPISODE) field(3, name, episode[column(name)]);
      out.push('    </EPISODE>');
    }
    out.push('  </CHILD>');
  }
  out.push('</EXPSSDA903>', '');
  return out.join('\n');
}

/** A table row read from the XML form, with the line of its element and of each field given. */
export interface XmlRow {
  table: TableName;
  row: Row;
  line: number;
  fields: Record<string, number>;
}

interface Node {
  name: string;
  line: number;
  text: string;
  children: Node[];
}

/** The elements each element may hold, and whether each may repeat. */
const LAYOUT: Record<string, Record<string, boolean>> = {
  EXPSSDA903: { CHILD: true },
  CHILD: { HEADER: false, EPISODE: true },
  HEADER: Object.fromEntries(HEADER.map((n) => [n, n in GROUPS && GROUPS[n as Group].repeat])),
  EPISODE: Object.fromEntries(EPISODE.map((n) => [n, false])),
  ...Object.fromEntries(
    Object.entries(GROUPS).map(([g, { fields }]) => [g, Object.fromEntries(fields.map((f) => [f, false]))]),
  ),
};

/** Runs the parser over the text, saying in `problems` (naming the file) where it is not well-formed XML. */
function parseAll<O extends SaxesOptions>(
  parser: SaxesParser<O>,
  text: string,
  file: string,
  problems: string[],
): void {
  parser.on('error', (error) => {
    problems.push(`${file}: not well-formed XML (${error.message})`);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    // saxes throws after the error handler when it cannot go on.
    if (!problems.some((p) => p.includes((error as Error).message)))
      problems.push(`${file}: not well-formed XML (${(error as Error).message})`);
  }
}

/**
 * Reads the XML form into the rows of the CSV form's tables (Header, Episodes, Reviews, UASC, OC2, OC3,
 * AD1, PlacedAdoption, PrevPerm, Missing), each with its line. A UASC row is made when UASC is 1 or DUC is
 * given, an AD1 or OC3 row when any of their fields is; the rows of a child's tables take DOB and SEX from
 * HEADER. Values are kept as written (trimmed): checking them is the importer's work. What stops the file
 * being read is returned as problems, each naming the file and line: XML that is not well formed, an
 * element the form does not have where it stands, an element given twice where the form allows one.
 */
export function readSsda903Xml(text: string, file: string): { rows: XmlRow[]; problems: string[] } {
  const problems: string[] = [];
  const parser = new SaxesParser({ position: true, fileName: file });
  const stack: (Node | null)[] = [];
  let root: Node | null = null;
  parser.on('opentag', (tag) => {
    const name = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
    const parent = stack.at(-1);
    const node: Node = { name, line: parser.line, text: '', children: [] };
    if (parent === undefined) {
      if (name === 'EXPSSDA903') root = node;
      else
        problems.push(
          `${file}, line ${node.line}: the document is <${name}>; the SSDA903 form is <EXPSSDA903>`,
        );
    } else if (parent !== null) {
      const allowed = LAYOUT[parent.name];
      if (!allowed || !(name in allowed)) {
        const holds = allowed ? Object.keys(allowed).join(', ') : 'a value, not elements';
        problems.push(
          `${file}, line ${node.line}: <${name}> is not an element of <${parent.name}> (it holds ${holds})`,
        );
        stack.push(null);
        return;
      }
      if (!allowed[name] && parent.children.some((c) => c.name === name))
        problems.push(`${file}, line ${node.line}: a second <${name}> in <${parent.name}>; give it once`);
      parent.children.push(node);
    }
    stack.push(parent === null ? null : node);
  });
  const addText = (t: string): void => {
    const node = stack.at(-1);
    if (node) node.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parseAll(parser, text, file, problems);
  if (problems.length > 0) return { rows: [], problems };
  if (root === null) return { rows: [], problems: [`${file}: there is no <EXPSSDA903> element`] };
  return { rows: rowsOf(root), problems };
}

/** The rows of each CHILD's HEADER and EPISODEs. */
function rowsOf(root: Node): XmlRow[] {
  const rows: XmlRow[] = [];
  const valuesOf = (node: Node): { row: Row; fields: Record<string, number> } => {
    const row: Row = {};
    const fields: Record<string, number> = {};
    for (const c of node.children)
      if (LAYOUT[c.name] === undefined) {
        row[column(c.name)] = c.text.trim();
        fields[column(c.name)] = c.line;
      }
    return { row, fields };
  };
  for (const child of root.children) {
    const header = child.children.find((c) => c.name === 'HEADER');
    const line = header?.line ?? child.line;
    const { row: h, fields } = header ? valuesOf(header) : { row: {}, fields: {} };
    const pick = (...columns: string[]): Row => Object.fromEntries(columns.map((c) => [c, h[c] ?? '']));
    const add = (table: TableName, row: Row, at = line, at_fields = fields): void => {
      rows.push({ table, row, line: at, fields: at_fields });
    };
    add('Header', pick('CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'));
    if (h.UASC === '1' || (h.DUC ?? '') !== '') add('UASC', pick('CHILD', 'SEX', 'DOB', 'DUC'));
    if (AD1_FIELDS.some((f) => (h[f] ?? '') !== '')) add('AD1', pick('CHILD', 'DOB', ...AD1_FIELDS));
    if (OC3_FIELDS.some((f) => (h[f] ?? '') !== '')) add('OC3', pick('CHILD', 'DOB', ...OC3_FIELDS));
    for (const node of header?.children ?? []) {
      if (!(node.name in GROUPS)) continue;
      const group = GROUPS[node.name as Group];
      const { row, fields: at } = valuesOf(node);
      const values = Object.fromEntries(group.fields.map((f) => [f, row[f] ?? '']));
      add(group.table, { ...pick('CHILD', 'DOB'), ...values }, node.line, { ...fields, ...at });
    }
    for (const node of child.children) {
      if (node.name !== 'EPISODE') continue;
      const { row, fields: at } = valuesOf(node);
      const values = Object.fromEntries(EPISODE.map((e) => [column(e), row[column(e)] ?? '']));
      add('Episodes', { ...pick('CHILD'), ...values }, node.line, { CHILD: fields.CHILD ?? line, ...at });
    }
  }
  return rows;
}

/** An element as ElementTree holds it: its tag, its text before any child (null when none), its children. */
interface Element {
  tag: string;
  text: string | null;
  children: Element[];
}

/**
 * The values of the elements without children in `element` and all below it, in document order, by their
 * column (CHILDID is CHILD, PL is PLACE), a later one replacing an earlier of the same name.
 */
function leafValues(element: Element, into = new Map<string, string | null>()): Map<string, string | null> {
  if (element.children.length === 0) into.set(column(element.tag), element.text);
  else for (const child of element.children) leafValues(child, into);
  return into;
}

/**
 * Reads the XML form as the DfE's validator does (lac_validator/ingress.py, read_xml_from_text, with
 * ElementTree), so that the rules find what it finds. Not the form as CLA.xsd has it (readSsda903Xml, for
 * imports), and with these consequences of its reading:
 * - every element of the document element is a child, whatever its name, and nothing else of the layout is
 *   checked: elements the form does not have are read as well as those it has;
 * - a child's values are those of every element without children in it, the last of a name counting; a row
 *   of a child's EPISODE or HEADER group (AREVIEW, AMISSING, OC2, PERMANENCE, AD_PLACED) takes its own
 *   elements, and for the columns it does not have, the child's values: an episode without URN has the URN
 *   of the child's last episode that has one, as the DfE validator reads it;
 * - text is as written, spaces kept, '' for an empty element; Header rows have UASC, the text of the
 *   child's UASC element (rule 105 checks it);
 * - a UASC row is made when the child has a UASC element with text (even 0), an OC3 row when it has an
 *   IN_TOUCH with text, an AD1 row when it has a DATE_INT with text;
 * - a table no child has rows of is left out (the validator's empty table has no columns, and the rules
 *   reading it stop, finding nothing), as are SWEpisodes and DoLo, which the form does not hold.
 * Elements in a namespace are named as ElementTree names them ('{uri}CHILDID'), so they match no column.
 * What stops the file being read is returned as problems: XML that is not well-formed.
 */
export function readSsda903XmlAsValidator(
  text: string,
  file: string,
): { tables: Partial<Record<TableName, Row[]>>; problems: string[] } {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: file });
  const stack: Element[] = [];
  let root: Element | null = null;
  parser.on('opentag', (tag) => {
    const element: Element = {
      tag: tag.uri ? `{${tag.uri}}${tag.local}` : tag.local!,
      text: null,
      children: [],
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  const addText = (t: string): void => {
    const element = stack.at(-1);
    if (element && element.children.length === 0) element.text = (element.text ?? '') + t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parseAll(parser, text, file, problems);
  if (problems.length > 0) return { tables: {}, problems };
  if (root === null) return { tables: {}, problems: [`${file}: there is no element in it`] };
  const rows: Partial<Record<TableName, Row[]>> = {};
  const add = (table: TableName, values: Map<string, string | null>, extra: readonly string[] = []): void => {
    const row: Row = {};
    for (const c of [...TABLES_2025[table as keyof typeof TABLES_2025], ...extra])
      row[c] = values.get(c) ?? '';
    (rows[table] ??= []).push(row);
  };
  for (const child of (root as Element).children) {
    const values = leafValues(child);
    add('Header', values, ['UASC']);
    if ((values.get('UASC') ?? null) !== null) add('UASC', values);
    if ((values.get('IN_TOUCH') ?? null) !== null) add('OC3', values);
    if ((values.get('DATE_INT') ?? null) !== null) add('AD1', values);
    for (const part of child.children) {
      if (part.tag === 'EPISODE') add('Episodes', leafValues(part, new Map(values)));
      else if (part.tag === 'HEADER')
        for (const group of part.children) {
          const table = GROUPS[group.tag as Group]?.table;
          if (table) add(table, leafValues(group, new Map(values)));
        }
    }
  }
  const tables: Partial<Record<TableName, Row[]>> = {};
  for (const table of XML_TABLES) if (rows[table]) tables[table] = rows[table];
  return { tables, problems };
}
