import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority } from '../../../test/fixtures.ts';
import { countRows, seededAndEmpty } from '../../../test/records.ts';
import { inAuthority, systemActor, type Actor, type Db } from '../../db/database.ts';
import { upnFor } from '../../synth/people.ts';
import { ImportError, type ImportSummary } from '../import-record.ts';
import { exportCinCensus } from './export.ts';
import { importCinCensus, readCinImportFiles, type CinImportFile } from './import.ts';
import { readCinCensusXml } from './read.ts';
import { writeCinCensusXml } from './xml.ts';

const UPN = upnFor('201', 1);
const FORMER_UPN = upnFor('201', 2);

const header = (la: string): string => `  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>${la}</LEA><SoftwareCode>Legacy</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2026-04-20T10:00:00</DateTime></Source>
  </Header>`;
const message = (la: string, children: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n${header(la)}\n  <Children>\n${children}\n  </Children>\n</Message>\n`;

/**
 * H1: assessed (two factors), then a CIN plan; an enquiry whose initial conference started a protection plan
 * that ended at its second review; a second episode with an enquiry that needed no conference, and two
 * assessments started on one day, one still open (the file's order must survive the round trip). H2: unborn, referred with no further action.
 */
const H1 = `    <Child>
      <ChildIdentifiers>
        <LAchildID>H1</LAchildID>
        <UPN>${UPN}</UPN>
        <PersonBirthDate>2015-06-01</PersonBirthDate>
        <Sex>M</Sex>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
        <Disabilities><Disability>HAND</Disability><Disability>VIS</Disability></Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2025-05-01</CINreferralDate>
        <ReferralSource>2A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <Assessments>
          <AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>3A</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors></FactorsIdentifiedAtAssessment>
        </Assessments>
        <CINPlanDates><CINPlanStartDate>2025-06-11</CINPlanStartDate><CINPlanEndDate>2025-07-20</CINPlanEndDate></CINPlanDates>
        <Section47>
          <S47ActualStartDate>2025-07-01</S47ActualStartDate>
          <InitialCPCtarget>2025-07-22</InitialCPCtarget>
          <DateOfInitialCPC>2025-07-20</DateOfInitialCPC>
          <ICPCnotRequired>false</ICPCnotRequired>
        </Section47>
        <ReferralNFA>false</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2025-07-20</CPPstartDate>
          <CPPendDate>2026-01-10</CPPendDate>
          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>1</NumberOfPreviousCPP>
          <Reviews><CPPreviewDate>2025-10-15</CPPreviewDate><CPPreviewDate>2026-01-10</CPPreviewDate></Reviews>
        </ChildProtectionPlans>
      </CINdetails>
      <CINdetails>
        <CINreferralDate>2026-02-01</CINreferralDate>
        <ReferralSource>6</ReferralSource>
        <PrimaryNeedCode>N4</PrimaryNeedCode>
        <Assessments><AssessmentActualStartDate>2026-02-01</AssessmentActualStartDate></Assessments>
        <Assessments>
          <AssessmentActualStartDate>2026-02-01</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2026-02-20</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>1B</AssessmentFactors></FactorsIdentifiedAtAssessment>
        </Assessments>
        <Section47>
          <S47ActualStartDate>2026-02-02</S47ActualStartDate>
          <InitialCPCtarget>2026-02-23</InitialCPCtarget>
          <ICPCnotRequired>true</ICPCnotRequired>
        </Section47>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
    </Child>`;
const H2 = `    <Child>
      <ChildIdentifiers>
        <LAchildID>H2</LAchildID>
        <UPNunknown>UN1</UPNunknown>
        <ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>
        <Sex>U</Sex>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>NOBT</Ethnicity>
        <Disabilities><Disability>NONE</Disability></Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2025-09-01</CINreferralDate>
        <ReferralSource>9</ReferralSource>
        <PrimaryNeedCode>N9</PrimaryNeedCode>
        <CINclosureDate>2025-09-01</CINclosureDate>
        <ReasonForClosure>RC8</ReasonForClosure>
        <ReferralNFA>true</ReferralNFA>
      </CINdetails>
    </Child>`;
const FIRST = message('201', `${H1}\n${H2}`);

/** A second file: H1's second episode now closed, with H1's former UPN, and a new child H3. */
const SECOND = message(
  '201',
  `    <Child>
      <ChildIdentifiers>
        <LAchildID>H1</LAchildID>
        <UPN>${UPN}</UPN>
        <FormerUPN>${FORMER_UPN}</FormerUPN>
        <PersonBirthDate>2015-06-01</PersonBirthDate>
        <Sex>M</Sex>
      </ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2026-02-01</CINreferralDate>
        <ReferralSource>6</ReferralSource>
        <PrimaryNeedCode>N4</PrimaryNeedCode>
        <CINclosureDate>2026-03-20</CINclosureDate>
        <ReasonForClosure>RC7</ReasonForClosure>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers>
        <LAchildID>H3</LAchildID>
        <PersonBirthDate>2010-01-31</PersonBirthDate>
        <Sex>F</Sex>
      </ChildIdentifiers>
      <CINdetails>
        <CINreferralDate>2025-11-03</CINreferralDate>
        <ReferralSource>1A</ReferralSource>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
    </Child>`,
);

/** The line of a file on which `text` first stands. */
function lineIn(xml: string, text: string): number {
  const at = xml.indexOf(text);
  if (at < 0) throw new Error(`${text} is not in the file`);
  return xml.slice(0, at).split('\n').length;
}

const file = (name: string, xml: string): CinImportFile => ({
  file: name,
  data: readCinCensusXml(xml, name, 2025),
});

function importInto(db: Db, actor: Actor, files: CinImportFile[]): Promise<ImportSummary> {
  return inAuthority(db, actor, (trx) => importCinCensus(trx, actor, files));
}

const TABLES = [
  'person',
  'referral',
  'assessment',
  'cin_plan',
  's47_enquiry',
  'cp_plan',
  'cp_conference',
  'record_version',
  'audit_event',
] as const;

const counts = (ownerDb: Db, laCode: string): Promise<Record<string, number>> =>
  countRows(ownerDb, laCode, TABLES);

async function problemsOf(work: Promise<unknown>): Promise<readonly string[]> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error.problems;
}

describe('importing hand-made CIN census files', () => {
  let database: TestDatabase;
  let actor: Actor;
  let first: ImportSummary;

  beforeAll(async () => {
    database = await createTestDatabase();
    actor = { ...(await arrangeAuthority(database.ownerDb, '201', 'administrator')), system: true as const };
    first = await importInto(database.db, actor, [file('first.xml', FIRST)]);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('records each child with the identifiers and characteristics the file gives', async () => {
    const people = await database.ownerDb
      .selectFrom('person')
      .selectAll()
      .where('la_code', '=', '201')
      .orderBy('la_child_id')
      .execute();
    expect(
      people.map((p) => [
        p.la_child_id,
        p.upn,
        p.upn_unknown,
        p.date_of_birth,
        p.expected_date_of_birth,
        p.sex,
        p.ethnicity,
        p.disabilities,
        p.given_name,
        p.recorded_by,
      ]),
    ).toEqual([
      ['H1', UPN, null, '2015-06-01', null, 'M', 'WBRI', ['HAND', 'VIS'], '', actor.userId],
      ['H2', null, 'UN1', null, '2026-05-01', 'U', 'NOBT', [], '', actor.userId],
    ]);
    expect(first.inserted).toEqual({
      person: 2,
      referral: 3,
      assessment: 3,
      cin_plan: 1,
      s47_enquiry: 2,
      cp_plan: 1,
      cp_conference: 3,
    });
  });

  it('records the episodes, with what the census does not say inferred from what followed', async () => {
    const q = database.ownerDb;
    const referrals = await q
      .selectFrom('referral')
      .select(['referral_date', 'source', 'primary_need', 'nfa', 'closure_date', 'closure_reason'])
      .where('la_code', '=', '201')
      .orderBy('referral_date')
      .execute();
    expect(referrals).toEqual([
      {
        referral_date: '2025-05-01',
        source: '2A',
        primary_need: 'N1',
        nfa: false,
        closure_date: null,
        closure_reason: null,
      },
      {
        referral_date: '2025-09-01',
        source: '9',
        primary_need: 'N9',
        nfa: true,
        closure_date: '2025-09-01',
        closure_reason: 'RC8',
      },
      {
        referral_date: '2026-02-01',
        source: '6',
        primary_need: 'N4',
        nfa: false,
        closure_date: null,
        closure_reason: null,
      },
    ]);
    const assessments = await q
      .selectFrom('assessment')
      .select(['start_date', 'authorised_date', 'factors', 'outcome'])
      .where('la_code', '=', '201')
      .orderBy('start_date')
      .orderBy('id')
      .execute();
    // Authorised, then a CIN plan started: its outcome was the plan. Authorised, then an enquiry started:
    // the strategy discussion. The one still open has none. Ids keep the file's order within a date.
    expect(assessments).toEqual([
      { start_date: '2025-05-02', authorised_date: '2025-06-10', factors: ['3A', '4B'], outcome: 'cin_plan' },
      { start_date: '2026-02-01', authorised_date: null, factors: [], outcome: null },
      {
        start_date: '2026-02-01',
        authorised_date: '2026-02-20',
        factors: ['1B'],
        outcome: 'strategy_discussion',
      },
    ]);
    const enquiries = await q
      .selectFrom('s47_enquiry')
      .select(['id', 'start_date', 'end_date', 'icpc_required', 'outcome'])
      .where('la_code', '=', '201')
      .orderBy('start_date')
      .execute();
    // The census gives no end: ended by the conference; the one needing no conference, on its start.
    expect(enquiries.map(({ id: _, ...e }) => e)).toEqual([
      { start_date: '2025-07-01', end_date: '2025-07-20', icpc_required: true, outcome: 'icpc' },
      { start_date: '2026-02-02', end_date: '2026-02-02', icpc_required: false, outcome: null },
    ]);
    const plan = await q
      .selectFrom('cp_plan')
      .selectAll()
      .where('la_code', '=', '201')
      .executeTakeFirstOrThrow();
    expect(plan).toMatchObject({
      start_date: '2025-07-20',
      end_date: '2026-01-10',
      initial_category: 'NEG',
      latest_category: 'EMO',
      previous_plans: 1,
    });
    const conferences = await q
      .selectFrom('cp_conference')
      .select(['kind', 'conference_date', 's47_id', 'cp_plan_id', 'outcome'])
      .where('la_code', '=', '201')
      .orderBy('conference_date')
      .execute();
    expect(conferences).toEqual([
      {
        kind: 'initial',
        conference_date: '2025-07-20',
        s47_id: enquiries[0]!.id,
        cp_plan_id: plan.id,
        outcome: 'plan',
      },
      {
        kind: 'review',
        conference_date: '2025-10-15',
        s47_id: null,
        cp_plan_id: plan.id,
        outcome: 'continue',
      },
      {
        kind: 'review',
        conference_date: '2026-01-10',
        s47_id: null,
        cp_plan_id: plan.id,
        outcome: 'end_plan',
      },
    ]);
  });

  it('audits every record written, by the importing user, and the run', async () => {
    const events = await database.ownerDb
      .selectFrom('audit_event')
      .select(['action', 'user_id', 'detail'])
      .where('la_code', '=', '201')
      .execute();
    expect(events.filter((e) => e.action === 'record')).toHaveLength(15);
    expect(events.every((e) => e.user_id === actor.userId)).toBe(true);
    expect(events.filter((e) => e.action === 'import').map((e) => e.detail)).toEqual([
      expect.objectContaining({ format: 'cin-census', files: ['first.xml'] }),
    ]);
  });

  it('exports the census the file gave (InitialCPCtarget worked out again)', async () => {
    const data = await inAuthority(database.db, actor, (trx) => exportCinCensus(trx, 2025));
    const { Header: _, ...given } = readCinCensusXml(FIRST, 'first.xml', 2025).tables;
    const { Header: __, ...exported } = data.tables;
    expect(exported).toEqual(given);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts(database.ownerDb, '201');
    const again = await importInto(database.db, actor, [file('first.xml', FIRST)]);
    expect(again.inserted).toEqual({});
    expect(again.updated).toEqual({});
    expect(again.unchanged).toEqual(first.inserted);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
    expect(before.record_version).toBe(0);
  });

  it('refuses a conflicting file, naming file, line, child and field, and writes nothing', async () => {
    const before = await counts(database.ownerDb, '201');
    const conflicting = FIRST.replace('<Sex>M</Sex>', '<Sex>F</Sex>').replace(
      '<ReferralSource>2A</ReferralSource>',
      '<ReferralSource>3A</ReferralSource>',
    );
    const problems = await problemsOf(importInto(database.db, actor, [file('conflict.xml', conflicting)]));
    expect(problems).toEqual([
      `conflict.xml, line ${lineIn(conflicting, '<Sex>F')}, child H1, Sex: the file gives F where the record holds M`,
      `conflict.xml, line ${lineIn(conflicting, '<ReferralSource>3A')}, child H1, ReferralSource: the file gives 3A where the record holds 2A`,
    ]);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
  });

  it('stops at a value the record refuses that no check foresaw, naming where it came from', async () => {
    const before = await counts(database.ownerDb, '201');
    // A death before the birth the record already holds: the file gives no birth date to check it against.
    const dying = message(
      '201',
      `    <Child>
      <ChildIdentifiers>
        <LAchildID>H1</LAchildID>
        <ExpectedPersonBirthDate>2015-06-01</ExpectedPersonBirthDate>
        <PersonDeathDate>2014-01-01</PersonDeathDate>
      </ChildIdentifiers>
    </Child>`,
    );
    const problems = await problemsOf(importInto(database.db, actor, [file('dying.xml', dying)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^dying\\.xml, line ${lineIn(dying, '<ChildIdentifiers>')}, child H1: could not be written \\(.*check constraint`,
      ),
    );
    expect(await counts(database.ownerDb, '201')).toEqual(before);
  });

  it('merges a second file describing the same child into the same record', async () => {
    const before = await counts(database.ownerDb, '201');
    const summary = await importInto(database.db, actor, [file('second.xml', SECOND)]);
    expect(summary.inserted).toEqual({ person: 1, referral: 1 });
    expect(summary.updated).toEqual({ person: 1, referral: 1 });
    const after = await counts(database.ownerDb, '201');
    expect(after.person).toBe(before.person! + 1);
    expect(after.referral).toBe(before.referral! + 1);
    expect(after.record_version).toBe(2);
    const h1 = await database.ownerDb
      .selectFrom('person')
      .select(['id', 'former_upn', 'version'])
      .where('la_code', '=', '201')
      .where('la_child_id', '=', 'H1')
      .executeTakeFirstOrThrow();
    expect(h1).toMatchObject({ former_upn: FORMER_UPN, version: 2 });
    const closed = await database.ownerDb
      .selectFrom('referral')
      .select(['closure_date', 'closure_reason', 'version'])
      .where('person_id', '=', h1.id)
      .where('referral_date', '=', '2026-02-01')
      .execute();
    expect(closed).toEqual([{ closure_date: '2026-03-20', closure_reason: 'RC7', version: 2 }]);
    // Both files again, together: nothing changes.
    const both = await importInto(database.db, actor, [file('first.xml', FIRST), file('second.xml', SECOND)]);
    expect(both.inserted).toEqual({});
    expect(both.updated).toEqual({});
    expect(await counts(database.ownerDb, '201')).toEqual(after);
  });
});

describe('a file Hearth cannot import', () => {
  let database: TestDatabase;
  let actor: Actor;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    actor = { ...(await arrangeAuthority(database.ownerDb, '202', 'administrator')), system: true as const };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-cin-import-'));
  });
  afterAll(async () => {
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names the file, line, child and field of every value Hearth cannot hold, and writes nothing', async () => {
    const bad = message(
      '202',
      `${H2.replace('<Sex>U</Sex>', '<Sex>X</Sex>')
        .replace('<CINreferralDate>2025-09-01', '<CINreferralDate>2025-13-01')
        .replace('<ReasonForClosure>RC8</ReasonForClosure>', '')}
    <Child>
      <ChildIdentifiers><LAchildID>H9</LAchildID><PersonBirthDate>2012-02-02</PersonBirthDate></ChildIdentifiers>
      <CINdetails>
        <CINreferralDate>2025-06-01</CINreferralDate>
        <ReferralSource>2A</ReferralSource>
        <Assessments>
          <AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate>
          <AssessmentInternalReviewDate>2025-06-20</AssessmentInternalReviewDate>
        </Assessments>
        <ReferralNFA>false</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2025-07-01</CPPstartDate>
          <InitialCategoryOfAbuse>ABC</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
        </ChildProtectionPlans>
      </CINdetails>
    </Child>`,
    );
    const at = (text: string): number => lineIn(bad, text);
    const problems = await problemsOf(importInto(database.db, actor, [file('bad.xml', bad)]));
    expect(problems).toEqual([
      `bad.xml, line ${at('<Sex>X')}, child H2, Sex: "X" is not one of the census codes (M, F, U)`,
      `bad.xml, line ${at('2025-13-01')}, child H2, CINreferralDate: "2025-13-01" is not a date written YYYY-MM-DD`,
      `bad.xml, line ${at('<CINdetails>')}, child H2, ReasonForClosure: is missing, but CINclosureDate is given; Hearth cannot hold one without the other`,
      `bad.xml, line ${at('<AssessmentInternalReviewDate>')}, child H9, AssessmentInternalReviewDate: Hearth does not hold an internal review date; leave it out`,
      `bad.xml, line ${at('ABC')}, child H9, InitialCategoryOfAbuse: "ABC" is not one of the census codes (NEG, PHY, SAB, EMO, MUL)`,
    ]);
    expect(await counts(database.ownerDb, '202')).toMatchObject({ person: 0, referral: 0, audit_event: 0 });
  });

  it("refuses another authority's file", async () => {
    const problems = await problemsOf(importInto(database.db, actor, [file('other.xml', FIRST)]));
    expect(problems).toEqual([
      `other.xml, line ${lineIn(FIRST, '<LEA>')}, a child with no LAchildID, LEA: the file is authority 201's, not 202's`,
    ]);
  });

  it('reads every file before writing, and reports each that cannot be read', async () => {
    const good = path.join(dir, 'good.xml');
    const broken = path.join(dir, 'broken.xml');
    fs.writeFileSync(good, message('202', H2));
    const brokenXml = message('202', H2.replace('<Sex>U</Sex>', '<Sex>U</Sx>'));
    fs.writeFileSync(broken, brokenXml);
    const missing = path.join(dir, 'missing.xml');
    const read = Promise.resolve().then(() => readCinImportFiles([good, broken, missing], 2025));
    const problems = await problemsOf(read);
    expect(problems).toEqual([
      `broken.xml:${lineIn(brokenXml, '</Sx>')}:19: unexpected close tag. (the file is not well-formed XML)`,
      `${missing}: cannot be read (ENOENT: no such file or directory, open '${missing}')`,
    ]);
    // The file that could be read imports on its own.
    const [readable] = readCinImportFiles([good], 2025);
    expect((await importInto(database.db, actor, [readable!])).inserted).toMatchObject({ person: 1 });
  });
});

/**
 * FIRST as case systems export it: UTF-16 with a byte-order mark, CRLF line ends, a default namespace and
 * xsi attributes, comments, empty elements, dates written with a time or year first with slashes, flags in
 * any case, one <Disabilities> and one <Reviews> per value, and an assessment's factors in one element.
 */
function asExported(xml: string): Buffer {
  let n = 0;
  const shaped = xml
    .replace(
      '<Message>',
      '<Message xmlns="http://www.dfe.gov.uk/CIN" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <!-- exported from the case management system -->',
    )
    .replace('encoding="UTF-8"', 'encoding="utf-16"')
    .replace(/>(\d{4})-(\d{2})-(\d{2})</g, (_, y: string, m: string, d: string) => {
      n += 1;
      return n % 2 === 0 ? `>${y}/${m}/${d}<` : `>${y}-${m}-${d}T00:00:00<`;
    })
    .replace(/<ReferralNFA>false</g, '<ReferralNFA>False<')
    .replace(/<ReferralNFA>true</g, '<ReferralNFA>TRUE<')
    .replace('<ICPCnotRequired>false<', '<ICPCnotRequired>FALSE<')
    .replace('<ICPCnotRequired>true<', '<ICPCnotRequired>True<')
    .replace(
      '<Disabilities><Disability>HAND</Disability><Disability>VIS</Disability></Disabilities>',
      '<Disabilities><Disability>HAND</Disability></Disabilities><Disabilities><Disability>VIS</Disability></Disabilities>',
    )
    .replace(
      '<AssessmentFactors>3A</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors>',
      '<AssessmentFactors>3A,4B</AssessmentFactors>',
    )
    .replace(/<Reviews><CPPreviewDate>([^<]*)<\/CPPreviewDate><CPPreviewDate>/, (_, first: string) => {
      return `<Reviews><CPPreviewDate>${first}</CPPreviewDate></Reviews><Reviews><CPPreviewDate>`;
    })
    .replace('<Sex>M</Sex>', '<Sex>M</Sex><PersonDeathDate/><FormerUPN>  </FormerUPN>')
    .replace(/\n/g, '\r\n');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(shaped, 'utf16le')]);
}

describe('importing a census as case systems export it', () => {
  let database: TestDatabase;
  let actor: Actor;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    actor = { ...(await arrangeAuthority(database.ownerDb, '201', 'administrator')), system: true as const };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-cin-import-'));
  });
  afterAll(async () => {
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('records what the plain file gives, and the plain file then changes nothing', async () => {
    const exported = path.join(dir, 'exported.xml');
    const bytes = asExported(FIRST);
    expect(bytes.toString('utf16le')).toContain(
      '<CPPreviewDate>2025-10-15T00:00:00</CPPreviewDate></Reviews><Reviews>',
    );
    expect(bytes.toString('utf16le')).toMatch(/<CINreferralDate>\d{4}\/\d\d\/\d\d</);
    expect(bytes.toString('utf16le')).toMatch(/<CINreferralDate>[\d-]{10}T00:00:00</);
    fs.writeFileSync(exported, bytes);
    const summary = await importInto(database.db, actor, readCinImportFiles([exported], 2025));
    expect(summary.inserted).toEqual({
      person: 2,
      referral: 3,
      assessment: 3,
      cin_plan: 1,
      s47_enquiry: 2,
      cp_plan: 1,
      cp_conference: 3,
    });
    const data = await inAuthority(database.db, actor, (trx) => exportCinCensus(trx, 2025));
    const { Header: _, ...given } = readCinCensusXml(FIRST, 'first.xml', 2025).tables;
    const { Header: __, ...recorded } = data.tables;
    expect(recorded).toEqual(given);
    const again = await importInto(database.db, actor, [file('first.xml', FIRST)]);
    expect(again.inserted).toEqual({});
    expect(again.updated).toEqual({});
  });

  it('refuses what the schema does not allow though a validation reads past it, naming file, line and child', async () => {
    const before = await counts(database.ownerDb, '201');
    const odd = message(
      '201',
      H2.replace('<Sex>U</Sex>', '<GenderCurrent>0</GenderCurrent>')
        .replace('<UPNunknown>UN1</UPNunknown>', '<UPNunknown>UN1</UPNunknown><UPNunknown>UN2</UPNunknown>')
        .replace('<Ethnicity>NOBT</Ethnicity>', '<Ethnicity>NOBT</Ethnicity>N/A'),
    );
    const problems = await problemsOf(importInto(database.db, actor, [file('odd.xml', odd)]));
    expect(problems).toEqual([
      `odd.xml, line ${lineIn(odd, '<UPNunknown>UN2')}, child 1 (H2): a second <UPNunknown> in <ChildIdentifiers>; give it once`,
      `odd.xml, line ${lineIn(odd, '<GenderCurrent>')}, child 1 (H2): <GenderCurrent> is not an element of <ChildIdentifiers> in the 2025/26 census (it holds LAchildID, UPN, FormerUPN, UPNunknown, PersonBirthDate, ExpectedPersonBirthDate, Sex, PersonDeathDate)`,
      `odd.xml, line ${lineIn(odd, 'N/A')}, child 1 (H2): text "N/A" in <ChildCharacteristics>, which holds only elements`,
    ]);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
  });

  it('refuses a flag that is not true or false in any case, and a factor that is not a code among several', async () => {
    const bad = message(
      '201',
      H1.replace('<ReferralNFA>false</ReferralNFA>', '<ReferralNFA>No</ReferralNFA>').replace(
        '<AssessmentFactors>3A</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors>',
        '<AssessmentFactors>3A, 4X</AssessmentFactors>',
      ),
    );
    const problems = await problemsOf(importInto(database.db, actor, [file('bad.xml', bad)]));
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^bad\\.xml, line ${lineIn(bad, '3A, 4X')}, child H1, AssessmentFactors: "4X" is not one of the census codes \\(1A, `,
        ),
      ),
      `bad.xml, line ${lineIn(bad, '<ReferralNFA>No')}, child H1, ReferralNFA: "No" is not true or false`,
    ]);
  });

  it('refuses a file whose bytes are not the encoding it declares, naming file and line', async () => {
    const latin = path.join(dir, 'latin.xml');
    const xml = message('201', H2).replace(
      '<SoftwareCode>Legacy</SoftwareCode>',
      '<SoftwareCode>Système</SoftwareCode>',
    );
    fs.writeFileSync(latin, Buffer.from(xml, 'latin1'));
    const problems = await problemsOf(Promise.resolve().then(() => readCinImportFiles([latin], 2025)));
    expect(problems).toEqual([
      `latin.xml, line ${lineIn(xml, 'Système')}: the file is not UTF-8, as it says it is (or as XML is when it does not say): save it as UTF-8, or declare the encoding it is written in`,
    ]);
  });
});

describe('the round trip on a synthetic authority', () => {
  let source: TestDatabase;
  let target: TestDatabase;

  beforeAll(async () => {
    ({ source, target } = await seededAndEmpty('203', 'cin'));
  }, 180_000);
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  it('export, import into an empty authority, export again: the same file, byte for byte', async () => {
    const exportXml = async (db: Db, actor: Actor): Promise<string> => {
      const data = await inAuthority(db, actor, (trx) => exportCinCensus(trx, 2025));
      data.tables.Header![0]!.DateTime = '2026-04-30T12:00:00';
      return writeCinCensusXml(data);
    };
    const xml = await exportXml(source.db, systemActor('203'));
    expect(xml.match(/<Child>/g)?.length).toBeGreaterThan(100);
    expect(xml).toContain('<ChildProtectionPlans>');
    expect(xml).toContain('<ICPCnotRequired>true</ICPCnotRequired>');
    const admin = {
      ...(await arrangeAuthority(target.ownerDb, '203', 'administrator')),
      system: true as const,
    };
    const summary = await importInto(target.db, admin, [file('cin.xml', xml)]);
    expect(summary.updated).toEqual({});
    expect(await exportXml(target.db, admin)).toBe(xml);
    const again = await importInto(target.db, admin, [file('cin.xml', xml)]);
    expect(again.inserted).toEqual({});
    expect(again.unchanged).toEqual(summary.inserted);
  }, 180_000);
});
