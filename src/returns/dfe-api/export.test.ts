import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild } from '../../../test/fixtures.ts';
import { seedSmall } from '../../../test/records.ts';
import { insertRecord } from '../../casework/record.ts';
import { inAuthority, systemActor } from '../../db/database.ts';
import { exportDfeApi, type DfeApiPayload } from './export.ts';
import { checkRequestBody } from './schema.ts';

describe('the DfE API payload from a hand-made record, as at 31 March 2026', () => {
  let database: TestDatabase;
  let payload: DfeApiPayload;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const actor = await arrangeAuthority(database.ownerDb, '401', 'head_of_service');
    const k1 = await arrangeChild(database.db, actor, {
      la_child_id: 'K1',
      given_name: 'Kai',
      family_name: 'Lee',
      date_of_birth: '2015-03-01',
      sex: 'M',
      ethnicity: 'WBRI',
      postcode: 'ab1 2cd',
      disabilities: ['LD'],
    });
    const k2 = await arrangeChild(database.db, actor, { la_child_id: 'K-2' });
    const k3 = await arrangeChild(database.db, actor, { la_child_id: 'K3' });
    const k4 = await arrangeChild(database.db, actor, {
      la_child_id: 'K4',
      given_name: 'Ada',
      family_name: 'Obi',
      date_of_birth: '2006-09-01',
      sex: 'F',
      ethnicity: 'BAFR',
    });
    await database.ownerDb
      .updateTable('person')
      .set({ upn: 'A123456789012', uasc_since: '2024-01-01', uasc_ceased: '2026-06-01' })
      .where('id', '=', k1)
      .execute();
    await inAuthority(database.db, actor, async (trx) => {
      const add = (table: Parameters<typeof insertRecord>[2], values: Record<string, unknown>) =>
        insertRecord(trx, actor, table, values);
      const team = await trx
        .insertInto('team')
        .values({ la_code: '401', name: 'Children', team_type: 'children' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const w1 = await trx
        .insertInto('worker')
        .values({
          la_code: '401',
          name: 'W One',
          team_id: team.id,
          start_date: '2020-01-01',
          swe_number: 'SW123456',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const w2 = await trx
        .insertInto('worker')
        .values({ la_code: '401', name: 'W Two', team_id: team.id, start_date: '2020-01-01' })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.w2 = w2.id;
      ids.r0 = await add('referral', {
        person_id: k1,
        referral_date: '2024-01-01',
        source: '1A',
        closure_date: '2024-03-01',
        closure_reason: 'RC7',
      });
      ids.r1 = await add('referral', {
        person_id: k1,
        referral_date: '2025-06-01',
        source: '3A',
        primary_need: 'N1',
      });
      await add('allocation', {
        person_id: k1,
        team_id: team.id,
        worker_id: w1.id,
        start_date: '2025-06-01',
        end_date: '2025-09-01',
      });
      await add('allocation', {
        person_id: k1,
        team_id: team.id,
        worker_id: w2.id,
        start_date: '2025-09-01',
      });
      ids.a1 = await add('assessment', {
        person_id: k1,
        referral_id: ids.r1,
        start_date: '2025-06-02',
        authorised_date: '2025-07-01',
        outcome: 'strategy_discussion',
        factors: ['2A', '3A'],
      });
      ids.s1 = await add('s47_enquiry', {
        person_id: k1,
        referral_id: ids.r1,
        start_date: '2025-07-02',
        end_date: '2025-07-20',
        outcome: 'icpc',
        icpc_required: true,
      });
      ids.p1 = await add('cp_plan', {
        person_id: k1,
        referral_id: ids.r1,
        start_date: '2025-07-25',
        end_date: '2026-05-01',
        initial_category: 'NEG',
        latest_category: 'NEG',
      });
      await add('cp_conference', {
        person_id: k1,
        referral_id: ids.r1,
        kind: 'initial',
        conference_date: '2025-07-25',
        s47_id: ids.s1,
        cp_plan_id: ids.p1,
        outcome: 'plan',
      });
      const episode = { category_of_need: 'N1', placement_type: 'U6', placement_provider: 'PR1' };
      ids.e1 = await add('cla_episode', {
        ...episode,
        person_id: k1,
        start_date: '2026-01-10',
        rne: 'S',
        legal_status: 'L2',
        placement_postcode: 'ab12  3de',
        end_date: '2026-01-20',
        reason_end: 'X1',
      });
      ids.e2 = await add('cla_episode', {
        ...episode,
        person_id: k1,
        start_date: '2026-01-20',
        rne: 'L',
        legal_status: 'C1',
        end_date: '2026-04-15',
        reason_end: 'E4A',
      });
      await add('health_event', { person_id: k1, kind: 'sdq', event_date: '2025-10-01', sdq_score: 12 });
      await add('health_event', { person_id: k1, kind: 'sdq', event_date: '2026-04-10', sdq_score: 20 });
      // K-2: an id the API does not allow. K3: a referral closed the day before the 12 months.
      await add('referral', { person_id: k2, referral_date: '2025-06-01', source: '1A' });
      await add('referral', {
        person_id: k3,
        referral_date: '2025-01-01',
        source: '1A',
        closure_date: '2025-03-31',
        closure_reason: 'RC7',
      });
      // K4: a care leaver with nothing else on Hearth's record.
      ids.l4 = await add('care_leaver', {
        person_id: k4,
        eligibility: 'former_relevant',
        start_date: '2024-09-01',
      });
      await add('care_leaver_contact', {
        person_id: k4,
        contact_date: '2026-02-01',
        in_touch: 'YES',
        activity: 'F2',
        accommodation: 'D1',
      });
    });
    ids.k1 = k1;
    ids.k4 = k4;
    payload = await inAuthority(database.db, actor, (trx) => exportDfeApi(trx, '2026-03-31'));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('sends the children of the last 12 months in one request body that fits the schema', () => {
    expect(payload.batches).toHaveLength(1);
    expect(payload.batches[0]!.map((c) => c.la_child_id)).toEqual(['K1', 'K4']);
    expect(checkRequestBody(payload.batches[0])).toEqual([]);
  });

  it('leaves out, and reports, the child whose id the API does not allow', () => {
    expect(payload.leftOut).toEqual([
      {
        laChildId: 'K-2',
        problems: [{ path: '/la_child_id', message: 'must match pattern "^[A-Za-z0-9]+$"' }],
      },
    ]);
  });

  it('gives the child’s record as it stood on the as-at date', () => {
    expect(payload.batches[0]![0]).toEqual({
      la_child_id: 'K1',
      mis_child_id: ids.k1,
      child_details: {
        unique_pupil_number: 'A123456789012',
        first_name: 'Kai',
        surname: 'Lee',
        date_of_birth: '2015-03-01',
        sex: 'M',
        ethnicity: 'WBRI',
        disabilities: ['LD'],
        postcode: 'AB1 2CD',
        uasc_flag: true,
      },
      health_and_wellbeing: { sdq_assessments: [{ date: '2025-10-01', score: 12 }] },
      social_care_episodes: [
        {
          social_care_episode_id: ids.r0,
          referral_date: '2024-01-01',
          referral_source: '1A',
          referral_no_further_action_flag: false,
          closure_date: '2024-03-01',
          closure_reason: 'RC7',
        },
        {
          social_care_episode_id: ids.r1,
          referral_date: '2025-06-01',
          referral_source: '3A',
          referral_no_further_action_flag: false,
          care_worker_details: [
            { worker_id: 'SW123456', start_date: '2025-06-01', end_date: '2025-09-01' },
            { worker_id: ids.w2!.replace(/-/g, '').slice(0, 12), start_date: '2025-09-01' },
          ],
          child_and_family_assessments: [
            {
              child_and_family_assessment_id: ids.a1,
              start_date: '2025-06-02',
              authorisation_date: '2025-07-01',
              factors: ['2A', '3A'],
            },
          ],
          section_47_assessments: [
            {
              section_47_assessment_id: ids.s1,
              start_date: '2025-07-02',
              icpc_required_flag: true,
              icpc_date: '2025-07-25',
              end_date: '2025-07-20',
            },
          ],
          child_protection_plans: [{ child_protection_plan_id: ids.p1, start_date: '2025-07-25' }],
          child_looked_after_placements: [
            {
              child_looked_after_placement_id: ids.e1,
              start_date: '2026-01-10',
              start_reason: 'S',
              placement_type: 'U6',
              postcode: 'AB12 3DE',
              end_date: '2026-01-20',
              end_reason: 'X1',
            },
            {
              child_looked_after_placement_id: ids.e2,
              start_date: '2026-01-20',
              start_reason: 'L',
              placement_type: 'U6',
            },
          ],
        },
      ],
    });
  });

  it('puts a care leaver with no referral under an episode of their own', () => {
    expect(payload.batches[0]![1]).toEqual({
      la_child_id: 'K4',
      mis_child_id: ids.k4,
      child_details: {
        first_name: 'Ada',
        surname: 'Obi',
        date_of_birth: '2006-09-01',
        sex: 'F',
        ethnicity: 'BAFR',
        uasc_flag: false,
      },
      social_care_episodes: [
        {
          social_care_episode_id: ids.l4,
          care_leavers: { contact_date: '2026-02-01', activity: 'F2', accommodation: 'D' },
        },
      ],
    });
  });
});

describe('the DfE API payload of a synthetic authority', () => {
  let database: TestDatabase;
  let payload: DfeApiPayload;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedSmall(database, '404', 'api');
    payload = await inAuthority(database.db, systemActor('404'), (trx) => exportDfeApi(trx, '2026-03-31'));
  }, 240_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('sends every child in request bodies that fit the schema, temporary and other placements among them', () => {
    expect(payload.leftOut).toEqual([]);
    expect(payload.batches.length).toBeGreaterThan(1);
    for (const batch of payload.batches) expect(checkRequestBody(batch)).toEqual([]);
    const placements = payload.batches
      .flat()
      .flatMap((child) => child.social_care_episodes ?? [])
      .flatMap((e) => e.child_looked_after_placements ?? []);
    const kinds = new Set(placements.map((p) => String(p.placement_type).slice(0, 1)));
    expect(kinds).toContain('T');
    expect(kinds).toContain('Z');
  });
});
