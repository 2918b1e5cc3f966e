import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild } from '../../../test/fixtures.ts';
import { seedSmall } from '../../../test/records.ts';
import { schemaErrors } from '../../../test/xml-schema.ts';
import { insertRecord } from '../../casework/record.ts';
import { connect, inAuthority, systemActor, type Actor } from '../../db/database.ts';
import { upnFor } from '../../synth/people.ts';
import { exportCinCensus } from './export.ts';
import { readCinCensusXml } from './read.ts';
import { CIN_RULES_2025 } from './rules/index.ts';
import type { CinCensusData } from './spec.ts';
import { validateCinCensus } from './validate.ts';
import { writeCinCensusXml } from './xml.ts';

const UPN = upnFor('201', 1);
const here = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA_2025 = path.join(here, 'schema', 'CIN_schema_2025.xsd');
const SCHEMA_2024 = path.join(here, 'schema', 'CIN_schema_2024.xsd');

async function exportFrom(database: TestDatabase, laCode: string): Promise<CinCensusData> {
  const db = connect(database.appUrl, { max: 1 });
  try {
    return await inAuthority(db, systemActor(laCode), (trx) => exportCinCensus(trx, 2025));
  } finally {
    await db.destroy();
  }
}

describe('the CIN census export from a hand-made record', () => {
  let database: TestDatabase;
  let actor: Actor;
  let data: CinCensusData;

  beforeAll(async () => {
    database = await createTestDatabase();
    actor = await arrangeAuthority(database.ownerDb, '201', 'head_of_service');
    // A: referred in the year, assessed (two factors), then a CIN plan still open at 31 March, and an
    // assessment started in March and authorised in April (after the reference date: returned open).
    const a = await arrangeChild(database.db, actor, {
      la_child_id: 'A1',
      date_of_birth: '2015-06-01',
      sex: 'M',
      ethnicity: 'WBRI',
    });
    // B: referred and closed before the year: left out.
    const b = await arrangeChild(database.db, actor, { la_child_id: 'B1', ethnicity: 'WBRI' });
    // C: referred before the year with an enquiry started in March 2025 and its conference in April 2025,
    // then a plan ending after 31 March 2026 with one review in the year and one after it.
    const c = await arrangeChild(database.db, actor, {
      la_child_id: 'C1',
      date_of_birth: '2019-01-15',
      sex: 'F',
      ethnicity: 'BAFR',
      disabilities: ['HAND', 'VIS'],
    });
    // D: referred after 31 March 2026: left out. E: a referral with no further action in the year.
    const d = await arrangeChild(database.db, actor, { la_child_id: 'D1', ethnicity: 'WBRI' });
    const e = await arrangeChild(database.db, actor, {
      la_child_id: 'E1',
      date_of_birth: '2012-03-03',
      sex: 'F',
      ethnicity: 'MOTH',
    });
    await inAuthority(database.db, actor, async (trx) => {
      await trx.updateTable('person').set({ upn: UPN }).where('id', '=', a).execute();
      await trx.updateTable('person').set({ upn_unknown: 'UN7' }).where('id', '=', e).execute();
      const ra = await insertRecord(trx, actor, 'referral', {
        person_id: a,
        referral_date: '2025-05-01',
        source: '2A',
        primary_need: 'N1',
      });
      await insertRecord(trx, actor, 'assessment', {
        person_id: a,
        referral_id: ra,
        start_date: '2025-05-02',
        authorised_date: '2025-06-10',
        outcome: 'cin_plan',
        factors: ['3A', '4B'],
      });
      await insertRecord(trx, actor, 'cin_plan', { person_id: a, referral_id: ra, start_date: '2025-06-11' });
      await insertRecord(trx, actor, 'assessment', {
        person_id: a,
        referral_id: ra,
        start_date: '2026-03-20',
        authorised_date: '2026-04-02',
        outcome: 'continue_support',
        factors: ['1B'],
      });
      await insertRecord(trx, actor, 'referral', {
        person_id: b,
        referral_date: '2024-06-01',
        source: '6',
        primary_need: 'N4',
        closure_date: '2025-02-01',
        closure_reason: 'RC7',
      });
      const rc = await insertRecord(trx, actor, 'referral', {
        person_id: c,
        referral_date: '2024-12-02',
        source: '3A',
        primary_need: 'N1',
      });
      const s47 = await insertRecord(trx, actor, 's47_enquiry', {
        person_id: c,
        referral_id: rc,
        start_date: '2025-03-20',
        end_date: '2025-04-08',
        outcome: 'icpc',
        icpc_required: true,
      });
      const plan = await insertRecord(trx, actor, 'cp_plan', {
        person_id: c,
        referral_id: rc,
        start_date: '2025-04-08',
        end_date: '2026-04-15',
        initial_category: 'NEG',
        latest_category: 'EMO',
        previous_plans: 1,
      });
      await insertRecord(trx, actor, 'cp_conference', {
        person_id: c,
        referral_id: rc,
        kind: 'initial',
        conference_date: '2025-04-08',
        s47_id: s47,
        cp_plan_id: plan,
        outcome: 'plan',
      });
      for (const date of ['2025-07-01', '2026-04-10'])
        await insertRecord(trx, actor, 'cp_conference', {
          person_id: c,
          referral_id: rc,
          kind: 'review',
          conference_date: date,
          cp_plan_id: plan,
          outcome: 'continue',
        });
      await insertRecord(trx, actor, 'referral', {
        person_id: d,
        referral_date: '2026-04-02',
        source: '1A',
      });
      await insertRecord(trx, actor, 'referral', {
        person_id: e,
        referral_date: '2025-09-01',
        source: '9',
        nfa: true,
        closure_date: '2025-09-01',
        closure_reason: 'RC7',
      });
    });
    data = await exportFrom(database, '201');
  }, 60_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('returns the children with an episode open in the year, once each, by LA child ID', () => {
    expect(data.tables.ChildIdentifiers).toEqual([
      {
        LAchildID: 'A1',
        UPN,
        FormerUPN: '',
        UPNunknown: '',
        PersonBirthDate: '2015-06-01',
        ExpectedPersonBirthDate: '',
        Sex: 'M',
        PersonDeathDate: '',
      },
      expect.objectContaining({ LAchildID: 'C1', Sex: 'F', UPN: '' }),
      expect.objectContaining({ LAchildID: 'E1', UPNunknown: 'UN7' }),
    ]);
    expect(data.tables.Disabilities).toEqual([
      { LAchildID: 'A1', Disability: 'NONE' },
      { LAchildID: 'C1', Disability: 'HAND' },
      { LAchildID: 'C1', Disability: 'VIS' },
      { LAchildID: 'E1', Disability: 'NONE' },
    ]);
    expect(data.tables.Header).toEqual([
      expect.objectContaining({ Collection: 'CIN', Year: '2026', ReferenceDate: '2026-03-31', LEA: '201' }),
    ]);
  });

  it('gives each episode, and nothing dated after 31 March', () => {
    expect(data.tables.CINdetails).toEqual([
      {
        LAchildID: 'A1',
        CINdetailsID: '1',
        CINreferralDate: '2025-05-01',
        ReferralSource: '2A',
        PrimaryNeedCode: 'N1',
        CINclosureDate: '',
        ReasonForClosure: '',
        DateOfInitialCPC: '',
        ReferralNFA: 'false',
      },
      expect.objectContaining({ LAchildID: 'C1', CINreferralDate: '2024-12-02', DateOfInitialCPC: '' }),
      expect.objectContaining({ LAchildID: 'E1', ReferralNFA: 'true', CINclosureDate: '2025-09-01' }),
    ]);
    const ids = { LAchildID: 'A1', CINdetailsID: '1', AssessmentInternalReviewDate: '' };
    expect(data.tables.Assessments).toEqual([
      {
        ...ids,
        AssessmentID: '1',
        AssessmentActualStartDate: '2025-05-02',
        AssessmentAuthorisationDate: '2025-06-10',
        AssessmentFactors: '3A',
      },
      {
        ...ids,
        AssessmentID: '1',
        AssessmentActualStartDate: '2025-05-02',
        AssessmentAuthorisationDate: '2025-06-10',
        AssessmentFactors: '4B',
      },
      // Authorised on 2 April 2026: open at 31 March, so no authorisation and no factors.
      {
        ...ids,
        AssessmentID: '2',
        AssessmentActualStartDate: '2026-03-20',
        AssessmentAuthorisationDate: '',
        AssessmentFactors: '',
      },
    ]);
    expect(data.tables.CINplanDates).toEqual([
      { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-06-11', CINPlanEndDate: '' },
    ]);
  });

  it('returns an enquiry started before the year whose conference is in it, with its plan and reviews', () => {
    expect(data.tables.Section47).toEqual([
      {
        LAchildID: 'C1',
        CINdetailsID: '1',
        S47ActualStartDate: '2025-03-20',
        // 15 working days after 20 March 2025 (no bank holidays between).
        InitialCPCtarget: '2025-04-10',
        DateOfInitialCPC: '2025-04-08',
        ICPCnotRequired: 'false',
      },
    ]);
    expect(data.tables.ChildProtectionPlans).toEqual([
      {
        LAchildID: 'C1',
        CINdetailsID: '1',
        CPPID: '1',
        CPPstartDate: '2025-04-08',
        CPPendDate: '',
        InitialCategoryOfAbuse: 'NEG',
        LatestCategoryOfAbuse: 'EMO',
        NumberOfPreviousCPP: '1',
      },
    ]);
    expect(data.tables.Reviews).toEqual([
      { LAchildID: 'C1', CINdetailsID: '1', CPPID: '1', CPPreviewDate: '2025-07-01' },
    ]);
  });

  it('writes XML valid against the 2025/26 schema that reads back as the same tables', async () => {
    const xml = writeCinCensusXml(data);
    expect(await schemaErrors(xml, SCHEMA_2025)).toEqual([]);
    expect(readCinCensusXml(xml, 'cin.xml', 2025)).toEqual(data);
  });

  it('breaks none of the DfE rules that are errors', () => {
    const errors = validateCinCensus(data, CIN_RULES_2025).filter((f) => f.type === 'error');
    expect(errors).toEqual([]);
  });
});

describe('the CIN census export of a synthetic authority', () => {
  let database: TestDatabase;
  let data: CinCensusData;
  let xml: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedSmall(database, '203', 'cin');
    data = await exportFrom(database, '203');
    xml = writeCinCensusXml(data);
  }, 180_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('is valid against the 2025/26 schema', async () => {
    expect(data.tables.ChildIdentifiers!.length).toBeGreaterThan(100);
    expect(data.tables.ChildProtectionPlans!.length).toBeGreaterThan(0);
    expect(await schemaErrors(xml, SCHEMA_2025)).toEqual([]);
  }, 60_000);

  it('differs from CIN_schema_2024.xsd only where the 2025/26 census does: Sex, and no previous plans', async () => {
    const errors = await schemaErrors(xml, SCHEMA_2024);
    const other = errors.filter(
      (e) =>
        !/Element 'Sex': This element is not expected/.test(e) &&
        !/Element 'NumberOfPreviousCPP': '0' is not a valid value of the atomic type 'xs:positiveInteger'/.test(
          e,
        ),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(other).toEqual([]);
  }, 60_000);

  it('reads back as the same tables and breaks none of the DfE rules that are errors', () => {
    const back = readCinCensusXml(xml, 'cin.xml', 2025);
    expect(back.tables).toEqual(data.tables);
    const errors = validateCinCensus(back, CIN_RULES_2025).filter((f) => f.type === 'error');
    expect(errors).toEqual([]);
  });
});

describe('the CIN census export of a plan that starts on 31 March before the year', () => {
  let database: TestDatabase;
  let data: CinCensusData;

  beforeAll(async () => {
    database = await createTestDatabase();
    const actor = await arrangeAuthority(database.ownerDb, '202', 'head_of_service');
    // The DfE's validator counts the 2025/26 census year from 31 March 2025, so it takes this plan to start
    // in the year and looks for its initial conference: the export gives the enquiry whose conference that was.
    const child = await arrangeChild(database.db, actor, {
      la_child_id: 'M1',
      date_of_birth: '2018-02-28',
      sex: 'F',
      ethnicity: 'WBRI',
    });
    await inAuthority(database.db, actor, async (trx) => {
      const referral = await insertRecord(trx, actor, 'referral', {
        person_id: child,
        referral_date: '2025-03-10',
        source: '5B',
        primary_need: 'N1',
      });
      const s47 = await insertRecord(trx, actor, 's47_enquiry', {
        person_id: child,
        referral_id: referral,
        start_date: '2025-03-12',
        end_date: '2025-03-31',
        outcome: 'icpc',
        icpc_required: true,
      });
      const plan = await insertRecord(trx, actor, 'cp_plan', {
        person_id: child,
        referral_id: referral,
        start_date: '2025-03-31',
        initial_category: 'NEG',
        latest_category: 'NEG',
        previous_plans: 0,
      });
      await insertRecord(trx, actor, 'cp_conference', {
        person_id: child,
        referral_id: referral,
        kind: 'initial',
        conference_date: '2025-03-31',
        s47_id: s47,
        cp_plan_id: plan,
        outcome: 'plan',
      });
    });
    data = await exportFrom(database, '202');
  }, 60_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('gives the enquiry and its conference of 31 March, and breaks no DfE rule that is an error', () => {
    expect(data.tables.Section47?.map((s) => [s.S47ActualStartDate, s.DateOfInitialCPC])).toEqual([
      ['2025-03-12', '2025-03-31'],
    ]);
    expect(data.tables.ChildProtectionPlans?.map((p) => p.CPPstartDate)).toEqual(['2025-03-31']);
    const errors = validateCinCensus(data, CIN_RULES_2025).filter((f) => f.type === 'error');
    expect(errors).toEqual([]);
  });
});
