import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority } from '../../../test/fixtures.ts';
import { seededAndEmpty } from '../../../test/records.ts';
import { schemaErrors } from '../../../test/xml-schema.ts';
import { inAuthority, systemActor, type Actor, type Db } from '../../db/database.ts';
import { ImportError, type ImportSummary } from '../import-record.ts';
import { exportSsda903, ssda903Csv } from './export.ts';
import { importSsda903, readSsda903Import, type Ssda903ImportTables } from './import.ts';
import type { Ssda903Data, TableName } from './spec.ts';
import { readSsda903Xml, writeSsda903Xml } from './xml.ts';

const SCHEMA = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema', 'CLA.xsd');

function writeFile(text: string | Buffer, name = 'cla.xml'): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-903-xml-')), name);
  fs.writeFileSync(file, text);
  return file;
}

function importInto(db: Db, actor: Actor, tables: Ssda903ImportTables): Promise<ImportSummary> {
  return inAuthority(db, actor, (trx) => importSsda903(trx, actor, tables));
}

/**
 * X1: a boy in care from May 2025, placed for adoption (matched in March), missing once, with a review,
 * previous permanence and OC2 outcomes. X2: a care leaver of 19 in touch at his birthday, not in care.
 */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD>
    <HEADER>
      <CHILDID>X1</CHILDID>
      <UPN>UN1</UPN>
      <SEX>M</SEX>
      <DOB>29/02/2016</DOB>
      <ETHNIC>WBRI</ETHNIC>
      <UASC>0</UASC>
      <DATE_INT>15/01/2026</DATE_INT>
      <DATE_MATCH>01/03/2026</DATE_MATCH>
      <FOSTER_CARE>0</FOSTER_CARE>
      <NB_ADOPTR>1</NB_ADOPTR>
      <SEX_ADOPTR>F1</SEX_ADOPTR>
      <LS_ADOPTR>L0</LS_ADOPTR>
      <AMISSING>
        <MISSING>M</MISSING>
        <MIS_START>03/07/2025</MIS_START>
      </AMISSING>
      <AREVIEW>
        <REVIEW>10/06/2025</REVIEW>
        <REVIEW_CODE>PN1</REVIEW_CODE>
      </AREVIEW>
      <PERMANENCE>
        <PREV_PERM>Z1</PREV_PERM>
      </PERMANENCE>
      <OC2>
        <CONVICTED>0</CONVICTED>
        <SUBSTANCE_MISUSE>0</SUBSTANCE_MISUSE>
      </OC2>
      <AD_PLACED>
        <DATE_PLACED>15/01/2026</DATE_PLACED>
      </AD_PLACED>
    </HEADER>
    <EPISODE>
      <DECOM>10/05/2025</DECOM>
      <RNE>S</RNE>
      <LS>C2</LS>
      <CIN>N1</CIN>
      <PL>U1</PL>
      <PL_POST>AB1 2CD</PL_POST>
      <PLACE_PROVIDER>PR1</PLACE_PROVIDER>
      <DEC></DEC>
      <REC></REC>
    </EPISODE>
  </CHILD>
  <CHILD>
    <HEADER>
      <CHILDID>X2</CHILDID>
      <UPN>UN2</UPN>
      <SEX>M</SEX>
      <DOB>20/06/2006</DOB>
      <ETHNIC>AOTH</ETHNIC>
      <UASC>0</UASC>
      <IN_TOUCH>YES</IN_TOUCH>
      <ACTIV>F2</ACTIV>
      <ACCOM>D1</ACCOM>
    </HEADER>
  </CHILD>
</EXPSSDA903>
`;

describe('the SSDA903 XML form, hand-made', () => {
  let database: TestDatabase;
  let actor: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    actor = { ...(await arrangeAuthority(database.ownerDb, '201', 'administrator')), system: true as const };
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('is valid against CLA.xsd, and reads into the tables of the CSV form with the line of each row', async () => {
    expect(await schemaErrors(XML, SCHEMA)).toEqual([]);
    const { rows, problems } = readSsda903Xml(XML, 'cla.xml');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.table, r.line])).toEqual([
      ['Header', 4],
      ['AD1', 4],
      ['Missing', 17],
      ['Reviews', 21],
      ['PrevPerm', 25],
      ['OC2', 28],
      ['PlacedAdoption', 32],
      ['Episodes', 36],
      ['Header', 49],
      ['OC3', 49],
    ]);
    const row = (table: TableName, i = 0): Record<string, string> =>
      rows.filter((r) => r.table === table)[i]!.row;
    expect(row('Header')).toEqual({
      CHILD: 'X1',
      SEX: 'M',
      DOB: '29/02/2016',
      ETHNIC: 'WBRI',
      UPN: 'UN1',
      MOTHER: '',
      MC_DOB: '',
    });
    expect(row('Missing')).toEqual({
      CHILD: 'X1',
      DOB: '29/02/2016',
      MISSING: 'M',
      MIS_START: '03/07/2025',
      MIS_END: '',
    });
    expect(row('Episodes')).toEqual({
      CHILD: 'X1',
      DECOM: '10/05/2025',
      RNE: 'S',
      LS: 'C2',
      CIN: 'N1',
      PLACE: 'U1',
      PL_POST: 'AB1 2CD',
      HOME_POST: '',
      URN: '',
      PLACE_PROVIDER: 'PR1',
      DEC: '',
      REC: '',
      REASON_PLACE_CHANGE: '',
    });
    expect(row('OC3', 0)).toEqual({
      CHILD: 'X2',
      DOB: '20/06/2006',
      IN_TOUCH: 'YES',
      ACTIV: 'F2',
      ACCOM: 'D1',
    });
  });

  it('is imported as the CSV files are, problems naming the line of the field', async () => {
    const bad = XML.replace('<LS>C2</LS>', '<LS>Q2</LS>').replace('<SEX>M</SEX>', '<SEX>7</SEX>');
    const refused = await importInto(database.db, actor, readSsda903Import(writeFile(bad), 2025)).then(
      () => null,
      (e: unknown) => e as ImportError,
    );
    expect(refused?.problems).toEqual([
      'cla.xml, line 7, child X1, SEX: "7" is not one of the SSDA903 codes (M, F, U)',
      expect.stringMatching(/^cla\.xml, line 39, child X1, LS: "Q2" is not one of the SSDA903 codes \(/),
    ]);

    const summary = await importInto(database.db, actor, readSsda903Import(writeFile(XML), 2025));
    expect(summary.inserted).toEqual({
      person: 2,
      cla_episode: 1,
      cla_review: 1,
      cla_outcome: 1,
      care_leaver: 1,
      care_leaver_contact: 1,
      adoption: 1,
      missing_episode: 1,
    });
    const again = await importInto(database.db, actor, readSsda903Import(writeFile(XML), 2025));
    expect(again.inserted).toEqual({});
    expect(again.updated).toEqual({});
  });

  it('reads CDATA as text, and the encodings real exports write', () => {
    const cdata = readSsda903Xml(XML.replace('<SEX>M</SEX>', '<SEX><![CDATA[M]]></SEX>'), 'cla.xml');
    expect(cdata.rows[0]!.row.SEX).toBe('M');
    const header = (file: string): Record<string, string> => readSsda903Import(file, 2025).Header!.rows[0]!;
    const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
    // Declared Windows-1252 (€ is its byte 0x80), UTF-16 with a byte order mark, UTF-8 with one, and a file
    // taken to be UTF-8 whose bytes are not: read as Windows-1252.
    const declared = XML.replace('encoding="UTF-8"', 'encoding="windows-1252"').replace('UN1', 'UN1\x80');
    expect(header(writeFile(latin1(declared))).UPN).toBe('UN1€');
    expect(header(writeFile(Buffer.from(`\ufeff${XML}`, 'utf16le'))).UPN).toBe('UN1');
    expect(header(writeFile(`\ufeff${XML}`)).UPN).toBe('UN1');
    expect(header(writeFile(latin1(XML.replace('UN1', 'UN1\xe9')))).UPN).toBe('UN1é');
  });

  it('refuses a file that is not the form, naming file and line', () => {
    const refused = (text: string): readonly string[] => {
      try {
        readSsda903Import(writeFile(text), 2025);
        return [];
      } catch (error) {
        return (error as ImportError).problems;
      }
    };
    expect(refused(XML.replace('<UASC>0</UASC>', '<UASC>0</UASC><NAME>Sam</NAME>'))).toEqual([
      'cla.xml, line 10: <NAME> is not an element of <HEADER> (it holds CHILDID, UPN, SEX, DOB, ETHNIC, UASC, DUC, DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR, IN_TOUCH, ACTIV, ACCOM, AMISSING, AREVIEW, MOTHER, MC_DOB, PERMANENCE, OC2, AD_PLACED)',
    ]);
    expect(refused(XML.replace('<PERMANENCE>', '<PERMANENCE></PERMANENCE><PERMANENCE>'))).toEqual([
      'cla.xml, line 25: a second <PERMANENCE> in <HEADER>; give it once',
    ]);
    expect(refused(XML.replace('</EPISODE>', ''))[0]).toMatch(
      /^cla\.xml: not well-formed XML \(cla\.xml:\d+:\d+: /,
    );
    expect(refused('<CIN>\n</CIN>\n')).toEqual([
      'cla.xml, line 1: the document is <CIN>; the SSDA903 form is <EXPSSDA903>',
    ]);
  });
});

describe('the SSDA903 XML form of a synthetic authority', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let data: Ssda903Data;
  let xml: string;

  beforeAll(async () => {
    ({ source, target } = await seededAndEmpty('206', 'xml'));
    data = await inAuthority(source.db, systemActor('206'), (trx) => exportSsda903(trx, 2025));
    xml = writeSsda903Xml(data);
  }, 180_000);
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  it('is valid against CLA.xsd but for the placement types newer than it (Z11-Z14)', async () => {
    expect(data.tables.Header!.length).toBeGreaterThan(20);
    const lines = xml.split('\n');
    const errors = await schemaErrors(xml, SCHEMA);
    const newer = (e: string) => {
      const line = /^[^:]+:(\d+):.*Element 'PL': \[facet 'maxLength'\]/.exec(e)?.[1];
      return line !== undefined && /<PL>Z1[1-4]<\/PL>/.test(lines[Number(line) - 1]!);
    };
    expect(errors.filter(newer).length, 'the synthetic authority has a Z11-Z14 placement').toBeGreaterThan(0);
    expect(errors.filter((e) => !newer(e))).toEqual([]);
  });

  it('reads back as the CSV form: every table but SWEpisodes, byte for byte', () => {
    const { rows, problems } = readSsda903Xml(xml, 'cla.xml');
    expect(problems).toEqual([]);
    const tables: Ssda903Data['tables'] = {};
    for (const { table, row } of rows) (tables[table] ??= []).push(row);
    const read = { ...data, tables };
    for (const table of Object.keys(data.tables) as TableName[])
      if (table !== 'SWEpisodes') expect.soft(ssda903Csv(read, table), table).toBe(ssda903Csv(data, table));
  });

  it('imports into an empty authority, which exports the tables the form carries as they were', async () => {
    const admin = {
      ...(await arrangeAuthority(target.ownerDb, '206', 'administrator')),
      system: true as const,
    };
    await importInto(target.db, admin, readSsda903Import(writeFile(xml), 2025));
    const after = await inAuthority(target.db, admin, (trx) => exportSsda903(trx, 2025));
    // OC3 and Header also list care leavers whose time in care is in earlier years' returns, not this one.
    for (const table of [
      'Episodes',
      'Reviews',
      'UASC',
      'OC2',
      'AD1',
      'PlacedAdoption',
      'PrevPerm',
      'Missing',
    ])
      expect.soft(ssda903Csv(after, table as TableName), table).toBe(ssda903Csv(data, table as TableName));
  }, 120_000);
});
