import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import type { TimescaleRuleId } from '../../domain/timescales.ts';
import { loadChild, statusAt, type ChildRecord } from '../child.ts';
import { loadLocalPolicy, startClock } from '../clocks.ts';
import type { RawForm, Values } from '../fields.ts';
import { insertRecord, type RecordTable, type RecordValues } from '../record.ts';
import { recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { allocate } from './allocate.ts';
import { referral } from './referral.ts';
import { supervision } from './supervision.ts';
import { visit } from './visit.ts';

let database: TestDatabase;
let actor: Actor;
/** An authority that visits children on a protection plan every two weeks (seed 000, 2.31). */
let fortnightly: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  // Heads of service: these tests allocate children to teams and go on recording, which is not about access.
  actor = await arrangeAuthority(database.ownerDb, '873', 'head_of_service');
  fortnightly = await arrangeAuthority(database.ownerDb, '874', 'head_of_service');
  await database.ownerDb
    .insertInto('authority_policy')
    .values({ la_code: '874', rule_id: 'cp_visit', unit: 'weeks', amount: 2 })
    .execute();
});
afterAll(() => database.drop());

async function record(child: string, step: Step, form: RawForm, today: string, as = actor): Promise<string> {
  const result = await recordStep(database.db, as, child, step, form, today);
  if (!result.ok) throw new Error(`${step.id} not saved: ${JSON.stringify(result.errors)}`);
  return result.id;
}

/** The errors of a step that must not save. */
async function refused(child: string, step: Step, form: RawForm, today: string) {
  const result = await recordStep(database.db, actor, child, step, form, today);
  if (result.ok) throw new Error(`${step.id} saved when it should not have`);
  return result.errors;
}

async function load(child: string, as = actor): Promise<ChildRecord> {
  return (await inAuthority(database.db, as, (trx) => loadChild(trx, child)))!;
}

function prefill(child: string, step: Step, today: string): Promise<Values> {
  return inAuthority(database.db, actor, async (trx) =>
    step.prefill!(await stepContext(trx, actor, (await loadChild(trx, child))!, today)),
  );
}

/** Each clock as [rule, from, due, completed, cancelled], in due-date order. */
const clocks = (child: ChildRecord) =>
  child.tasks.map((t) => [t.rule_id, t.from_date, t.due_date, t.completed_date, t.cancelled_date]);

/** A record written directly, as a step this file does not test would write it. */
function arrange(table: RecordTable, values: RecordValues, as = actor): Promise<string> {
  return inAuthority(database.db, as, (trx) => insertRecord(trx, as, table, values));
}

function arrangeClock(
  child: string,
  ruleId: TimescaleRuleId,
  fromDate: string,
  sourceId: string,
  as = actor,
) {
  return inAuthority(database.db, as, async (trx) =>
    startClock(trx, as, await loadLocalPolicy(trx), {
      personId: child,
      ruleId,
      fromDate,
      sourceType: 'fixture',
      sourceId,
    }),
  );
}

/** A child with a referral and a protection plan from `start` (ending on `end`), its visit clock running. */
async function onCpPlan(start: string, as = actor, end: string | null = null) {
  const child = await arrangeChild(database.db, as);
  const referralId = await record(
    child,
    referral,
    { ...dateInput('referral_date', start), source: '6', nfa: 'no' },
    start,
    as,
  );
  const plan = { person_id: child, referral_id: referralId, start_date: start, end_date: end };
  const planId = await arrange('cp_plan', { ...plan, initial_category: 'NEG', latest_category: 'NEG' }, as);
  await arrangeClock(child, 'cp_visit', start, planId, as);
  return { child, referralId, planId };
}

/** A looked-after child, from `start`, in a placement that is or is not agreed as long-term. */
async function lookedAfter(start: string, longTerm: boolean, child?: string) {
  child ??= await arrangeChild(database.db, actor);
  const episode = { rne: 'S', legal_status: 'C2', category_of_need: 'N1', placement_type: 'U1' };
  const id = await arrange('cla_episode', {
    person_id: child,
    start_date: start,
    ...episode,
    long_term_placement: longTerm,
  });
  return { child, episodeId: id };
}

const visitForm = (date: string, kind: string, seen: 'yes' | 'no', alone?: 'yes' | 'no') => ({
  ...dateInput('visit_date', date),
  kind,
  child_seen: seen,
  ...(alone ? { seen_alone: alone } : {}),
});

describe('visits', () => {
  it('on a protection plan: the next visit is due 10 working days on, across Easter 2025', async () => {
    const { child } = await onCpPlan('2025-04-14');
    expect(await prefill(child, visit, '2025-04-17')).toEqual({ visit_date: '2025-04-17', kind: 'cp' });
    await record(child, visit, visitForm('2025-04-17', 'cp', 'yes', 'no'), '2025-04-17');
    expect(clocks(await load(child))).toEqual([
      // Monday 14 April 2025 + 10 working days, less Good Friday and Easter Monday: Wednesday 30 April.
      ['cp_visit', '2025-04-14', '2025-04-30', '2025-04-17', null],
      // Thursday 17 April + 10 working days, less 18 and 21 April and 5 May: Tuesday 6 May.
      ['cp_visit', '2025-04-17', '2025-05-06', null, null],
    ]);
  });

  it('on a protection plan where local policy visits every two weeks', async () => {
    const { child } = await onCpPlan('2025-04-14', fortnightly);
    await record(child, visit, visitForm('2025-04-17', 'cp', 'yes', 'yes'), '2025-04-17', fortnightly);
    expect(clocks(await load(child, fortnightly))).toEqual([
      ['cp_visit', '2025-04-14', '2025-04-28', '2025-04-17', null],
      ['cp_visit', '2025-04-17', '2025-05-01', null, null],
    ]);
  });

  it('on a child in need plan: unseen visits and visits recorded late do not move the clock', async () => {
    const child = await arrangeChild(database.db, actor);
    const referralId = await record(
      child,
      referral,
      { ...dateInput('referral_date', '2025-01-02'), source: '6', nfa: 'no' },
      '2025-01-02',
    );
    const planId = await arrange('cin_plan', {
      person_id: child,
      referral_id: referralId,
      start_date: '2025-01-06',
    });
    await arrangeClock(child, 'cin_visit', '2025-01-06', planId);
    await record(child, visit, visitForm('2025-01-20', 'cin', 'no'), '2025-01-20');
    await record(child, visit, visitForm('2025-01-31', 'cin', 'yes', 'no'), '2025-01-31');
    await record(child, visit, visitForm('2025-01-24', 'cin', 'yes', 'no'), '2025-02-03');
    const now = await load(child);
    expect(now.visits.map((v) => [v.visit_date, v.child_seen, v.seen_alone])).toEqual([
      ['2025-01-20', false, false],
      ['2025-01-24', true, false],
      ['2025-01-31', true, false],
    ]);
    expect(clocks(now)).toEqual([
      // Monday 6 January 2025 + 4 weeks: Monday 3 February.
      ['cin_visit', '2025-01-06', '2025-02-03', '2025-01-31', null],
      // Friday 31 January + 28 days: Friday 28 February.
      ['cin_visit', '2025-01-31', '2025-02-28', null, null],
    ]);
  });

  it('for a looked-after child: the first visit within a week of placement, then every 6 weeks', async () => {
    const { child, episodeId } = await lookedAfter('2025-01-06', false);
    await arrangeClock(child, 'cla_visit_first_1w', '2025-01-06', episodeId);
    expect(await prefill(child, visit, '2025-01-10')).toEqual({ visit_date: '2025-01-10', kind: 'cla' });
    await record(child, visit, visitForm('2025-01-10', 'cla', 'yes', 'yes'), '2025-01-10');
    expect(clocks(await load(child))).toEqual([
      ['cla_visit_first_1w', '2025-01-06', '2025-01-13', '2025-01-10', null],
      // Friday 10 January 2025 + 42 days: Friday 21 February.
      ['cla_visit_6w', '2025-01-10', '2025-02-21', null, null],
    ]);
  });

  it('for a looked-after child in an agreed long-term placement: every 3 months, to 29 February', async () => {
    const { child } = await lookedAfter('2023-06-05', true);
    await record(child, visit, visitForm('2023-11-30', 'cla', 'yes', 'no'), '2023-11-30');
    expect(clocks(await load(child))).toEqual([
      ['cla_visit_long_term_3m', '2023-11-30', '2024-02-29', null, null],
    ]);
  });

  it('on the day the plan ended: saved, with no next visit due', async () => {
    const { child } = await onCpPlan('2025-01-06', actor, '2025-03-03');
    await record(child, visit, visitForm('2025-03-03', 'cp', 'yes', 'no'), '2025-03-04');
    expect(await prefill(child, visit, '2025-03-04')).toEqual({ visit_date: '2025-03-04', kind: 'other' });
    // Monday 6 January 2025 + 10 working days: Monday 20 January.
    expect(clocks(await load(child))).toEqual([['cp_visit', '2025-01-06', '2025-01-20', '2025-03-03', null]]);
  });

  it('saves nothing when seen alone but not seen, or the child was not on that kind of plan', async () => {
    const child = await arrangeChild(database.db, actor);
    expect(await refused(child, visit, visitForm('2025-03-03', 'cp', 'no', 'yes'), '2025-03-04')).toEqual({
      seen_alone: 'Select no: the child cannot have been seen alone if they were not seen',
      kind: 'Select another kind of visit: the child was not on a child protection plan on this date',
    });
    expect(await refused(child, visit, visitForm('2025-03-03', 'cla', 'yes'), '2025-03-04')).toEqual({
      seen_alone: 'Select yes if the child was seen alone',
      kind: 'Select another kind of visit: the child was not looked after on this date',
    });
    expect(await refused(child, visit, {}, '2025-03-04')).toEqual({
      visit_date: 'Enter the date of the visit',
      kind: 'Select the kind of visit',
      child_seen: 'Select yes or no: Was the child seen?',
    });
    expect(await refused(child, visit, visitForm('2025-03-05', 'other', 'yes', 'no'), '2025-03-04')).toEqual({
      visit_date: 'The date of the visit must be today or in the past',
    });
    expect((await load(child)).visits).toHaveLength(0);
  });
});

describe('case supervision', () => {
  it('on a protection plan: completes the one due and sets the next 28 days on', async () => {
    const { child, planId } = await onCpPlan('2025-01-06');
    await arrangeClock(child, 'supervision_cp', '2025-01-06', planId);
    expect(await prefill(child, supervision, '2025-01-30')).toEqual({ supervision_date: '2025-01-30' });
    const form = {
      ...dateInput('supervision_date', '2025-01-30'),
      decisions: 'Visit weekly; refer to CAMHS',
    };
    const id = await record(child, supervision, form, '2025-01-30');
    const now = await load(child);
    expect(now.supervisions).toMatchObject([
      { id, supervision_date: '2025-01-30', decisions: 'Visit weekly; refer to CAMHS' },
    ]);
    expect(clocks(now).filter(([rule]) => rule === 'supervision_cp')).toEqual([
      // Monday 6 January 2025 + 28 days: Monday 3 February.
      ['supervision_cp', '2025-01-06', '2025-02-03', '2025-01-30', null],
      // Thursday 30 January + 28 days: Thursday 27 February.
      ['supervision_cp', '2025-01-30', '2025-02-27', null, null],
    ]);
  });

  it('for a looked-after young person who is also an eligible care leaver: the looked-after interval', async () => {
    const { child } = await lookedAfter('2024-09-02', false);
    const leaverId = await arrange('care_leaver', {
      person_id: child,
      eligibility: 'eligible',
      start_date: '2025-03-03',
    });
    await arrangeClock(child, 'supervision_care_leaver', '2025-03-03', leaverId);
    await record(child, supervision, { ...dateInput('supervision_date', '2025-03-31') }, '2025-03-31');
    const now = await load(child);
    expect(now.supervisions[0]!.decisions).toBeNull();
    expect(clocks(now)).toEqual([
      // Monday 3 March 2025 + 56 days: Monday 28 April; Monday 31 March + 42 days: Monday 12 May.
      ['supervision_care_leaver', '2025-03-03', '2025-04-28', '2025-03-31', null],
      ['supervision_cla', '2025-03-31', '2025-05-12', null, null],
    ]);
  });

  it('for a care leaver: every 56 days, across the new year', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2005-06-01' });
    await arrange('care_leaver', {
      person_id: child,
      eligibility: 'former_relevant',
      start_date: '2023-06-01',
    });
    await record(child, supervision, dateInput('supervision_date', '2024-12-20'), '2024-12-20');
    // Friday 20 December 2024 + 56 days: Friday 14 February 2025.
    expect(clocks(await load(child))).toEqual([
      ['supervision_care_leaver', '2024-12-20', '2025-02-14', null, null],
    ]);
  });

  it('is not offered for a child with nothing open, and needs a date', async () => {
    const child = await arrangeChild(database.db, actor);
    expect(
      await refused(child, supervision, dateInput('supervision_date', '2025-03-03'), '2025-03-03'),
    ).toEqual({
      form: '"Record a case supervision" does not apply to this child\'s record as it stands',
    });
    const { child: open } = await onCpPlan('2025-01-06');
    expect(await refused(open, supervision, { decisions: 'None' }, '2025-03-03')).toEqual({
      supervision_date: 'Enter the date of the supervision',
    });
    expect((await load(open)).supervisions).toHaveLength(0);
  });
});

describe('allocation', () => {
  let teamA: string;
  let teamB: string;
  let first: string;
  let second: string;
  let otherTeam: string;
  let leaver: string;
  beforeAll(async () => {
    const team = (name: string, team_type: string, as = actor) =>
      inAuthority(database.db, as, async (trx) => {
        const row = { la_code: as.laCode, name, team_type };
        return (await trx.insertInto('team').values(row).returning('id').executeTakeFirstOrThrow()).id;
      });
    const worker = (name: string, team_id: string, extra: Record<string, unknown> = {}) =>
      inAuthority(database.db, actor, async (trx) => {
        const row = { la_code: actor.laCode, name, team_id, start_date: '2020-01-06', ...extra };
        return (await trx.insertInto('worker').values(row).returning('id').executeTakeFirstOrThrow()).id;
      });
    teamA = await team('Assessment North', 'assessment');
    teamB = await team('Children in Care', 'children_in_care');
    await team('Children’s Services', 'service');
    await team('Elsewhere', 'assessment', fortnightly);
    first = await worker('Priya Shah', teamA);
    second = await worker('Ben Ellis', teamA);
    otherTeam = await worker('Chloe Adams', teamB);
    leaver = await worker('Dan Moss', teamA, { leave_date: '2025-04-30' });
    await worker('Erin Lowe', teamA, { case_holding: false });
  });

  it('offers the authority’s teams and case-holding workers', async () => {
    const options = await inAuthority(database.db, actor, (trx) => allocate.loadOptions!(trx));
    expect(options).toEqual({
      team_id: [
        [teamA, 'Assessment North'],
        [teamB, 'Children in Care'],
      ],
      worker_id: [
        [second, 'Ben Ellis (Assessment North)'],
        [otherTeam, 'Chloe Adams (Children in Care)'],
        [leaver, 'Dan Moss (Assessment North)'],
        [first, 'Priya Shah (Assessment North)'],
      ],
    });
  });

  it('allocates, then reallocates, ending the first allocation on the day the next starts', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(
      child,
      allocate,
      { team_id: teamA, worker_id: first, ...dateInput('start_date', '2025-04-01') },
      '2025-04-01',
    );
    expect(
      await refused(
        child,
        allocate,
        { team_id: teamA, worker_id: second, ...dateInput('start_date', '2025-03-31') },
        '2025-05-01',
      ),
    ).toEqual({
      start_date:
        'The start date must be the same as or after the start of the current allocation, 1 April 2025',
      change_reason: 'Select the reason for the change of social worker',
    });
    expect(
      await refused(
        child,
        allocate,
        {
          team_id: teamA,
          worker_id: first,
          change_reason: 'OTHERS',
          ...dateInput('start_date', '2025-05-01'),
        },
        '2025-05-01',
      ),
    ).toEqual({
      worker_id: 'The child is already allocated to this team and social worker',
    });
    await record(
      child,
      allocate,
      {
        team_id: teamA,
        worker_id: second,
        change_reason: 'LEFTRL',
        ...dateInput('start_date', '2025-05-01'),
      },
      '2025-05-01',
    );
    const now = await load(child);
    expect(
      now.allocations.map((a) => [a.worker_name, a.start_date, a.end_date, a.change_reason, a.version]),
    ).toEqual([
      ['Priya Shah', '2025-04-01', '2025-05-01', null, 2],
      ['Ben Ellis', '2025-05-01', null, 'LEFTRL', 1],
    ]);
    expect(statusAt(now, '2025-04-30').allocation?.worker_name).toBe('Priya Shah');
    expect(statusAt(now, '2025-05-01').allocation?.worker_name).toBe('Ben Ellis');
  });

  it('allocates to a team alone', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, allocate, { team_id: teamB, ...dateInput('start_date', '2025-04-01') }, '2025-04-01');
    expect((await load(child)).allocations).toMatchObject([
      { team_name: 'Children in Care', worker_id: null },
    ]);
  });

  it('saves nothing for a team of another authority, a worker of another team, or one who has left', async () => {
    const child = await arrangeChild(database.db, actor);
    const elsewhere = await inAuthority(database.db, fortnightly, (trx) =>
      trx.selectFrom('team').select('id').executeTakeFirstOrThrow(),
    );
    const from = dateInput('start_date', '2025-05-01');
    expect(await refused(child, allocate, { team_id: elsewhere.id, ...from }, '2025-05-01')).toEqual({
      team_id: 'Select the team from the list',
    });
    expect(
      await refused(child, allocate, { team_id: teamA, worker_id: otherTeam, ...from }, '2025-05-01'),
    ).toEqual({
      worker_id: 'Select a social worker in the team Assessment North',
    });
    expect(
      await refused(child, allocate, { team_id: teamA, worker_id: leaver, ...from }, '2025-05-01'),
    ).toEqual({
      worker_id:
        'The social worker left on 30 April 2025: select a social worker who is in post on the start date',
    });
    expect(await refused(child, allocate, {}, '2025-05-01')).toEqual({
      team_id: 'Select the team',
      start_date: 'Enter the start date',
    });
    expect((await load(child)).allocations).toHaveLength(0);
  });
});
