import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { arrangeAuthority, ensureAuthority } from '../../test/fixtures.ts';
import { inAuthority, systemActor, type Trx } from '../db/database.ts';
import { loadJourneyModel, withChildrenReread, type JourneyModel } from './model.ts';
import { child } from './testing.ts';

const LA = '871';
const OTHER_LA = '872';
/** Ids with every hex letter, to see uuids come back as PostgreSQL writes them. */
const id = (n: number) => `c0ffee00-abcd-4ef0-9123-${n.toString(16).padStart(12, '0')}`;
const TEAM = id(0xaa);
const WORKER = id(0xab);
const ADA = id(1);
const ADULT = id(2);
const VOIDED = id(3);
const BEN = id(4);
const OTHER = id(5);

/** One child with a record of every kind the model reads, as the schema owner would write them. */
async function arrange(trx: Trx): Promise<void> {
  const la = { la_code: LA };
  const person = <T extends object>(n: number, values: T) => ({
    ...la,
    id: id(n),
    person_id: ADA,
    ...values,
  });
  await trx
    .insertInto('team')
    .values({ ...la, id: TEAM, name: 'Ash', team_type: 'children', caseload_target: '12.5' })
    .execute();
  await trx
    .insertInto('worker')
    .values({
      ...la,
      id: WORKER,
      name: 'Wyn',
      team_id: TEAM,
      fte: '0.8',
      start_date: '2020-02-29',
      leave_date: null,
    })
    .execute();
  await trx
    .insertInto('authority_population')
    .values({ ...la, year: 2024, population: 51_234 })
    .execute();
  await trx
    .insertInto('person')
    .values([
      // Born the day before 1970-01-01; UASC from 2000-01-01 (day 0 of PostgreSQL's binary dates) to 29 Feb.
      {
        ...la,
        id: ADA,
        la_child_id: 'C2',
        given_name: 'Ada',
        family_name: 'Ng',
        date_of_birth: '1969-12-31',
        uasc_since: '2000-01-01',
        uasc_ceased: '2024-02-29',
      },
      { ...la, id: ADULT, la_child_id: 'A1', given_name: 'Al', family_name: 'Ng', is_child: false },
      {
        ...la,
        id: VOIDED,
        la_child_id: 'C3',
        given_name: 'Vi',
        family_name: 'Ng',
        date_of_birth: '2015-01-01',
        voided_at: new Date(),
        void_reason: 'Duplicate',
      },
      {
        ...la,
        id: BEN,
        la_child_id: 'C1',
        given_name: 'Ben',
        family_name: 'Ng',
        expected_date_of_birth: '2026-05-01',
      },
    ])
    .execute();
  await trx
    .insertInto('contact')
    .values([
      person(10, { contact_date: '2024-03-02', source: '6', decision: null }),
      person(11, { contact_date: '2024-03-01', source: '6', decision: 'referral' }),
      person(12, {
        contact_date: '2024-03-03',
        source: '6',
        voided_at: new Date(),
        void_reason: 'Wrong child',
      }),
      { ...la, id: id(13), person_id: ADULT, contact_date: '2024-03-01', source: '6' },
      { ...la, id: id(14), person_id: VOIDED, contact_date: '2024-03-01', source: '6' },
    ])
    .execute();
  await trx
    .insertInto('referral')
    .values(
      person(20, {
        referral_date: '2024-03-01',
        source: '6',
        nfa: true,
        closure_date: '2024-03-05',
        closure_reason: 'RC8',
      }),
    )
    .execute();
  await trx
    .insertInto('assessment')
    .values(
      person(21, {
        referral_id: id(20),
        start_date: '2024-03-01',
        authorised_date: '2024-03-04',
        outcome: 'nfa',
      }),
    )
    .execute();
  await trx
    .insertInto('s47_enquiry')
    .values(
      person(22, { referral_id: id(20), start_date: '2024-03-02', end_date: null, icpc_required: null }),
    )
    .execute();
  await trx
    .insertInto('cp_plan')
    .values(
      person(23, {
        referral_id: id(20),
        start_date: '2024-03-10',
        end_date: '2024-12-31',
        initial_category: 'NEG',
        latest_category: 'EMO',
        previous_plans: 2,
      }),
    )
    .execute();
  await trx
    .insertInto('cp_conference')
    .values(
      person(24, {
        referral_id: id(20),
        kind: 'initial',
        conference_date: '2024-03-10',
        s47_id: id(22),
        cp_plan_id: id(23),
        outcome: 'plan',
      }),
    )
    .execute();
  await trx
    .insertInto('cin_plan')
    .values(person(25, { referral_id: id(20), start_date: '2024-03-04', end_date: null }))
    .execute();
  await trx
    .insertInto('cla_episode')
    .values(
      person(26, {
        start_date: '2024-04-01',
        rne: 'S',
        legal_status: 'V2',
        category_of_need: 'N1',
        placement_type: 'U1',
        placement_provider: 'PR1',
        end_date: '2024-05-01',
        reason_end: 'E11',
        long_term_placement: true,
      }),
    )
    .execute();
  await trx
    .insertInto('cla_review')
    .values(person(27, { review_date: '2024-04-20' }))
    .execute();
  await trx
    .insertInto('visit')
    .values([
      person(28, { visit_date: '2024-04-02', kind: 'cla', child_seen: true, seen_alone: false }),
      // Read by kind and date, ascending; a visit where the child was not seen, or of another kind, is not read.
      person(60, { visit_date: '2024-03-01', kind: 'cla', child_seen: true, seen_alone: true }),
      person(61, { visit_date: '2024-03-02', kind: 'cp', child_seen: false, seen_alone: false }),
      person(62, { visit_date: '2024-03-03', kind: 'other', child_seen: true, seen_alone: false }),
      person(63, { visit_date: '2024-03-04', kind: 'cin', child_seen: true, seen_alone: false }),
    ])
    .execute();
  await trx
    .insertInto('health_event')
    .values(person(29, { kind: 'dental_check', event_date: '2024-04-03' }))
    .execute();
  await trx
    .insertInto('missing_episode')
    .values(
      person(30, {
        kind: 'M',
        start_date: '2024-04-04',
        end_date: '2024-04-05',
        return_interview_offered_date: '2024-04-06',
      }),
    )
    .execute();
  await trx
    .insertInto('permanence_plan')
    .values(person(31, { plan_date: '2024-04-07', plan: 'adoption' }))
    .execute();
  await trx
    .insertInto('care_leaver')
    .values(person(32, { eligibility: 'relevant', start_date: '2024-05-01', end_date: null }))
    .execute();
  await trx
    .insertInto('care_leaver_contact')
    // Free text with a tab, a backslash and letters beyond ASCII comes back as it went in.
    .values(
      person(33, {
        contact_date: '2024-05-02',
        in_touch: 'YES',
        accommodation: 'Zoë\t\\ flat',
        activity: null,
      }),
    )
    .execute();
  await trx
    .insertInto('early_help_episode')
    .values(
      person(34, {
        start_date: '2023-01-01',
        lead_agency: 'school',
        end_date: '2023-06-30',
        end_reason: 'step_up',
      }),
    )
    .execute();
  await trx
    .insertInto('early_help_assessment')
    .values(person(35, { start_date: '2023-01-02', completed_date: null }))
    .execute();
  await trx
    .insertInto('case_supervision')
    .values([person(36, { supervision_date: '2024-05-03' }), person(64, { supervision_date: '2024-01-10' })])
    .execute();
  await trx
    .insertInto('allocation')
    .values(person(37, { team_id: TEAM, worker_id: WORKER, start_date: '2024-03-01', end_date: null }))
    .execute();
  await trx
    .insertInto('care_proceedings')
    .values(person(38, { issued_date: '2024-04-10' }))
    .execute();
  await trx
    .insertInto('task')
    .values(
      person(39, {
        rule_id: 'assessment_45wd',
        title: 'Finish',
        from_date: '2024-03-01',
        due_date: '2024-05-02',
        source_type: 'referral',
        source_id: id(20),
        completed_date: null,
        cancelled_date: '2024-03-05',
        overdue_reason: 'other',
      }),
    )
    .execute();
}

describe('the journey model read from the record', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureAuthority(database.ownerDb, LA);
    await ensureAuthority(database.ownerDb, OTHER_LA);
    await inAuthority(database.ownerDb, systemActor(LA), arrange);
    await inAuthority(database.ownerDb, systemActor(OTHER_LA), (trx) =>
      trx
        .insertInto('person')
        .values({
          la_code: OTHER_LA,
          id: OTHER,
          la_child_id: 'C0',
          given_name: 'Oz',
          family_name: 'Ng',
          date_of_birth: '2015-01-01',
        })
        .execute(),
    );
  });
  afterAll(async () => {
    await database.drop();
  });

  const read = () => inAuthority(database.db, systemActor(LA), (trx) => loadJourneyModel(trx, LA));

  it('reads every field of every record of the authority’s live children, lists in date order', async () => {
    const model = await read();
    expect(model.children.map((c) => c.laChildId)).toEqual(['C1', 'C2']);
    expect(model.children[0]).toEqual(child(BEN, { laChildId: 'C1', dateOfBirth: null }));
    expect(model.byId.get(ADA)).toEqual(
      child(ADA, {
        laChildId: 'C2',
        dateOfBirth: '1969-12-31',
        uascSince: '2000-01-01',
        uascCeased: '2024-02-29',
        contacts: [
          { id: id(11), date: '2024-03-01', decision: 'referral' },
          { id: id(10), date: '2024-03-02', decision: null },
        ],
        referrals: [
          { id: id(20), date: '2024-03-01', nfa: true, closed: '2024-03-05', closureReason: 'RC8' },
        ],
        assessments: [
          { id: id(21), referralId: id(20), start: '2024-03-01', authorised: '2024-03-04', outcome: 'nfa' },
        ],
        s47s: [{ id: id(22), start: '2024-03-02', end: null, icpcRequired: null }],
        conferences: [
          { id: id(24), kind: 'initial', date: '2024-03-10', s47Id: id(22), planId: id(23), outcome: 'plan' },
        ],
        cpPlans: [{ id: id(23), start: '2024-03-10', end: '2024-12-31', previousPlans: 2 }],
        cinPlans: [{ id: id(25), start: '2024-03-04', end: null }],
        episodes: [
          {
            id: id(26),
            start: '2024-04-01',
            end: '2024-05-01',
            rne: 'S',
            legalStatus: 'V2',
            placement: 'U1',
            provider: 'PR1',
            reasonEnd: 'E11',
            longTerm: true,
          },
        ],
        claReviews: [{ id: id(27), date: '2024-04-20' }],
        visits: [
          { date: '2024-04-02', kind: 'cla', seen: true, seenAlone: false },
          { date: '2024-03-01', kind: 'cla', seen: true, seenAlone: true },
          { date: '2024-03-04', kind: 'cin', seen: true, seenAlone: false },
        ],
        health: [{ id: id(29), kind: 'dental_check', date: '2024-04-03' }],
        missing: [{ id: id(30), kind: 'M', start: '2024-04-04', end: '2024-04-05', offered: '2024-04-06' }],
        permanencePlans: [{ id: id(31), date: '2024-04-07' }],
        careLeaver: [{ id: id(32), eligibility: 'relevant', start: '2024-05-01', end: null }],
        careLeaverContacts: [
          { id: id(33), date: '2024-05-02', inTouch: 'YES', accommodation: 'Zoë\t\\ flat', activity: null },
        ],
        earlyHelp: [
          { id: id(34), start: '2023-01-01', end: '2023-06-30', endReason: 'step_up', leadAgency: 'school' },
        ],
        earlyHelpAssessments: [{ id: id(35), start: '2023-01-02', completed: null }],
        supervisions: [{ date: '2024-05-03' }, { date: '2024-01-10' }],
        allocations: [{ id: id(37), teamId: TEAM, workerId: WORKER, start: '2024-03-01', end: null }],
        careProceedings: [{ id: id(38), issued: '2024-04-10' }],
        tasks: [
          {
            id: id(39),
            ruleId: 'assessment_45wd',
            due: '2024-05-02',
            completed: null,
            cancelled: '2024-03-05',
            overdueReason: 'other',
          },
        ],
      }),
    );
    expect(model.byId.get(ADA)!.seenVisits).toEqual({
      cp: [],
      cin: ['2024-03-04'],
      cla: ['2024-03-01', '2024-04-02'],
    });
    expect(model.byId.get(ADA)!.supervisions).toEqual(['2024-01-10', '2024-05-03']);
    expect([...model.teams.values()]).toEqual([{ id: TEAM, name: 'Ash', type: 'children', target: 12.5 }]);
    expect([...model.workers.values()]).toEqual([
      {
        id: WORKER,
        name: 'Wyn',
        teamId: TEAM,
        fte: 0.8,
        caseHolding: true,
        start: '2020-02-29',
        leave: null,
      },
    ]);
    expect(model.population).toEqual(new Map([[2024, 51_234]]));
  });

  it('shares one string per date and per code, and one frozen array for every empty list', async () => {
    const [ben, ada] = (await read()).children;
    const again = (await read()).byId.get(ADA)!;
    expect(again.contacts[0]!.date).toBe(ada!.referrals[0]!.date);
    expect(ben!.contacts).toBe(ben!.tasks);
    expect(Object.isFrozen(ben!.contacts)).toBe(true);
    expect(() => (ben!.contacts as unknown[]).push(1)).toThrow(TypeError);
  });

  it('keeps row-level security: another authority’s children, and nothing for an actor with no scope', async () => {
    const other = await inAuthority(database.db, systemActor(OTHER_LA), (trx) =>
      loadJourneyModel(trx, OTHER_LA),
    );
    expect(other.children.map((c) => c.id)).toEqual([OTHER]);
    const administrator = await arrangeAuthority(database.ownerDb, LA, 'administrator');
    const none = await inAuthority(database.db, administrator, (trx) => loadJourneyModel(trx, LA));
    expect(none.children).toEqual([]);
  });

  it('reads in the transaction it is given, seeing that transaction’s own changes', async () => {
    /** Thrown to roll the transaction back (the service cannot delete records), carrying what was seen. */
    class Seen extends Error {
      constructor(readonly model: JourneyModel) {
        super('seen');
      }
    }
    const seen = await inAuthority(database.db, systemActor(LA), async (trx) => {
      await trx
        .insertInto('case_supervision')
        .values({ la_code: LA, person_id: BEN, supervision_date: '2024-06-01' })
        .execute();
      throw new Seen(await loadJourneyModel(trx, LA));
    }).catch((error: unknown) => {
      if (error instanceof Seen) return error.model;
      throw error;
    });
    expect(seen.byId.get(BEN)!.supervisions).toEqual(['2024-06-01']);
    expect((await read()).byId.get(BEN)!.supervisions).toEqual([]);
  });

  it('re-reads a changed child into a model equal to a full read', async () => {
    const before = await read();
    await inAuthority(database.ownerDb, systemActor(LA), (trx) =>
      trx
        .insertInto('contact')
        .values({
          la_code: LA,
          id: id(50),
          person_id: BEN,
          contact_date: '2024-02-29',
          source: '6',
          decision: 'nfa',
        })
        .execute(),
    );
    const reread = await inAuthority(database.db, systemActor(LA), (trx) =>
      withChildrenReread(trx, before, [BEN]),
    );
    const full = await read();
    expect(reread.children).toEqual(full.children);
    expect(reread.byId.get(ADA)).toBe(before.byId.get(ADA));
    expect(reread.byId.get(BEN)!.contacts).toEqual([{ id: id(50), date: '2024-02-29', decision: 'nfa' }]);
  });

  it('refuses a person id that is not a uuid', async () => {
    await expect(
      inAuthority(database.db, systemActor(LA), (trx) => loadJourneyModel(trx, LA, ["x' OR true --"])),
    ).rejects.toThrow('not a person id: "x\' OR true --"');
  });
});
