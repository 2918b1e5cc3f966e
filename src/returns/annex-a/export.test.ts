import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild } from '../../../test/fixtures.ts';
import { insertRecord } from '../../casework/record.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { COLUMNS, SHEETS } from './spec.ts';
import { exportAnnexA, writeAnnexAWorkbook } from './export.ts';

type Sheet = Record<string, string | number | null>[];

/** The workbook read back with exceljs: each sheet's header row and its rows keyed by header. */
async function readWorkbook(
  file: string,
): Promise<{ names: string[]; headers: Record<string, string[]>; sheets: Record<string, Sheet> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const names = workbook.worksheets.map((w) => w.name);
  const headers: Record<string, string[]> = {};
  const sheets: Record<string, Sheet> = {};
  for (const sheet of workbook.worksheets) {
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    headers[sheet.name] = header;
    const rows: Sheet = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row: Record<string, string | number | null> = {};
      header.forEach((h, i) => {
        const cell = sheet.getRow(r).getCell(i + 1);
        const v = cell.value;
        if (v instanceof Date) {
          expect(cell.numFmt).toBe('dd/mm/yyyy');
          row[h] = v.toISOString().slice(0, 10);
        } else row[h] = (v as string | number | null) ?? null;
      });
      rows.push(row);
    }
    sheets[sheet.name] = rows;
  }
  return { names, headers, sheets };
}

async function arrangeTeam(database: TestDatabase, actor: Actor, team: string, worker: string) {
  return inAuthority(database.db, actor, async (trx) => {
    const t = await trx
      .insertInto('team')
      .values({ la_code: actor.laCode, name: team, team_type: 'assessment' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const w = await trx
      .insertInto('worker')
      .values({
        la_code: actor.laCode,
        name: worker,
        team_id: t.id,
        start_date: '2020-01-01',
        swe_number: 'SW123456',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { teamId: t.id, workerId: w.id };
  });
}

const EPISODE = { category_of_need: 'N1', placement_provider: 'PR1', placement_postcode: 'AB1 2CD' };

describe('Annex A from a hand-made record, as at 31 March 2026', () => {
  let database: TestDatabase;
  let dir: string;
  let book: Awaited<ReturnType<typeof readWorkbook>>;
  const row = (sheet: string, id: string) => book.sheets[sheet]!.filter((r) => r['Child Unique ID'] === id);

  beforeAll(async () => {
    database = await createTestDatabase();
    const actor = await arrangeAuthority(database.ownerDb, '301', 'head_of_service');
    const { teamId, workerId } = await arrangeTeam(database, actor, 'Assessment team', 'Sam Worker');
    const c1 = await arrangeChild(database.db, actor, { la_child_id: 'C1', date_of_birth: '2016-02-29' });
    const c2 = await arrangeChild(database.db, actor, {
      la_child_id: 'C2',
      date_of_birth: '2012-05-01',
      sex: 'M',
      ethnicity: 'WBRI',
    });
    const c3 = await arrangeChild(database.db, actor, {
      la_child_id: 'C3',
      date_of_birth: '2019-11-30',
      sex: 'U',
      ethnicity: 'NOBT',
    });
    const c4 = await arrangeChild(database.db, actor, {
      la_child_id: 'C4',
      date_of_birth: '2006-07-15',
      sex: 'M',
      ethnicity: 'BAFR',
      uasc_since: '2021-01-01',
    });
    const c5 = await arrangeChild(database.db, actor, { la_child_id: 'C5', date_of_birth: '2023-06-01' });
    const c6 = await arrangeChild(database.db, actor, { la_child_id: 'C6', date_of_birth: '2021-06-01' });
    await inAuthority(database.ownerDb, actor, async (trx) => {
      await trx
        .updateTable('person')
        .set({ disabilities: ['NONE'] })
        .where('id', '=', c2)
        .execute();
      await trx
        .updateTable('person')
        .set({ disabilities: ['LD', 'COMM'] })
        .where('id', '=', c3)
        .execute();
    });
    await inAuthority(database.db, actor, async (trx) => {
      const add = (table: Parameters<typeof insertRecord>[2], values: Record<string, unknown>) =>
        insertRecord(trx, actor, table, values);
      await add('allocation', {
        person_id: c1,
        team_id: teamId,
        worker_id: workerId,
        start_date: '2025-10-01',
      });
      // C1: contacts either side of the six-month window's first day (1 October 2025) and after the as-at date.
      await add('contact', { person_id: c1, contact_date: '2025-10-01', source: '2A' });
      await add('contact', { person_id: c1, contact_date: '2025-09-30', source: '6' });
      await add('contact', { person_id: c1, contact_date: '2026-04-01', source: '6' });
      const r0 = await add('referral', {
        person_id: c1,
        referral_date: '2025-09-30',
        source: '6',
        nfa: true,
        closure_date: '2025-09-30',
        closure_reason: 'RC8',
      });
      void r0;
      const r1 = await add('referral', {
        person_id: c1,
        referral_date: '2025-10-01',
        source: '2A',
        primary_need: 'N1',
      });
      const a1 = await add('assessment', {
        person_id: c1,
        referral_id: r1,
        start_date: '2025-10-02',
        child_seen_date: '2025-10-05',
        authorised_date: '2025-11-01',
        outcome: 'cin_plan',
        factors: ['2A'],
      });
      await add('cin_plan', { person_id: c1, referral_id: r1, assessment_id: a1, start_date: '2025-11-01' });
      await add('visit', { person_id: c1, visit_date: '2026-03-01', kind: 'cin', child_seen: true });
      await add('visit', { person_id: c1, visit_date: '2026-03-10', kind: 'cin', child_seen: false });
      const eh = await add('early_help_episode', {
        person_id: c1,
        start_date: '2025-08-01',
        lead_agency: 'school',
      });
      await add('early_help_assessment', {
        person_id: c1,
        early_help_episode_id: eh,
        start_date: '2025-09-01',
        completed_date: '2025-10-01',
      });
      await add('early_help_assessment', {
        person_id: c1,
        early_help_episode_id: eh,
        start_date: '2025-08-01',
        completed_date: '2025-09-30',
        organisation: 'Greenfield Primary',
      });

      // C2: an earlier period of care within the year, then a second: a legal status change and a move.
      await add('cla_episode', {
        ...EPISODE,
        person_id: c2,
        start_date: '2025-04-01',
        rne: 'S',
        legal_status: 'V2',
        placement_type: 'U6',
        end_date: '2025-05-01',
        reason_end: 'E4A',
      });
      await add('cla_episode', {
        ...EPISODE,
        person_id: c2,
        start_date: '2025-06-10',
        rne: 'S',
        legal_status: 'V2',
        placement_type: 'U6',
        end_date: '2025-12-01',
        reason_end: 'X1',
      });
      await add('cla_episode', {
        ...EPISODE,
        person_id: c2,
        start_date: '2025-12-01',
        rne: 'L',
        legal_status: 'C2',
        placement_type: 'U6',
        end_date: '2026-02-01',
        reason_end: 'X1',
      });
      await add('cla_episode', {
        ...EPISODE,
        person_id: c2,
        start_date: '2026-02-01',
        rne: 'P',
        legal_status: 'C2',
        placement_type: 'K2',
        placement_provider: 'PR4',
        urn: 'SC123456',
        end_date: '2026-05-01',
        reason_end: 'E4A',
      });
      await add('cla_review', { person_id: c2, review_date: '2025-07-01' });
      await add('cla_review', { person_id: c2, review_date: '2026-04-02' });
      await add('visit', { person_id: c2, visit_date: '2026-03-20', kind: 'cla', child_seen: true });
      await add('health_event', {
        person_id: c2,
        kind: 'review_health_assessment',
        event_date: '2025-09-01',
      });
      await add('health_event', { person_id: c2, kind: 'dental_check', event_date: '2025-05-01' });
      await add('health_event', { person_id: c2, kind: 'dental_check', event_date: '2026-04-02' });
      await add('permanence_plan', { person_id: c2, plan_date: '2025-08-01', plan: 'long_term_fostering' });
      await add('missing_episode', {
        person_id: c2,
        kind: 'M',
        start_date: '2025-03-31',
        end_date: '2025-03-31',
      });
      await add('missing_episode', {
        person_id: c2,
        kind: 'M',
        start_date: '2025-04-01',
        end_date: '2025-04-02',
      });
      await add('missing_episode', {
        person_id: c2,
        kind: 'M',
        start_date: '2025-11-01',
        end_date: '2025-11-02',
        return_interview_offered_date: '2025-11-03',
        return_interview_accepted: true,
      });
      await add('missing_episode', {
        person_id: c2,
        kind: 'A',
        start_date: '2026-01-10',
        end_date: '2026-01-10',
      });

      // C3: a referral, a section 47 enquiry, a conference and a plan; an earlier plan ended the day before
      // the window; three days in police protection accommodation.
      const r3 = await add('referral', {
        person_id: c3,
        referral_date: '2025-01-05',
        source: '6',
        primary_need: 'N1',
      });
      await add('cp_plan', {
        person_id: c3,
        referral_id: r3,
        start_date: '2025-01-10',
        end_date: '2025-09-30',
        initial_category: 'PHY',
        latest_category: 'PHY',
      });
      const s1 = await add('s47_enquiry', {
        person_id: c3,
        referral_id: r3,
        start_date: '2025-10-01',
        end_date: '2025-10-15',
        outcome: 'icpc',
        icpc_required: true,
      });
      const p2 = await add('cp_plan', {
        person_id: c3,
        referral_id: r3,
        start_date: '2025-10-20',
        initial_category: 'NEG',
        latest_category: 'EMO',
        previous_plans: 1,
      });
      await add('cp_conference', {
        person_id: c3,
        referral_id: r3,
        kind: 'initial',
        conference_date: '2025-10-20',
        s47_id: s1,
        cp_plan_id: p2,
        outcome: 'plan',
      });
      await add('cp_conference', {
        person_id: c3,
        referral_id: r3,
        kind: 'review',
        conference_date: '2025-12-20',
        cp_plan_id: p2,
        outcome: 'continue',
      });
      await add('visit', {
        person_id: c3,
        visit_date: '2026-03-25',
        kind: 'cp',
        child_seen: true,
        seen_alone: true,
      });
      await add('cla_episode', {
        ...EPISODE,
        person_id: c3,
        start_date: '2025-10-01',
        rne: 'S',
        legal_status: 'L1',
        placement_type: 'U6',
        end_date: '2025-10-03',
        reason_end: 'E4A',
      });

      // C4: a care leaver, in touch; a contact after the as-at date is not seen.
      await add('care_leaver', {
        person_id: c4,
        eligibility: 'former_relevant',
        start_date: '2024-07-15',
        personal_adviser: 'Pat Adviser',
        pathway_plan_date: '2026-01-10',
      });
      await add('care_leaver_contact', {
        person_id: c4,
        contact_date: '2026-02-01',
        in_touch: 'YES',
        activity: 'F2',
        accommodation: 'D1',
      });
      await add('care_leaver_contact', { person_id: c4, contact_date: '2026-04-05', in_touch: 'NO' });

      // C5: adopted on the first day of the 12-month window, after a fostering-for-adoption placement.
      await add('cla_episode', {
        ...EPISODE,
        person_id: c5,
        start_date: '2024-01-01',
        rne: 'S',
        legal_status: 'C2',
        placement_type: 'U6',
        end_date: '2024-08-01',
        reason_end: 'X1',
      });
      await add('cla_episode', {
        ...EPISODE,
        person_id: c5,
        start_date: '2024-08-01',
        rne: 'P',
        legal_status: 'E1',
        placement_type: 'U5',
        end_date: '2025-04-01',
        reason_end: 'E11',
      });
      await add('adoption', {
        person_id: c5,
        decision_date: '2024-05-01',
        placement_order_date: '2024-07-20',
        matched_date: '2024-12-01',
        placed_date: '2025-01-10',
        adoption_order_date: '2025-04-01',
      });
      // C6: adopted the day before the window: not on List 10.
      await add('adoption', {
        person_id: c6,
        decision_date: '2023-01-01',
        adoption_order_date: '2025-03-31',
      });
    });

    const data = await inAuthority(database.db, actor, (trx) => exportAnnexA(trx, '2026-03-31'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-annex-a-'));
    const file = path.join(dir, 'annex-a.xlsx');
    await writeAnnexAWorkbook(data, file);
    book = await readWorkbook(file);
  }, 60_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });

  it('has the eleven sheets, named and headed as the template', () => {
    expect(book.names).toEqual([...SHEETS]);
    for (const name of SHEETS) expect(book.headers[name]).toEqual([...COLUMNS[name]]);
    expect(COLUMNS['List 8']).toHaveLength(34);
    expect(book.sheets['List 11']).toEqual([]);
  });

  it('lists the contact on the window’s first day, not the day before or after the as-at date', () => {
    expect(book.sheets['List 1']).toEqual([
      {
        'Child Unique ID': 'C1',
        Gender: 'b) Female',
        Ethnicity: 'k) APKN',
        'Date of Birth': '2016-02-29',
        'Age of Child (Years)': 10,
        'Date of Contact': '2025-10-01',
        'Contact Source': 'e) 2A: Schools',
      },
    ]);
  });

  it('lists the early help assessment completed on the window’s first day', () => {
    expect(book.sheets['List 2']).toHaveLength(1);
    expect(book.sheets['List 2']![0]).toMatchObject({
      'Assessment start date': '2025-09-01',
      'Assessment completion date': '2025-10-01',
      'Organisation completing assessment': 'School',
    });
  });

  it('lists the referral on the window’s first day and counts the one before it in the 12 months', () => {
    expect(book.sheets['List 3']).toEqual([
      {
        'Child Unique ID': 'C1',
        Gender: 'b) Female',
        Ethnicity: 'k) APKN',
        'Date of Birth': '2016-02-29',
        'Age of Child (Years)': 10,
        'Date of referral': '2025-10-01',
        'Referral Source': 'e) 2A: Schools',
        'Referral NFA?': 'b) No',
        'Number of Referrals in Last 12 Months': 2,
        'Allocated Team': 'Assessment team',
        'Allocated Worker': 'Sam Worker',
      },
    ]);
  });

  it('gives the assessment, seen and authorised, as needing support', () => {
    expect(row('List 4', 'C1')).toEqual([
      expect.objectContaining({
        'Does the Child have a Disability': 'c) Unknown',
        'Continuous Assessment Start Date': '2025-10-02',
        'Child Seen During Continuous Assessment': 'a) Yes',
        'Continuous Assessment Date of Authorisation': '2025-11-01',
        "Was the child assessed as requiring LA children's social care support?": 'a) Yes',
      }),
    ]);
  });

  it('gives the section 47 enquiry with its conference and the counts', () => {
    expect(book.sheets['List 5']).toEqual([
      {
        'Child Unique ID': 'C3',
        Gender: 'c) Not stated/recorded',
        Ethnicity: 't) NOBT',
        'Date of Birth': '2019-11-30',
        'Age of Child (Years)': 6,
        'Does the Child have a Disability': 'a) Yes',
        'Strategy discussion initiating Section 47 Enquiry Start Date': '2025-10-01',
        'Was an Initial Child Protection Conference deemed unnecessary?': 'b) No',
        'Date of Initial Child Protection Conference': '2025-10-20',
        'Did the Initial Child Protection Conference Result in a Child Protection Plan': 'a) Yes',
        'Number of Section 47 Enquiries in the last 12 months': 1,
        'Number of ICPCs in the last 12 months': 1,
        'Allocated Team': null,
        'Allocated Worker': null,
      },
    ]);
  });

  it('lists children in need once each, with the status on the as-at date, not NFA referrals', () => {
    expect(book.sheets['List 6']!.map((r) => r['Child Unique ID'])).toEqual(['C3', 'C1']);
    expect(row('List 6', 'C1')[0]).toMatchObject({
      'CIN Start Date': '2025-10-01',
      'Primary Need Code': 'N1 - Abuse or neglect',
      'Date Child Was Last Seen': '2026-03-01',
      'CIN Closure Date': null,
      'Reason for Closure': null,
      'Case Status': 'c) Child in need plan',
    });
    expect(row('List 6', 'C3')[0]).toMatchObject({ 'Case Status': 'b) Child Protection plan' });
  });

  it('lists the current plan, not the one that ended the day before the window', () => {
    expect(book.sheets['List 7']).toHaveLength(1);
    expect(book.sheets['List 7']![0]).toMatchObject({
      'Child Unique ID': 'C3',
      'Child Protection Plan Start Date': '2025-10-20',
      'Initial Category of Abuse': 'a) Neglect',
      'Latest Category of Abuse': 'd) Emotional abuse',
      'Date of the Last Statutory Visit': '2026-03-25',
      'Was the Child Seen Alone?': 'a) Yes',
      'Date of latest review conference': '2025-12-20',
      'Child Protection Plan End Date': null,
      'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)':
        'a) Yes',
      'Number of Previous Child Protection Plans': 1,
    });
  });

  it('gives the looked-after child’s current period as it stood on the as-at date', () => {
    expect(row('List 8', 'C2')).toEqual([
      {
        'Child Unique ID': 'C2',
        Gender: 'a) Male',
        Ethnicity: 'a) WBRI',
        'Date of Birth': '2012-05-01',
        'Age of Child (Years)': 13,
        'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)': 'b) No',
        'Does the Child have a Disability': 'b) No',
        'Date Started to be Looked After': '2025-06-10',
        "Child's Category of Need": 'N1 - Abuse or neglect',
        'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)':
          'a) Yes',
        'Start date of current legal status': '2025-12-01',
        "Child's Legal Status": 'C2: FCO',
        'Date of Latest Statutory Review': '2025-07-01',
        'Date of Last Social Work Visit': '2026-03-20',
        'What is the permanence plan for this child?': 'f) Long-term fostering',
        'Date of Last IRO Visit / Contact to the Child': null,
        'Date of Last Health Assessment': '2025-09-01',
        'Date of Last Dental Check': '2025-05-01',
        'Number of Placements in the Last 12 months': 3,
        'Date Ceased to be Looked After': null,
        'Reason Ceased to be Looked After': null,
        'Start Date of Most Recent Placement': '2026-02-01',
        'Placement Type': "p) K2: Children's Homes",
        'Placement Provider': 'e) PR4: Private provision',
        'Placement postcode': 'AB1 2CD',
        'URN of Placement': 'SC123456',
        'Placement Location': null,
        'LA of Placement': null,
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months": 2,
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months": 1,
        'Was the child offered a Return Interview after their last missing episode (Y/N)?': 'a) Yes',
        'Did the child accept a Return Interview after their last missing episode (Y/N)?': 'a) Yes',
        'Allocated Team': null,
        'Allocated Worker': null,
      },
    ]);
  });

  it('includes the child who ceased to be looked after in the window, with the reason', () => {
    expect(row('List 8', 'C3')[0]).toMatchObject({
      'Date Started to be Looked After': '2025-10-01',
      "Child's Legal Status": 'L1: Police protection LA accommodation',
      'Date Ceased to be Looked After': '2025-10-03',
      'Reason Ceased to be Looked After':
        'e) E4A: Returned home to live with parents or relatives - part of planning',
    });
    expect(row('List 8', 'C5')).toEqual([]);
  });

  it('gives the care leaver’s latest contact before the as-at date', () => {
    expect(book.sheets['List 9']).toEqual([
      {
        'Child Unique ID': 'C4',
        Gender: 'a) Male',
        Ethnicity: 'o) BAFR',
        'Date of Birth': '2006-07-15',
        'Age of Child (Years)': 19,
        'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)': 'a) Yes',
        'Does the Child have a Disability': 'c) Unknown',
        'Allocated Team': null,
        'Allocated Worker': null,
        'Allocated Personal Advisor': 'Pat Adviser',
        'Eligibility Category': 'b) Former relevant child',
        'Latest Pathway Plan Review Date': '2026-01-10',
        'LA in Touch': 'a) Yes',
        'Latest Date of Contact': '2026-02-01',
        'Type of Accommodation':
          'D: Semi-independent, transitional accommodation and self-contained accommodation',
        'Suitability of Accommodation': 'a) Suitable',
        'Activity Status': 'F2: Full time in education other than higher',
      },
    ]);
  });

  it('lists the adoption ordered on the 12-month window’s first day, not the day before', () => {
    expect(book.sheets['List 10']).toEqual([
      {
        'Child Unique ID': 'C5',
        'Family identifier': null,
        Gender: 'b) Female',
        Ethnicity: 'k) APKN',
        'Date of Birth': '2023-06-01',
        'Age of Child (Years)': 2,
        'Does the Child have a Disability': 'c) Unknown',
        'Date the Child Entered Care': '2024-01-01',
        'Date of Decision that Child Should be Placed for Adoption': '2024-05-01',
        'Date of Placement Order': '2024-07-20',
        'Date of Matching Child and Prospective Adopters': '2024-12-01',
        'Date Placed for Adoption': '2025-01-10',
        'Date of Adoption Order': '2025-04-01',
        'Date of Decision that Child Should No Longer be Placed for Adoption': null,
        'Reason Why Child No Longer Placed for Adoption': null,
        'Date the child was placed for fostering in FFA or concurrent planning placement': '2024-08-01',
      },
    ]);
  });
});

describe('Annex A as at 29 February 2024', () => {
  let database: TestDatabase;
  let data: Awaited<ReturnType<typeof exportAnnexA>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const actor = await arrangeAuthority(database.ownerDb, '302', 'head_of_service');
    const child = await arrangeChild(database.db, actor, { la_child_id: 'D1', date_of_birth: '2016-02-29' });
    await inAuthority(database.db, actor, async (trx) => {
      // The six months end on 29 February 2024 and begin on 30 August 2023; the twelve begin on 1 March 2023
      // (29 February 2024 less 12 months is 28 February 2023).
      for (const date of ['2023-02-28', '2023-03-01', '2023-08-29', '2023-08-30', '2024-02-29', '2024-03-01'])
        await insertRecord(trx, actor, 'referral', {
          person_id: child,
          referral_date: date,
          source: '1A',
          nfa: true,
        });
    });
    data = await inAuthority(database.db, actor, (trx) => exportAnnexA(trx, '2024-02-29'));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('takes the window from 30 August and counts the 12 months from 1 March', () => {
    expect(
      data.lists['List 3'].map((r) => [r['Date of referral'], r['Number of Referrals in Last 12 Months']]),
    ).toEqual([
      ['2023-08-30', 4],
      ['2024-02-29', 4],
    ]);
    expect(data.lists['List 3'][0]!['Age of Child (Years)']).toBe(8);
  });
});
