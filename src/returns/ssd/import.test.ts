import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority } from '../../../test/fixtures.ts';
import { seededAndEmpty } from '../../../test/records.ts';
import { verifyAuditChain } from '../../access/audit-verify.ts';
import { inAuthority, systemActor, type Actor, type Db } from '../../db/database.ts';
import { ImportError, type ImportSummary } from '../import-record.ts';
import { exportSsd, writeSsdDirectory } from './export.ts';
import { importSsd, readSsdImportDirectory } from './import.ts';
import { SSD_SIDE_FILES, SSD_TABLES } from './spec.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-ssd-import-'));
  dirs.push(dir);
  return dir;
}

/** An administrator of a new authority, importing as the system does. */
async function migratorIn(ownerDb: Db, laCode: string): Promise<Actor> {
  return { ...(await arrangeAuthority(ownerDb, laCode, 'administrator')), system: true as const };
}

function importInto(db: Db, actor: Actor, dir: string): Promise<ImportSummary> {
  return inAuthority(db, actor, (trx) => importSsd(trx, actor, readSsdImportDirectory(dir)));
}

async function problemsOf(work: () => Promise<unknown>): Promise<readonly string[]> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('expected the import to refuse the files');
}

describe('the SSD round trip on a synthetic authority', () => {
  let source: TestDatabase;
  let target: TestDatabase;

  beforeAll(async () => {
    ({ source, target } = await seededAndEmpty('207', 'ssd'));
  }, 240_000);
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  it('export, import into an empty authority, export again: every file byte for byte', async () => {
    const asAt = '2026-03-31';
    const exportDir = async (db: Db, actor: Actor): Promise<string> => {
      const dir = tempDir();
      writeSsdDirectory(await inAuthority(db, actor, (trx) => exportSsd(trx, asAt)), dir);
      return dir;
    };
    const read = (dir: string, table: string): string =>
      fs.readFileSync(path.join(dir, `${table}.csv`), 'utf8');
    const before = await exportDir(source.db, systemActor('207'));
    const lines = (table: string): number => read(before, table).split('\r\n').length - 2;
    for (const table of [
      'ssd_person',
      'ssd_contacts',
      'ssd_cin_episodes',
      'ssd_cin_assessments',
      'ssd_s47_enquiry',
      'ssd_cp_plans',
      'ssd_cla_episodes',
      'ssd_missing',
      'ssd_care_leavers',
      'ssd_involvements',
      'hearth_case_supervisions',
      'hearth_team_types',
    ])
      expect(lines(table), table).toBeGreaterThan(0);

    const { name } = await source.ownerDb
      .selectFrom('local_authority')
      .select('name')
      .where('la_code', '=', '207')
      .executeTakeFirstOrThrow();
    await target.ownerDb.insertInto('local_authority').values({ la_code: '207', name }).execute();
    const admin = await migratorIn(target.ownerDb, '207');
    const summary = await importInto(target.db, admin, before);
    expect(summary.updated).toEqual({});

    // Written a few thousand at a time, each record is still audited once, by the importing user, against
    // its child, and the chain holds.
    const written: string[] = [];
    for (const [table, count] of Object.entries(summary.inserted)) {
      if (table === 'team' || table === 'worker' || table === 'authority_population') continue;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- record tables are read alike
      const rows = (await (target.ownerDb as any)
        .selectFrom(table)
        .select(['id', table === 'person' ? 'id as person_id' : 'person_id'])
        .where('la_code', '=', '207')
        .execute()) as { id: string; person_id: string }[];
      expect(rows, table).toHaveLength(count);
      written.push(...rows.map((row) => `${table} ${row.id} of ${row.person_id} by ${admin.userId}`));
    }
    const events = await target.ownerDb
      .selectFrom('audit_event')
      .select(['user_id', 'subject_id', 'detail'])
      .where('la_code', '=', '207')
      .where('action', '=', 'record')
      .where('subject_type', '=', 'person')
      .execute();
    const audited = events.map(({ user_id, subject_id, detail }) => {
      const { table, id } = detail as { table: string; id: string };
      return `${table} ${id} of ${subject_id} by ${user_id}`;
    });
    expect(audited.sort()).toEqual(written.sort());
    expect(await inAuthority(target.db, admin, verifyAuditChain)).toMatchObject({ ok: true });

    const after = await exportDir(target.db, admin);
    const differences = [...SSD_TABLES.keys(), ...SSD_SIDE_FILES.keys()].flatMap((table) => {
      const was = read(before, table).split('\r\n');
      const now = read(after, table).split('\r\n');
      const at = was.findIndex((line, n) => line !== now[n]);
      return at === -1 && was.length === now.length
        ? []
        : [`${table} line ${at + 1}: ${was[at]} / ${now[at]}`];
    });
    expect(differences).toEqual([]);

    const again = await importInto(target.db, admin, before);
    expect(again.inserted).toEqual({});
    expect(again.updated).toEqual({});
    expect(again.unchanged).toEqual(summary.inserted);
  }, 600_000);
});

describe('files written by SQL Server tools', () => {
  let database: TestDatabase;
  let admin: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await migratorIn(database.ownerDb, '213');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('reads NULL, as SQL Server tools save an empty value, as blank', async () => {
    const files = legacyFiles();
    // Child 1002's empty fields written NULL, as Management Studio saves them.
    files.ssd_person![2] = row('ssd_person', {
      pers_person_id: '1002',
      pers_forename: 'Sam',
      pers_surname: 'NULL',
      pers_sex: 'F',
      pers_gender: 'NULL',
      pers_ethnicity: 'NULL',
      pers_dob: '2010-06-01 00:00:00',
      pers_expected_dob: 'NULL',
      pers_death_date: 'NULL',
    });
    expect(files.ssd_person![2]).toContain('NULL');
    await importInto(database.db, admin, directory(files));
    const sam = await database.ownerDb
      .selectFrom('person')
      .select([
        'given_name',
        'family_name',
        'ethnicity',
        'date_of_birth',
        'expected_date_of_birth',
        'date_of_death',
      ])
      .where('given_name', '=', 'Sam')
      .executeTakeFirstOrThrow();
    expect(sam).toMatchObject({
      ethnicity: null,
      date_of_birth: '2010-06-01',
      expected_date_of_birth: null,
      date_of_death: null,
    });
    expect(sam.family_name).not.toBe('NULL');
  });

  it('reads a file a spreadsheet saved in Windows-1252 rather than UTF-8', async () => {
    const files = legacyFiles();
    files.ssd_person![2] = row('ssd_person', {
      pers_person_id: '1002',
      pers_forename: 'Zoë',
      pers_sex: 'F',
      pers_dob: '2010-06-01',
    });
    const dir = directory(files);
    const person = path.join(dir, 'ssd_person.csv');
    fs.writeFileSync(person, Buffer.from(fs.readFileSync(person, 'utf8'), 'latin1'));
    expect(fs.readFileSync(person).includes(0xeb)).toBe(true);
    const migrator = await migratorIn(database.ownerDb, '215');
    await importInto(database.db, migrator, dir);
    const zoe = await database.ownerDb
      .selectFrom('person')
      .select('given_name')
      .where('la_code', '=', '215')
      .where('la_child_id', '=', '1002')
      .executeTakeFirstOrThrow();
    expect(zoe.given_name).toBe('Zoë');
  });

  it('reads a file a spreadsheet saved with empty columns after the last and rows of commas', async () => {
    const files = legacyFiles();
    const people = files.ssd_person!;
    files.ssd_person = [...people.map((line) => `${line},,`), ',,,,,,,,,,,,,,,,'];
    const migrator = await migratorIn(database.ownerDb, '216');
    await importInto(database.db, migrator, directory(files));
    const children = await database.ownerDb
      .selectFrom('person')
      .select('la_child_id')
      .where('la_code', '=', '216')
      .orderBy('la_child_id')
      .execute();
    expect(children.map((c) => c.la_child_id)).toEqual(['1002', 'L1']);
    // A value past the last column is still refused, naming the file and row.
    files.ssd_person[1] = `${people[1]},,x`;
    const width = SSD_TABLES.get('ssd_person')!.length;
    expect(await problemsOf(() => importInto(database.db, migrator, directory(files)))).toContain(
      `ssd_person.csv, row 2: has ${width + 2} fields, the header ${width}`,
    );
  });

  it("reads an extract made with Data to Insight's SQL: placeholders, capitals, outcome counts and comments, descriptions for codes", async () => {
    const files = legacyFiles();
    const replace = (name: string, values: Record<string, string>, index = 1): void => {
      files[name]![index] = row(name, values);
    };
    // SSD_PH where the legacy system holds nothing; 1 January 1900 for a date it does not have.
    replace('ssd_person', {
      pers_person_id: '1001',
      pers_forename: 'Jo',
      pers_surname: 'Smith',
      pers_sex: 'M',
      pers_ethnicity: 'WBRI',
      // Saved from a spreadsheet: DD/MM/YYYY.
      pers_dob: '29/02/2012',
      pers_legacy_id: 'L1',
      pers_upn_unknown: 'SSD_PH',
      pers_death_date: '1900-01-01 00:00:00.000',
    });
    // The referral's outcomes without NFA_FLAG (the column says it), with their number and the comments.
    replace('ssd_cin_episodes', {
      cine_referral_id: 'r1',
      cine_person_id: '1001',
      cine_referral_date: '2025-05-01 00:00:00.000',
      cine_cin_primary_need_code: 'N1',
      cine_referral_source_code: '2A',
      cine_referral_outcome_json: JSON.stringify({
        SINGLE_ASSESSMENT_FLAG: 'Y',
        STRATEGY_DISCUSSION_FLAG: 'Y',
        CLA_REQUEST_FLAG: '',
        CP_CONFERENCE_FLAG: 'Y',
        OTHER_OUTCOMES_EXIST_FLAG: '',
        NUMBER_OF_OUTCOMES: 3,
        COMMENTS: 'Strategy discussion, then an assessment',
      }),
      cine_referral_nfa: 'N',
    });
    // The assessments' file with its header in capitals, the outcomes' count and comments in the JSON.
    replace('ssd_cin_assessments', {
      cina_assessment_id: 'a1',
      cina_person_id: '1001',
      cina_referral_id: 'r1',
      cina_assessment_start_date: '2025-05-02 10:15:00.000',
      cina_assessment_child_seen: 'Y',
      cina_assessment_auth_date: '2025-06-10 00:00:00.000',
      cina_assessment_outcome_json: JSON.stringify({
        NFA_FLAG: 'N',
        STRATEGY_DISCUSSION_FLAG: 'Y',
        TOTAL_NO_OF_OUTCOMES: 1,
        COMMENTS: '',
      }),
      cina_assessment_outcome_nfa: 'N',
    });
    files.ssd_cin_assessments![0] = files.ssd_cin_assessments![0]!.toUpperCase();
    replace('ssd_s47_enquiry', {
      s47e_s47_enquiry_id: 's1',
      s47e_referral_id: 'r1',
      s47e_person_id: '1001',
      s47e_s47_start_date: '2025-06-11',
      s47e_s47_end_date: '2025-07-01',
      s47e_s47_nfa: 'N',
      s47e_s47_outcome_json: JSON.stringify({
        NFA_FLAG: 'N',
        CP_CONFERENCE_FLAG: 'Y',
        TOTAL_NO_OF_OUTCOMES: 1,
        OUTCOME_COMMENTS: 'Conference',
      }),
    });
    // Categories of abuse as the legacy system describes them; the file's name in capitals.
    files.SSD_CP_PLANS = table('ssd_cp_plans', [
      {
        cppl_cp_plan_id: 'p1',
        cppl_referral_id: 'r1',
        cppl_person_id: '1001',
        cppl_cp_plan_start_date: '2025-07-01',
        cppl_cp_plan_initial_category: 'Neglect',
        cppl_cp_plan_latest_category: 'Emotional Abuse',
      },
    ]);
    delete files.ssd_cp_plans;
    // A flag written Yes.
    const conference = (outcome: string): void =>
      replace('ssd_initial_cp_conference', {
        icpc_icpc_id: 'i1',
        icpc_s47_enquiry_id: 's1',
        icpc_person_id: '1001',
        icpc_cp_plan_id: 'p1',
        icpc_referral_id: 'r1',
        icpc_icpc_date: '2025-07-01',
        icpc_icpc_outcome_cp_flag: outcome,
      });
    conference('Yes');

    // A code before its description; a return interview not applicable; a young person the extract lists as
    // having no current eligibility, who is no care leaver.
    files.ssd_cla_episodes![1] = files.ssd_cla_episodes![1]!.replace(
      ',S,',
      ',S - Started to be looked after,',
    );
    files.ssd_missing![1] = files.ssd_missing![1]!.replace(/,N$/, ',NA');
    expect([files.ssd_cla_episodes![1], files.ssd_missing![1]]).toEqual([
      expect.stringContaining(',S - Started to be looked after,'),
      expect.stringMatching(/,NA$/),
    ]);
    files.ssd_care_leavers = table('ssd_care_leavers', [
      {
        clea_table_id: 'cl1',
        clea_person_id: '1002',
        clea_care_leaver_eligibility: 'No Current Eligibility',
      },
    ]);
    // The adoption decision naming the child by their legacy id, as one version of the SQL does.
    replace(
      'ssd_person',
      {
        pers_person_id: '1002',
        pers_forename: 'Sam',
        pers_sex: 'F',
        pers_dob: '01/06/2010 00:00',
        pers_death_date: '01/01/1900 00:00',
        pers_legacy_id: 'L2',
      },
      2,
    );
    files.ssd_permanence = table('ssd_permanence', [
      {
        perm_table_id: 'pm1',
        perm_person_id: 'L2',
        perm_cla_id: 'e1',
        perm_adm_decision_date: '2025-04-15 00:00:00.000',
        perm_placed_foster_carer_date: '1900-01-01 00:00:00.000',
      },
    ]);
    // The allocation in the legacy system's words.
    files.ssd_involvements![1] = files.ssd_involvements![1]!.replace('Allocated worker', 'Case Worker');
    expect(files.ssd_involvements![1]).toContain('Case Worker');
    // Into an authority of its own, so nothing the test before imported answers for it.
    const migrator = await migratorIn(database.ownerDb, '214');
    await importInto(database.db, migrator, directory(files));
    const jo = await database.ownerDb
      .selectFrom('person')
      .selectAll()
      .where('la_code', '=', '214')
      .where('la_child_id', '=', 'L1')
      .executeTakeFirstOrThrow();
    expect(jo).toMatchObject({ upn_unknown: null, date_of_death: null, date_of_birth: '2012-02-29' });
    const of = (table: 'referral' | 'assessment' | 's47_enquiry' | 'cp_plan' | 'allocation') =>
      database.ownerDb.selectFrom(table).selectAll().where('person_id', '=', jo.id).execute();
    expect(await of('referral')).toEqual([
      expect.objectContaining({ referral_date: '2025-05-01', nfa: false }),
    ]);
    expect(await of('assessment')).toEqual([
      expect.objectContaining({
        start_date: '2025-05-02',
        authorised_date: '2025-06-10',
        outcome: 'strategy_discussion',
      }),
    ]);
    expect(await of('s47_enquiry')).toEqual([expect.objectContaining({ outcome: 'icpc' })]);
    expect(await of('allocation')).toEqual([expect.objectContaining({ start_date: '2025-05-02' })]);
    expect(await of('cp_plan')).toEqual([
      expect.objectContaining({ initial_category: 'NEG', latest_category: 'EMO' }),
    ]);
    const sam = await database.ownerDb
      .selectFrom('person')
      .select(['id', 'date_of_birth', 'date_of_death'])
      .where('la_code', '=', '214')
      .where('la_child_id', '=', 'L2')
      .executeTakeFirstOrThrow();
    const ofSam = (table: 'cla_episode' | 'missing_episode' | 'care_leaver' | 'adoption') =>
      database.ownerDb.selectFrom(table).selectAll().where('person_id', '=', sam.id).execute();
    expect(sam).toMatchObject({ date_of_birth: '2010-06-01', date_of_death: null });
    expect(await ofSam('cla_episode')).toEqual([expect.objectContaining({ rne: 'S' })]);
    expect(await ofSam('missing_episode')).toEqual([
      expect.objectContaining({ return_interview_accepted: null }),
    ]);
    expect(await ofSam('care_leaver')).toEqual([]);
    expect(await ofSam('adoption')).toEqual([expect.objectContaining({ decision_date: '2025-04-15' })]);

    // A flag or a code that is neither is still refused, naming the file, row and field.
    files.SSD_CP_PLANS[1] = files.SSD_CP_PLANS[1]!.replace('Neglect', 'Neglected');
    conference('Perhaps');
    const problems = await problemsOf(() => importInto(database.db, migrator, directory(files)));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^SSD_CP_PLANS\.csv, row 2, cppl_cp_plan_initial_category: "Neglected" is not one of/,
        ),
        'ssd_initial_cp_conference.csv, row 2, icpc_icpc_outcome_cp_flag: "Perhaps" is not Y or N',
      ]),
    );
  });
});

/** Writes the files into a new directory: table (or side file) name to CSV lines, header first. */
function directory(files: Record<string, string[]>): string {
  const dir = tempDir();
  for (const [name, lines] of Object.entries(files))
    fs.writeFileSync(path.join(dir, `${name}.csv`), `${lines.join('\r\n')}\r\n`);
  return dir;
}
const header = (table: string): string => SSD_TABLES.get(table)!.join(',');
/** A row of an SSD table from the fields given by name; the rest blank. */
const row = (table: string, values: Record<string, string>): string =>
  SSD_TABLES.get(table)!
    .map((f) => {
      const value = values[f] ?? '';
      return /[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
const table = (name: string, rows: Record<string, string>[]): string[] => [
  header(name),
  ...rows.map((r) => row(name, r)),
];
const NO_OUTCOMES = JSON.stringify({
  SINGLE_ASSESSMENT_FLAG: 'Y',
  NFA_FLAG: 'N',
  STRATEGY_DISCUSSION_FLAG: 'Y',
  CLA_REQUEST_FLAG: '',
  NON_AGENCY_ADOPTION_FLAG: '',
  PRIVATE_FOSTERING_FLAG: '',
  CP_TRANSFER_IN_FLAG: '',
  CP_CONFERENCE_FLAG: 'Y',
  CARE_LEAVER_FLAG: '',
  OTHER_OUTCOMES_EXIST_FLAG: '',
});

/**
 * A legacy system's SSD (ids its own, not Hearth's): L1, born 29 February 2012, referred, assessed (the
 * start a datetime), an enquiry whose conference started a plan, reviewed once; L2 looked after, with a
 * missing episode, a health check and a cancelled review. Two teams and two workers; L1 allocated and
 * supervised. A voice-of-the-child row Hearth does not hold.
 */
function legacyFiles(): Record<string, string[]> {
  return {
    ssd_person: table('ssd_person', [
      {
        pers_person_id: '1001',
        pers_forename: 'Jo, "JJ"',
        pers_surname: 'Smith',
        pers_sex: 'M',
        pers_ethnicity: 'WBRI',
        pers_dob: '2012-02-29',
        pers_legacy_id: 'L1',
      },
      { pers_person_id: '1002', pers_forename: 'Sam', pers_sex: 'F', pers_dob: '2010-06-01 00:00:00' },
    ]),
    ssd_disability: table('ssd_disability', [
      { disa_person_id: '1001', disa_table_id: 'd1', disa_disability_code: 'HAND' },
      { disa_person_id: '1001', disa_table_id: 'd2', disa_disability_code: 'VIS' },
    ]),
    ssd_contacts: table('ssd_contacts', [
      {
        cont_contact_id: 'c1',
        cont_person_id: '1001',
        cont_contact_date: '2025-04-30 14:05:00',
        cont_contact_source_code: '1B',
      },
    ]),
    ssd_cin_episodes: table('ssd_cin_episodes', [
      {
        cine_referral_id: 'r1',
        cine_person_id: '1001',
        cine_referral_date: '2025-05-01',
        cine_cin_primary_need_code: 'N1',
        cine_referral_source_code: '2A',
        cine_referral_outcome_json: NO_OUTCOMES,
        cine_referral_nfa: 'N',
      },
    ]),
    ssd_cin_assessments: table('ssd_cin_assessments', [
      {
        cina_assessment_id: 'a1',
        cina_person_id: '1001',
        cina_referral_id: 'r1',
        cina_assessment_start_date: '2025-05-02 10:15:00',
        cina_assessment_child_seen: 'Y',
        cina_assessment_auth_date: '2025-06-10',
        cina_assessment_outcome_nfa: 'N',
      },
    ]),
    ssd_assessment_factors: table('ssd_assessment_factors', [
      { cinf_table_id: 'f1', cinf_assessment_id: 'a1', cinf_assessment_factors_json: '["3A","4B"]' },
    ]),
    ssd_s47_enquiry: table('ssd_s47_enquiry', [
      {
        s47e_s47_enquiry_id: 's1',
        s47e_referral_id: 'r1',
        s47e_person_id: '1001',
        s47e_s47_start_date: '2025-06-11',
        s47e_s47_end_date: '2025-07-01',
        s47e_s47_nfa: 'N',
      },
    ]),
    ssd_initial_cp_conference: table('ssd_initial_cp_conference', [
      {
        icpc_icpc_id: 'i1',
        icpc_s47_enquiry_id: 's1',
        icpc_person_id: '1001',
        icpc_cp_plan_id: 'p1',
        icpc_referral_id: 'r1',
        icpc_icpc_date: '2025-07-01',
        icpc_icpc_outcome_cp_flag: 'Y',
      },
    ]),
    ssd_cp_plans: table('ssd_cp_plans', [
      {
        cppl_cp_plan_id: 'p1',
        cppl_referral_id: 'r1',
        cppl_person_id: '1001',
        cppl_cp_plan_start_date: '2025-07-01',
        cppl_cp_plan_initial_category: 'NEG',
        cppl_cp_plan_latest_category: 'EMO',
      },
    ]),
    ssd_cp_reviews: table('ssd_cp_reviews', [
      {
        cppr_cp_review_id: 'v1',
        cppr_person_id: '1001',
        cppr_cp_plan_id: 'p1',
        cppr_cp_review_date: '2025-10-01',
        cppr_cp_review_outcome_continue_cp: 'Y',
      },
    ]),
    ssd_cp_visits: table('ssd_cp_visits', [
      {
        cppv_cp_visit_id: 'cv1',
        cppv_person_id: '1001',
        cppv_cp_visit_date: '2025-07-10',
        cppv_cp_visit_seen: 'Y',
        cppv_cp_visit_seen_alone: '',
        cppv_cp_visit_bedroom: 'Y',
      },
    ]),
    ssd_cla_episodes: table('ssd_cla_episodes', [
      {
        clae_cla_episode_id: 'e1',
        clae_person_id: '1002',
        clae_cla_episode_start_date: '2025-03-01',
        clae_cla_episode_start_reason: 'S',
        clae_cla_primary_need_code: 'N1',
        clae_cla_id: 'e1',
        clae_cla_placement_id: 'pl1',
      },
    ]),
    ssd_cla_placement: table('ssd_cla_placement', [
      {
        clap_cla_placement_id: 'pl1',
        clap_cla_placement_start_date: '2025-03-01',
        clap_cla_placement_type: 'U1',
        clap_cla_placement_provider: 'PR1',
        clap_cla_id: 'e1',
        clap_person_id: '1002',
      },
    ]),
    ssd_legal_status: table('ssd_legal_status', [
      {
        lega_legal_status_id: 'ls1',
        lega_person_id: '1002',
        lega_legal_status: 'C2',
        lega_legal_status_start_date: '2025-02-20',
      },
    ]),
    ssd_cla_reviews: table('ssd_cla_reviews', [
      {
        clar_cla_review_id: 'cr1',
        clar_cla_id: 'e1',
        clar_cla_review_date: '2025-03-20',
        clar_cla_review_participation: 'PN1',
      },
      {
        clar_cla_review_id: 'cr2',
        clar_cla_id: 'e1',
        clar_cla_review_date: '2025-04-20',
        clar_cla_review_cancelled: 'Y',
      },
    ]),
    ssd_cla_health: table('ssd_cla_health', [
      {
        clah_health_check_id: 'h1',
        clah_person_id: '1002',
        clah_health_check_type: 'Initial health assessment',
        clah_health_check_date: '2025-03-20',
        clah_health_check_status: 'Completed',
      },
    ]),
    ssd_missing: table('ssd_missing', [
      {
        miss_table_id: 'm1',
        miss_person_id: '1002',
        miss_missing_episode_start_date: '2025-04-01 22:30:00',
        miss_missing_episode_type: 'M',
        miss_missing_episode_end_date: '2025-04-02',
        miss_missing_rhi_offered: 'Y',
        miss_missing_rhi_accepted: 'N',
      },
    ]),
    ssd_department: table('ssd_department', [
      { dept_team_id: 't0', dept_team_name: 'Children’s services' },
      { dept_team_id: 't1', dept_team_name: 'Assessment North', dept_team_parent_id: 't0' },
    ]),
    ssd_professionals: table('ssd_professionals', [
      {
        prof_professional_id: 'w1',
        prof_professional_name: 'Ada Worker',
        prof_social_worker_registration_no: 'SW123',
        prof_professional_department: 'Assessment North',
        prof_full_time_equivalency: '0.8',
        prof_agency_worker_flag: 'N',
      },
      {
        prof_professional_id: 'w2',
        prof_professional_name: 'Bea Manager',
        prof_professional_department: 'Assessment North',
      },
    ]),
    ssd_involvements: table('ssd_involvements', [
      {
        invo_involvements_id: 'iv1',
        invo_professional_id: 'w1',
        invo_professional_role_id: 'Allocated worker',
        invo_professional_team: 't1',
        invo_involvement_start_date: '2025-05-02',
        invo_person_id: '1001',
      },
      {
        invo_involvements_id: 'iv2',
        invo_professional_id: 'w2',
        invo_professional_role_id: 'IRO',
        invo_involvement_start_date: '2025-05-02',
        invo_person_id: '1001',
      },
    ]),
    ssd_voice_of_child: table('ssd_voice_of_child', [
      { voch_table_id: 'vc1', voch_person_id: '1001', voch_explained_worries: 'Y' },
    ]),
    hearth_case_supervisions: ['person_id,supervision_date,worker_id', '1001,2025-05-20,w2'],
  };
}

describe('importing a legacy system’s SSD', () => {
  let database: TestDatabase;
  let admin: Actor;
  let summary: ImportSummary;
  const person = (laChildId: string) =>
    database.ownerDb
      .selectFrom('person')
      .selectAll()
      .where('la_child_id', '=', laChildId)
      .executeTakeFirstOrThrow();
  const recordsOf = async (
    tableName: 'referral' | 'assessment' | 'cp_conference' | 'cla_episode',
    personId: string,
  ) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read alike
    (await (database.ownerDb as any)
      .selectFrom(tableName)
      .selectAll()
      .where('person_id', '=', personId)
      .execute()) as Record<string, unknown>[];

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await migratorIn(database.ownerDb, '208');
    summary = await importInto(database.db, admin, directory(legacyFiles()));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('records each child with the names, identifiers and characteristics the files give', async () => {
    expect(await person('L1')).toMatchObject({
      given_name: 'Jo, "JJ"',
      family_name: 'Smith',
      date_of_birth: '2012-02-29',
      disabilities: ['HAND', 'VIS'],
    });
    // No legacy id: the SSD's person id is the child's ID; a datetime's time is not kept.
    expect(await person('1002')).toMatchObject({
      given_name: 'Sam',
      family_name: '',
      date_of_birth: '2010-06-01',
    });
  });

  it('records the journey, with what the SSD does not say inferred from what it does', async () => {
    const l1 = (await person('L1')).id;
    const [referral] = await recordsOf('referral', l1);
    expect(referral).toMatchObject({
      referral_date: '2025-05-01',
      source: '2A',
      nfa: false,
      closure_date: null,
    });
    expect(await recordsOf('assessment', l1)).toEqual([
      expect.objectContaining({
        referral_id: referral!.id,
        start_date: '2025-05-02',
        authorised_date: '2025-06-10',
        factors: ['3A', '4B'],
        // Seen, date not given: by the authorisation; what followed was an enquiry.
        child_seen_date: '2025-06-10',
        outcome: 'strategy_discussion',
      }),
    ]);
    const conferences = await recordsOf('cp_conference', l1);
    const plan = await database.ownerDb
      .selectFrom('cp_plan')
      .selectAll()
      .where('person_id', '=', l1)
      .executeTakeFirstOrThrow();
    const s47 = await database.ownerDb
      .selectFrom('s47_enquiry')
      .selectAll()
      .where('person_id', '=', l1)
      .executeTakeFirstOrThrow();
    expect(s47).toMatchObject({ outcome: 'icpc', icpc_required: true, end_date: '2025-07-01' });
    expect(conferences.map((c) => [c.kind, c.conference_date, c.outcome, c.cp_plan_id, c.s47_id])).toEqual([
      ['initial', '2025-07-01', 'plan', plan.id, s47.id],
      ['review', '2025-10-01', 'continue', plan.id, null],
    ]);
    const contact = await database.ownerDb
      .selectFrom('contact')
      .selectAll()
      .where('person_id', '=', l1)
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ contact_date: '2025-04-30', contact_time: '14:05:00', source: '1B' });
    const l2 = (await person('1002')).id;
    expect(await recordsOf('cla_episode', l2)).toEqual([
      expect.objectContaining({
        start_date: '2025-03-01',
        legal_status: 'C2',
        placement_type: 'U1',
        placement_provider: 'PR1',
        rne: 'S',
      }),
    ]);
    const missing = await database.ownerDb
      .selectFrom('missing_episode')
      .selectAll()
      .where('person_id', '=', l2)
      .executeTakeFirstOrThrow();
    expect(missing).toMatchObject({
      start_date: '2025-04-01',
      return_interview_offered_date: '2025-04-02',
      return_interview_accepted: false,
    });
    const reviews = await database.ownerDb
      .selectFrom('cla_review')
      .select(['review_date', 'participation'])
      .where('person_id', '=', l2)
      .execute();
    expect(reviews).toEqual([{ review_date: '2025-03-20', participation: 'PN1' }]);
  });

  it('creates the teams and workers, workers without accounts, and allocates and supervises the child', async () => {
    const teams = await database.ownerDb
      .selectFrom('team')
      .select(['id', 'name', 'team_type', 'parent_id'])
      .orderBy('name')
      .execute();
    expect(teams.map((t) => [t.name, t.team_type, t.parent_id === null])).toEqual([
      ['Assessment North', 'children', false],
      ['Children’s services', 'service', true],
    ]);
    const workers = await database.ownerDb.selectFrom('worker').selectAll().orderBy('name').execute();
    expect(
      workers.map((w) => [w.name, w.swe_number, Number(w.fte), w.user_id, w.start_date, w.team_id]),
    ).toEqual([
      ['Ada Worker', 'SW123', 0.8, null, '2025-05-02', teams[0]!.id],
      ['Bea Manager', null, 1, null, '2025-05-02', teams[0]!.id],
    ]);
    const l1 = (await person('L1')).id;
    const allocations = await database.ownerDb
      .selectFrom('allocation')
      .selectAll()
      .where('person_id', '=', l1)
      .execute();
    expect(allocations).toEqual([
      expect.objectContaining({ team_id: teams[0]!.id, worker_id: workers[0]!.id, start_date: '2025-05-02' }),
    ]);
    const supervision = await database.ownerDb
      .selectFrom('case_supervision')
      .selectAll()
      .where('person_id', '=', l1)
      .executeTakeFirstOrThrow();
    expect(supervision).toMatchObject({
      supervision_date: '2025-05-20',
      supervisor_worker_id: workers[1]!.id,
    });
    expect(summary.inserted).toMatchObject({
      team: 2,
      worker: 2,
      person: 2,
      allocation: 1,
      case_supervision: 1,
    });
    expect(summary.notes).toEqual([
      'no hearth_team_types.csv: teams others belong to are services, the rest children’s teams',
      '2 workers created without a Hearth user account: they cannot sign in until an administrator links one',
    ]);
  });

  it('says what the files hold that Hearth does not', () => {
    expect(summary.notImported).toEqual(
      expect.arrayContaining([
        'ssd_voice_of_child.csv: 1 rows (Hearth does not hold ssd_voice_of_child)',
        'ssd_cp_visits.csv: cppv_cp_visit_bedroom (1) (Hearth does not hold these)',
        'ssd_cla_reviews.csv: 1 cancelled reviews',
        'ssd_involvements.csv: 1 involvements in roles other than Allocated worker (Hearth holds the case-holding allocation)',
      ]),
    );
  });

  it('audits every record written, by the importing user, and the run', async () => {
    const events = await database.ownerDb
      .selectFrom('audit_event')
      .select(['action', 'user_id', 'detail'])
      .where('la_code', '=', '208')
      .execute();
    expect(events.filter((e) => e.action === 'import')).toEqual([
      expect.objectContaining({ user_id: admin.userId, detail: expect.objectContaining({ format: 'ssd' }) }),
    ]);
    expect(events.filter((e) => e.action === 'record').length).toBeGreaterThanOrEqual(
      Object.values(summary.inserted).reduce((n, c) => n + (c ?? 0), 0) -
        (summary.inserted.authority_population ?? 0),
    );
  });

  it('changes nothing when the same files are imported again', async () => {
    const again = await importInto(database.db, admin, directory(legacyFiles()));
    expect(again.inserted).toEqual({});
    expect(again.updated).toEqual({});
    expect(again.unchanged).toEqual(summary.inserted);
  });

  it('merges rows the record lacks into the same child, and refuses a value that conflicts, writing nothing', async () => {
    const files = legacyFiles();
    files.ssd_cin_plans = table('ssd_cin_plans', [
      {
        cinp_cin_plan_id: 'cp9',
        cinp_referral_id: 'r1',
        cinp_person_id: '1001',
        cinp_cin_plan_start_date: '2025-11-01',
      },
    ]);
    const merged = await importInto(database.db, admin, directory(files));
    expect(merged.inserted).toEqual({ cin_plan: 1 });
    expect(
      await database.ownerDb.selectFrom('person').select('id').where('la_code', '=', '208').execute(),
    ).toHaveLength(2);

    files.ssd_cin_episodes = table('ssd_cin_episodes', [
      {
        cine_referral_id: 'r1',
        cine_person_id: '1001',
        cine_referral_date: '2025-05-01',
        cine_cin_primary_need_code: 'N2',
        cine_referral_source_code: '2A',
        cine_referral_nfa: 'N',
      },
    ]);
    files.ssd_cin_plans.push(
      row('ssd_cin_plans', {
        cinp_cin_plan_id: 'cp10',
        cinp_referral_id: 'r1',
        cinp_person_id: '1001',
        cinp_cin_plan_start_date: '2025-12-01',
      }),
    );
    expect(await problemsOf(() => importInto(database.db, admin, directory(files)))).toEqual([
      'ssd_cin_episodes.csv, row 2, cine_cin_primary_need_code: the file gives N2 where the record holds N1',
    ]);
    expect(await database.ownerDb.selectFrom('cin_plan').select('id').execute()).toHaveLength(1);
  });
});

describe('files Hearth cannot import', () => {
  let database: TestDatabase;
  let admin: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await migratorIn(database.ownerDb, '209');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('names the file, row and field of every value Hearth cannot hold, and writes nothing', async () => {
    const files = legacyFiles();
    files.ssd_person!.push(
      row('ssd_person', { pers_person_id: '1003', pers_dob: '2011-02-29', pers_sex: 'X' }),
    );
    files.ssd_person!.push(row('ssd_person', { pers_person_id: '1004' }));
    files.ssd_cin_episodes!.push(
      row('ssd_cin_episodes', {
        cine_referral_id: 'r2',
        cine_person_id: '1001',
        cine_referral_date: '2025-13-01',
        cine_referral_source_code: '99',
        cine_referral_outcome_json: '{"NFA_FLAG": "Y"',
      }),
      row('ssd_cin_episodes', {
        cine_referral_id: 'r3',
        cine_person_id: '1009',
        cine_referral_date: '2025-09-01',
        cine_referral_source_code: '2A',
        cine_referral_outcome_json: '{"NFA_FLAG": "Maybe", "COMMENTS": "Not sure"}',
        cine_close_date: '2025-09-02',
      }),
    );
    files.ssd_assessment_factors!.push(
      row('ssd_assessment_factors', {
        cinf_table_id: 'f2',
        cinf_assessment_id: 'a1',
        cinf_assessment_factors_json: '"3A"',
      }),
      row('ssd_assessment_factors', {
        cinf_table_id: 'f3',
        cinf_assessment_id: 'a1',
        cinf_assessment_factors_json: '["99Z"]',
      }),
    );
    files.ssd_missing!.push(
      row('ssd_missing', {
        miss_table_id: 'm2',
        miss_person_id: '1002',
        miss_missing_episode_start_date: '2025-05-01',
        miss_missing_episode_type: 'M',
        miss_missing_rhi_offered: 'maybe',
      }),
    );
    expect(await problemsOf(() => importInto(database.db, admin, directory(files)))).toEqual([
      'ssd_person.csv, row 4, pers_dob: "2011-02-29" is not a date written YYYY-MM-DD (with a time after it or not)',
      'ssd_person.csv, row 4, pers_sex: "X" is not one of the DfE codes (M, F, U)',
      'ssd_person.csv, row 5, pers_dob: neither pers_dob nor pers_expected_dob is given; Hearth needs one',
      'ssd_cin_episodes.csv, row 3, cine_referral_date: "2025-13-01" is not a date written YYYY-MM-DD (with a time after it or not)',
      'ssd_cin_episodes.csv, row 3, cine_referral_outcome_json: is not JSON ({"NFA_FLAG": "Y")',
      expect.stringMatching(
        /^ssd_cin_episodes\.csv, row 3, cine_referral_source_code: "99" is not one of the DfE codes/,
      ),
      'ssd_cin_episodes.csv, row 4, cine_close_reason: is missing, but cine_close_date is given; Hearth cannot hold one without the other',
      'ssd_cin_episodes.csv, row 4, cine_referral_outcome_json: NFA_FLAG: a flag is "Y", "N" or ""',
      'ssd_cin_episodes.csv, row 4, cine_person_id: 1009 is not in ssd_person.csv',
      'ssd_assessment_factors.csv, row 3, cinf_assessment_factors_json: is not a JSON array of factor codes, like ["2A", "3A"]',
      'ssd_assessment_factors.csv, row 4, cinf_assessment_factors_json: "99Z" is not one of the CIN assessment factor codes',
      'ssd_missing.csv, row 3, miss_missing_rhi_offered: "maybe" is not Y or N',
    ]);
    expect(await database.ownerDb.selectFrom('person').select('id').execute()).toEqual([]);
  });

  it('names files it cannot read, and columns no SSD table has', () => {
    const dir = directory({
      ssd_person: ['pers_person_id,pers_shoe_size', '1,9'],
      ssd_contacts: [header('ssd_contacts'), 'c1,1'],
      notes: ['anything'],
      hearth_team_types: ['dept_team_id,team_type', 't1,children'],
    });
    expect(() => readSsdImportDirectory(dir)).toThrow(ImportError);
    try {
      readSsdImportDirectory(dir);
    } catch (error) {
      expect((error as ImportError).problems).toEqual([
        'hearth_team_types.csv, row 1, caseload_target: is missing',
        'notes.csv: is neither an SSD table (ssd_<table>.csv) nor a Hearth side file (hearth_case_supervisions.csv, hearth_team_types.csv, hearth_visit_patterns.csv, hearth_authority.csv)',
        'ssd_contacts.csv, row 2: has 2 fields, the header 6',
        'ssd_person.csv, row 1, pers_shoe_size: is not a field of ssd_person',
      ]);
    }
  });

  it("refuses another authority's side file", async () => {
    const files = legacyFiles();
    files.hearth_authority = ['la_code,name,year,population_0_17', '999,Elsewhere,2025,1000'];
    expect(await problemsOf(() => importInto(database.db, admin, directory(files)))).toEqual([
      "hearth_authority.csv, row 2, la_code: the file is authority 999's, not 209's",
    ]);
  });
});

describe('the side files', () => {
  let database: TestDatabase;
  let admin: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await migratorIn(database.ownerDb, '210');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('reads team types, visiting patterns and the population when present', async () => {
    const files = legacyFiles();
    files.ssd_cla_episodes!.push(
      row('ssd_cla_episodes', {
        clae_cla_episode_id: 'e2',
        clae_person_id: '1002',
        clae_cla_episode_start_date: '2025-06-01',
        clae_cla_episode_start_reason: 'P',
        clae_cla_primary_need_code: 'N1',
        clae_cla_id: 'e1',
        clae_cla_placement_id: 'pl2',
      }),
    );
    files.ssd_cla_episodes![1] = row('ssd_cla_episodes', {
      clae_cla_episode_id: 'e1',
      clae_person_id: '1002',
      clae_cla_episode_start_date: '2025-03-01',
      clae_cla_episode_start_reason: 'S',
      clae_cla_primary_need_code: 'N1',
      clae_cla_episode_ceased_date: '2025-06-01',
      clae_cla_episode_ceased_reason: 'X1',
      clae_cla_id: 'e1',
      clae_cla_placement_id: 'pl1',
    });
    files.ssd_cla_placement!.push(
      row('ssd_cla_placement', {
        clap_cla_placement_id: 'pl2',
        clap_cla_placement_start_date: '2025-06-01',
        clap_cla_placement_type: 'U4',
        clap_cla_id: 'e1',
        clap_person_id: '1002',
      }),
    );
    files.hearth_team_types = ['dept_team_id,team_type,caseload_target', 't0,service,', 't1,assessment,18'];
    // 3-monthly from the second episode, which starts the day the first ends.
    files.hearth_visit_patterns = ['person_id,pattern,start_date,end_date', '1002,3-monthly,2025-06-01,'];
    files.hearth_authority = ['la_code,name,year,population_0_17', '210,Legacy Council,2025,51000'];
    const summary = await importInto(database.db, admin, directory(files));
    const teams = await database.ownerDb
      .selectFrom('team')
      .select(['name', 'team_type', 'caseload_target'])
      .orderBy('name')
      .execute();
    expect(teams.map((t) => [t.name, t.team_type, t.caseload_target && Number(t.caseload_target)])).toEqual([
      ['Assessment North', 'assessment', 18],
      ['Children’s services', 'service', null],
    ]);
    const episodes = await database.ownerDb
      .selectFrom('cla_episode')
      .select(['start_date', 'long_term_placement', 'placement_type'])
      .orderBy('start_date')
      .execute();
    expect(episodes).toEqual([
      { start_date: '2025-03-01', long_term_placement: false, placement_type: 'U1' },
      { start_date: '2025-06-01', long_term_placement: true, placement_type: 'U4' },
    ]);
    expect(
      await database.ownerDb.selectFrom('authority_population').select(['year', 'population']).execute(),
    ).toEqual([{ year: 2025, population: 51000 }]);
    expect(summary.notImported).toContain(
      "hearth_authority.csv, row 2, name: Legacy Council (the authority is Authority 210 in Hearth; the service's operators rename it)",
    );
    expect(summary.notes).toEqual([
      '2 workers created without a Hearth user account: they cannot sign in until an administrator links one',
    ]);

    files.hearth_authority = ['la_code,name,year,population_0_17', '210,Authority 210,2025,52000'];
    expect(await problemsOf(() => importInto(database.db, admin, directory(files)))).toEqual([
      'hearth_authority.csv, row 2, population_0_17: the file gives 52000 where the record holds 51000 for 2025',
    ]);
  });
});
