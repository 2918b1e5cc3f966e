import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { cinCensusFile, cinChild } from '../../../../test/import-files.ts';
import { countRows } from '../../../../test/records.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';
import { COLUMNS } from '../../../returns/annex-a/spec.ts';
import { SSD_TABLES } from '../../../returns/ssd/spec.ts';
import { UPLOAD_LIMIT_MB, UPLOAD_MAX_FILES } from './index.ts';

const LA = DEMO_AUTHORITY.laCode;
let database: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

/** What an import writes: records, their versions, and its audit event (signing in audits too). */
async function written(): Promise<Record<string, number>> {
  const imports = await database.ownerDb
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', 'import')
    .executeTakeFirstOrThrow();
  return {
    ...(await countRows(database.ownerDb, LA, ['person', 'referral', 'assessment', 'record_version'])),
    imports: Number(imports.n),
  };
}

async function admin(): Promise<TestClient> {
  const client = new TestClient(app);
  await client.signIn('admin', DEMO_PASSWORD);
  const form = await client.get('/import');
  expect(form.statusCode).toBe(200);
  return client;
}

/** The text of the page's GOV.UK error summary list, one entry a line. */
function errorSummary(body: string): string[] {
  const list = /<ul class="govuk-list govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
  return [...list.matchAll(/<a href="#[a-z]+">([^<]*)<\/a>/g)].map((m) => m[1]!.trim());
}

const lineOf = (text: string, xml: string): number => xml.slice(0, xml.indexOf(text)).split('\n').length;

describe('the import page', () => {
  it('imports CIN census files as the administrator, reports by table, and a second time changes nothing', async () => {
    const client = await admin();
    const page = await client.get('/import');
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain('CIN census XML files');
    expect(page.body).toContain('SSDA903 CSV files');

    const files = [
      { name: 'first.xml', content: cinCensusFile(LA, cinChild('W1')) },
      { name: 'second.xml', content: cinCensusFile(LA, cinChild('W2', 'M')) },
    ];
    const report = await client.postFiles('/import', { format: 'cin-census', year: '2025' }, files);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('Records imported');
    expect(report.body).toContain('first.xml, second.xml');
    // person, referral, assessment: two new each, none completed or unchanged.
    for (const table of ['person', 'referral', 'assessment'])
      expect(report.body).toMatch(
        new RegExp(`>${table}</th>\\s*<td[^>]*>2</td>\\s*<td[^>]*>0</td>\\s*<td[^>]*>0</td>`),
      );
    const people = await database.ownerDb
      .selectFrom('person')
      .select(['la_child_id', 'date_of_birth'])
      .where('la_code', '=', LA)
      .orderBy('la_child_id')
      .execute();
    expect(people.map((p) => p.la_child_id)).toEqual(['W1', 'W2']);

    // Audited as the CLI's import is: once, by the administrator, naming the files.
    const adminId = (
      await database.ownerDb
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow()
    ).id;
    const imports = await database.ownerDb
      .selectFrom('audit_event')
      .select(['user_id', 'detail'])
      .where('action', '=', 'import')
      .execute();
    expect(imports).toHaveLength(1);
    expect(imports[0]!.user_id).toBe(adminId);
    expect(imports[0]!.detail).toMatchObject({
      format: 'cin-census',
      files: ['first.xml', 'second.xml'],
      inserted: { person: 2, referral: 2, assessment: 2 },
    });

    const before = await written();
    const again = await client.postFiles('/import', { format: 'cin-census', year: '2025' }, files);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Nothing to import: the record already holds these files');
    expect(again.body).toMatch(/>person<\/th>\s*<td[^>]*>0<\/td>\s*<td[^>]*>0<\/td>\s*<td[^>]*>2<\/td>/);
    expect(await written()).toEqual(before);
  });

  it('imports SSDA903 files and lists the tables it does not write', async () => {
    const client = await admin();
    const report = await client.postFiles('/import', { format: 'ssda903', year: '2025' }, [
      {
        name: 'Header.csv',
        content: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nS1,F,29/02/2008,WBRI,UN2,1,01/06/2025\r\n',
      },
    ]);
    expect(report.statusCode).toBe(200);
    expect(report.body).toMatch(/>person<\/th>\s*<td[^>]*>1<\/td>/);
    expect(report.body).toContain('Not imported');
    expect(report.body).toContain('Header.csv: MOTHER and MC_DOB of 1 mothers');
    const person = await database.ownerDb
      .selectFrom('person')
      .select('date_of_birth')
      .where('la_child_id', '=', 'S1')
      .executeTakeFirstOrThrow();
    expect(String(person.date_of_birth)).toContain('2008-02-29');
  });

  it('imports the collection year chosen: the 2026/27 SSDA903 with its DoLo table; a CIN census only of 2025/26', async () => {
    const client = await admin();
    const page = await client.get('/import');
    expect(page.body).toContain('Which collection year are they?');
    for (const year of ['2025', '2026']) expect(page.body).toContain(`value="${year}"`);

    const dolo = [
      {
        name: 'Header.csv',
        content: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nD7,M,29/02/2012,WBRI,UN1,,\n',
      },
      {
        name: 'Episodes.csv',
        content:
          'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
          'D7,01/05/2026,S,C2,N1,K2,PR4,,,,AB1 2CD,AB3 4EF,SC123456\n',
      },
      { name: 'DoLo.csv', content: 'CHILD,DOB,DOLO_START,DOLO_END\nD7,29/02/2012,01/06/2026,\n' },
    ];
    const before = await written();
    // Read as 2025/26, DoLo.csv is no table of that year: nothing is imported.
    const asLastYear = await client.postFiles('/import', { format: 'ssda903', year: '2025' }, dolo);
    expect(asLastYear.statusCode).toBe(400);
    expect(errorSummary(asLastYear.body).join('\n')).toContain('DoLo.csv');
    expect(await written()).toEqual(before);

    const noYear = await client.postFiles('/import', { format: 'ssda903' }, dolo);
    expect(noYear.statusCode).toBe(400);
    expect(errorSummary(noYear.body)).toEqual(['Select the collection year of the files']);
    const cin2026 = await client.postFiles('/import', { format: 'cin-census', year: '2026' }, [
      { name: 'c.xml', content: cinCensusFile(LA, cinChild('C26')) },
    ]);
    expect(cin2026.statusCode).toBe(400);
    expect(errorSummary(cin2026.body)).toEqual(['CIN census XML files can be imported for 2025/26 only']);
    expect(cin2026.body).toMatch(/value="2026" checked/);
    expect(await written()).toEqual(before);

    const report = await client.postFiles('/import', { format: 'ssda903', year: '2026' }, dolo);
    expect(report.statusCode).toBe(200);
    expect(report.body).toMatch(/>deprivation_of_liberty<\/th>\s*<td[^>]*>1<\/td>/);
    const order = await database.ownerDb
      .selectFrom('deprivation_of_liberty')
      .innerJoin('person', 'person.id', 'deprivation_of_liberty.person_id')
      .select(['deprivation_of_liberty.start_date', 'deprivation_of_liberty.end_date'])
      .where('person.la_child_id', '=', 'D7')
      .executeTakeFirstOrThrow();
    expect([String(order.start_date), order.end_date]).toEqual(['2026-06-01', null]);
  });

  it('imports the SSDA903 XML form, one file', async () => {
    const client = await admin();
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD>
    <HEADER>
      <CHILDID>X9</CHILDID>
      <UPN>UN1</UPN>
      <SEX>F</SEX>
      <DOB>29/02/2016</DOB>
      <ETHNIC>WBRI</ETHNIC>
    </HEADER>
  </CHILD>
</EXPSSDA903>
`;
    const twice = await client.postFiles('/import', { format: 'ssda903-xml', year: '2025' }, [
      { name: 'a.xml', content: xml },
      { name: 'b.xml', content: xml },
    ]);
    expect(twice.body).toContain('Select one SSDA903 XML file');
    const report = await client.postFiles('/import', { format: 'ssda903-xml', year: '2025' }, [
      { name: 'cla.xml', content: xml },
    ]);
    expect(report.statusCode).toBe(200);
    expect(report.body).toMatch(/>person<\/th>\s*<td[^>]*>1<\/td>/);
    const person = await database.ownerDb
      .selectFrom('person')
      .select('date_of_birth')
      .where('la_child_id', '=', 'X9')
      .executeTakeFirstOrThrow();
    expect(String(person.date_of_birth)).toContain('2016-02-29');
  });

  it("imports an Annex A workbook (List 1's contacts)", async () => {
    const client = await admin();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('List 1');
    sheet.addRow([...COLUMNS['List 1']]);
    const row: Record<string, string | number | Date> = {
      'Child Unique ID': 'A7',
      Gender: 'b) Female',
      Ethnicity: 'a) WBRI',
      'Date of Birth': new Date('2016-02-29T00:00:00Z'),
      'Date of Contact': new Date('2025-12-01T00:00:00Z'),
      'Contact Source': '1A',
    };
    sheet.addRow(COLUMNS['List 1'].map((c) => row[c] ?? null));
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await client.postFiles('/import', { format: 'annex-a' }, [
      { name: 'annex-a.xlsx', content },
    ]);
    expect(report.statusCode).toBe(200);
    expect(report.body).toMatch(/>person<\/th>\s*<td[^>]*>1<\/td>/);
    expect(report.body).toMatch(/>contact<\/th>\s*<td[^>]*>1<\/td>/);
    const person = await database.ownerDb
      .selectFrom('person')
      .select('date_of_birth')
      .where('la_child_id', '=', 'A7')
      .executeTakeFirstOrThrow();
    expect(String(person.date_of_birth)).toContain('2016-02-29');
  });

  it('imports Standard Safeguarding Dataset files by their names', async () => {
    const client = await admin();
    const fields = SSD_TABLES.get('ssd_person')!;
    const values: Record<string, string> = {
      pers_person_id: 'P55',
      pers_forename: 'Jo',
      pers_sex: 'F',
      pers_dob: '2012-02-29',
      pers_legacy_id: 'SSD55',
    };
    const content = `${fields.join(',')}\r\n${fields.map((f) => values[f] ?? '').join(',')}\r\n`;
    const report = await client.postFiles('/import', { format: 'ssd' }, [
      { name: 'ssd_person.csv', content },
    ]);
    expect(report.statusCode).toBe(200);
    expect(report.body).toMatch(/>person<\/th>\s*<td[^>]*>1<\/td>/);
    const person = await database.ownerDb
      .selectFrom('person')
      .select('date_of_birth')
      .where('la_child_id', '=', 'SSD55')
      .executeTakeFirstOrThrow();
    expect(String(person.date_of_birth)).toContain('2012-02-29');
  });

  it('lists every problem in the error summary and imports nothing, not even the good files', async () => {
    const client = await admin();
    const before = await written();
    const bad = cinCensusFile(
      LA,
      `${cinChild('B1', 'X')}\n${cinChild('B2').replace('2025-05-01', '2025-13-01')}`,
    );
    const page = await client.postFiles('/import', { format: 'cin-census', year: '2025' }, [
      { name: 'good.xml', content: cinCensusFile(LA, cinChild('G1')) },
      { name: 'bad.xml', content: bad },
    ]);
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('<title>Error: Import records – Hearth</title>');
    expect(page.body).toContain('Nothing was imported: 2 problems were found in the files.');
    expect(errorSummary(page.body)).toEqual([
      `bad.xml, line ${lineOf('<Sex>X', bad)}, child B1, Sex: &quot;X&quot; is not one of the census codes (M, F, U)`,
      `bad.xml, line ${lineOf('2025-13-01', bad)}, child B2, CINreferralDate: &quot;2025-13-01&quot; is not a date written YYYY-MM-DD`,
    ]);
    // The format chosen stays chosen.
    expect(page.body).toMatch(/value="cin-census" checked/);
    expect(await written()).toEqual(before);

    // A file of another authority is refused whole too, naming the file and never where it was saved.
    const foreign = await client.postFiles('/import', { format: 'cin-census', year: '2025' }, [
      { name: 'theirs.xml', content: cinCensusFile('201', cinChild('F1')) },
    ]);
    expect(foreign.statusCode).toBe(400);
    const problems = errorSummary(foreign.body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('theirs.xml'))).toBe(true);
    expect(foreign.body).not.toContain('hearth-import-');
    expect(await written()).toEqual(before);
  });

  it('asks for a format and files, files of the format, each once, within the size limit', async () => {
    const client = await admin();
    const before = await written();
    const xml = cinCensusFile(LA, cinChild('Q1'));
    const cases: [Record<string, string>, { name: string; content: string | Buffer }[], string][] = [
      [{}, [{ name: 'a.xml', content: xml }], 'Select what the files are'],
      [{ format: 'cin-census', year: '2025' }, [], 'Select the files to import'],
      [{ format: 'nonsense' }, [{ name: 'a.xml', content: xml }], 'Select what the files are'],
      [{ format: 'cin-census', year: '2025' }, [{ name: 'a.csv', content: xml }], 'a.csv is not a .xml file'],
      [
        { format: 'ssda903', year: '2025' },
        [{ name: 'Header.xml', content: xml }],
        'Header.xml is not a .csv file',
      ],
      [
        { format: 'cin-census', year: '2025' },
        [
          { name: 'a.xml', content: xml },
          { name: 'a.xml', content: xml },
        ],
        'a.xml is selected twice',
      ],
      [{ format: 'cin-census', year: '2025' }, [{ name: '..xml', content: xml }], '..xml: rename the file'],
      [
        { format: 'cin-census', year: '2025' },
        Array.from({ length: UPLOAD_MAX_FILES + 1 }, (_, i) => ({ name: `f${i}.xml`, content: xml })),
        `Select ${UPLOAD_MAX_FILES} files or fewer`,
      ],
      [
        { format: 'cin-census', year: '2025' },
        [{ name: 'big.xml', content: Buffer.alloc(UPLOAD_LIMIT_MB * 1024 * 1024 + 1, 0x20) }],
        `The files must be ${UPLOAD_LIMIT_MB} MB or smaller in all`,
      ],
    ];
    for (const [form, files, error] of cases) {
      const page = await client.postFiles('/import', form, files);
      expect(page.statusCode, error).toBe(400);
      expect(errorSummary(page.body).join('\n'), error).toContain(error);
    }
    // A folder the browser gives is dropped: the file is saved by its own name.
    const page = await client.postFiles('/import', { format: 'cin-census', year: '2025' }, [
      { name: '../../q.xml', content: xml },
    ]);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Records imported');
    expect(page.body).toContain('From the CIN census XML files: q.xml.');
    expect((await written()).person).toBe(before.person! + 1);
  });

  it('is for administrators only, and refuses an upload without the form’s token', async () => {
    const before = await written();
    const files = [{ name: 'x.xml', content: cinCensusFile(LA, cinChild('R1')) }];
    for (const username of ['analyst', 'head', 'practitioner']) {
      const client = new TestClient(app);
      await client.signIn(username, DEMO_PASSWORD);
      await client.get('/');
      expect((await client.get('/import')).statusCode).toBe(403);
      expect(
        (await client.postFiles('/import', { format: 'cin-census', year: '2025' }, files)).statusCode,
      ).toBe(403);
    }
    const anonymous = new TestClient(app);
    await anonymous.get('/sign-in');
    expect(
      (await anonymous.postFiles('/import', { format: 'cin-census', year: '2025' }, files)).statusCode,
    ).toBe(401);

    const client = await admin();
    const forged = await client.postFiles('/import', { format: 'cin-census', year: '2025' }, files, {
      csrf: false,
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('This form has expired');
    const wrong = await client.postFiles(
      '/import',
      { format: 'cin-census', year: '2025', _csrf: 'not-the-token' },
      files,
    );
    expect(wrong.statusCode).toBe(403);
    expect(await written()).toEqual(before);
  });
});
