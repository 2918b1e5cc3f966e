import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, type ChildRecord } from '../child.ts';
import type { RawForm, Values } from '../fields.ts';
import { correctStep, recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { cinPlanStart } from './cin-plan-start.ts';
import { coreGroup } from './core-group.ts';
import { initialConference } from './initial-conference.ts';
import { referral } from './referral.ts';
import { reviewConference } from './review-conference.ts';
import { s47Outcome } from './s47-outcome.ts';
import { strategyDiscussion } from './strategy-discussion.ts';
import { visit } from './visit.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
});
afterAll(() => database.drop());

async function record(child: string, step: Step, form: RawForm, today: string): Promise<string> {
  const result = await recordStep(database.db, actor, child, step, form, today);
  if (!result.ok) throw new Error(`${step.id} not saved: ${JSON.stringify(result.errors)}`);
  return result.id;
}

/** The errors of a step that must not save. */
async function refused(child: string, step: Step, form: RawForm, today: string) {
  const result = await recordStep(database.db, actor, child, step, form, today);
  if (result.ok) throw new Error(`${step.id} saved when it should not have`);
  return result.errors;
}

async function load(child: string): Promise<ChildRecord> {
  return (await inAuthority(database.db, actor, (trx) => loadChild(trx, child)))!;
}

function prefill(child: string, step: Step, today: string): Promise<Values> {
  return inAuthority(database.db, actor, async (trx) =>
    step.prefill!(await stepContext(trx, actor, (await loadChild(trx, child))!, today)),
  );
}

/** Each clock as [rule, from, due, completed, cancelled], in due-date order. */
const clocks = (child: ChildRecord) =>
  child.tasks.map((t) => [t.rule_id, t.from_date, t.due_date, t.completed_date, t.cancelled_date]);

const notOffered = (step: Step) => ({
  form: `"${step.title}" does not apply to this child's record as it stands`,
});

async function referred(date: string): Promise<string> {
  const child = await arrangeChild(database.db, actor);
  const form = { ...dateInput('referral_date', date), source: '2A', primary_need: 'N1', nfa: 'no' };
  await record(child, referral, form, date);
  return child;
}

const discussion = (date: string, decision = 's47') => ({ ...dateInput('discussion_date', date), decision });
const s47End = (date: string, outcome: string, icpc: 'yes' | 'no') => ({
  ...dateInput('end_date', date),
  outcome,
  icpc_required: icpc,
});
const conference = (date: string, outcome: string, category?: string): RawForm => ({
  ...dateInput('conference_date', date),
  outcome,
  ...(category ? { initial_category: category } : {}),
});
const review = (date: string, outcome: string, category?: string): RawForm => ({
  ...dateInput('conference_date', date),
  outcome,
  ...(category ? { latest_category: category } : {}),
});

/** A strategy discussion, its enquiry ending with a conference, and the initial conference with a plan. */
async function onPlan(child: string, strategy: string, ended: string, held: string, category: string) {
  await record(child, strategyDiscussion, discussion(strategy), strategy);
  await record(child, s47Outcome, s47End(ended, 'icpc', 'yes'), ended);
  return record(child, initialConference, conference(held, 'plan', category), held);
}

describe('a child protection journey, from strategy discussion to step down', () => {
  let child: string;
  let planId: string;

  it('starts a section 47 enquiry with the conference due in 15 working days', async () => {
    child = await referred('2023-11-01');
    const id = await record(child, strategyDiscussion, discussion('2023-11-09'), '2023-11-09');
    const now = await load(child);
    expect(now.strategyDiscussions).toMatchObject([{ id, discussion_date: '2023-11-09', decision: 's47' }]);
    expect(now.s47Enquiries).toMatchObject([
      {
        strategy_discussion_id: id,
        referral_id: now.referrals[0]!.id,
        start_date: '2023-11-09',
        outcome: null,
      },
    ]);
    // Thursday 9 November 2023 + 15 working days (no bank holidays): Thursday 30 November.
    expect(clocks(now)).toEqual([['icpc_15wd_from_strategy', '2023-11-09', '2023-11-30', null, null]]);
  });

  it('records the outcome of the enquiry, keeping the conference clock running', async () => {
    expect(
      await refused(child, initialConference, conference('2023-11-20', 'no_plan'), '2023-11-20'),
    ).toEqual(notOffered(initialConference));
    await record(child, s47Outcome, s47End('2023-11-20', 'icpc', 'yes'), '2023-11-20');
    const now = await load(child);
    expect(now.s47Enquiries[0]).toMatchObject({
      end_date: '2023-11-20',
      outcome: 'icpc',
      icpc_required: true,
    });
    expect(clocks(now)).toEqual([['icpc_15wd_from_strategy', '2023-11-09', '2023-11-30', null, null]]);
  });

  it('holds the initial conference on the 15th working day, starting the plan and its clocks', async () => {
    const id = await record(child, initialConference, conference('2023-11-30', 'plan', 'NEG'), '2023-11-30');
    const now = await load(child);
    planId = now.cpPlans[0]!.id;
    expect(now.cpPlans).toMatchObject([
      {
        referral_id: now.referrals[0]!.id,
        start_date: '2023-11-30',
        end_date: null,
        initial_category: 'NEG',
        latest_category: 'NEG',
        previous_plans: 0,
      },
    ]);
    expect(now.cpConferences).toMatchObject([
      { id, kind: 'initial', outcome: 'plan', s47_id: now.s47Enquiries[0]!.id, cp_plan_id: planId },
    ]);
    expect(clocks(now)).toEqual([
      ['icpc_15wd_from_strategy', '2023-11-09', '2023-11-30', '2023-11-30', null],
      // Thursday 30 November 2023 + 10 working days: Thursday 14 December.
      ['core_group_10wd', '2023-11-30', '2023-12-14', null, null],
      ['cp_visit', '2023-11-30', '2023-12-14', null, null],
      // + 28 days.
      ['supervision_cp', '2023-11-30', '2023-12-28', null, null],
      // + 3 months: 29 February in the leap year 2024.
      ['cp_review_first_3m', '2023-11-30', '2024-02-29', null, null],
    ]);
    expect(
      await refused(child, initialConference, conference('2023-12-01', 'plan', 'NEG'), '2023-12-01'),
    ).toEqual(notOffered(initialConference));
  });

  it('completes the first core group and the visit, whose next is due across Christmas', async () => {
    await record(child, coreGroup, dateInput('meeting_date', '2023-12-12'), '2023-12-12');
    const form = {
      ...dateInput('visit_date', '2023-12-21'),
      kind: 'cp',
      child_seen: 'yes',
      seen_alone: 'no',
    };
    expect(await prefill(child, visit, '2023-12-21')).toEqual({ visit_date: '2023-12-21', kind: 'cp' });
    await record(child, visit, form, '2023-12-21');
    const now = await load(child);
    expect(now.coreGroups).toMatchObject([{ cp_plan_id: planId, meeting_date: '2023-12-12' }]);
    expect(clocks(now).filter(([rule]) => rule === 'core_group_10wd' || rule === 'cp_visit')).toEqual([
      ['core_group_10wd', '2023-11-30', '2023-12-14', '2023-12-12', null],
      ['cp_visit', '2023-11-30', '2023-12-14', '2023-12-21', null],
      // Thursday 21 December 2023 + 10 working days, less 25 and 26 December and 1 January: Tuesday 9 January.
      ['cp_visit', '2023-12-21', '2024-01-09', null, null],
    ]);
  });

  it('holds the first review on 29 February 2024, changing the category; the next is due in 6 months', async () => {
    await record(child, reviewConference, review('2024-02-29', 'continue', 'EMO'), '2024-02-29');
    const now = await load(child);
    expect(now.cpPlans[0]).toMatchObject({ initial_category: 'NEG', latest_category: 'EMO', version: 2 });
    expect(now.cpConferences.map((c) => [c.kind, c.conference_date, c.outcome, c.cp_plan_id])).toEqual([
      ['initial', '2023-11-30', 'plan', planId],
      ['review', '2024-02-29', 'continue', planId],
    ]);
    expect(clocks(now).filter(([rule]) => String(rule).startsWith('cp_review'))).toEqual([
      ['cp_review_first_3m', '2023-11-30', '2024-02-29', '2024-02-29', null],
      ['cp_review_6m', '2024-02-29', '2024-08-29', null, null],
    ]);
  });

  it('ends the plan at the next review, cancelling its clocks', async () => {
    await record(child, reviewConference, review('2024-08-29', 'end_plan'), '2024-08-29');
    const now = await load(child);
    expect(now.cpPlans[0]).toMatchObject({ end_date: '2024-08-29', latest_category: 'EMO', version: 3 });
    expect(clocks(now).filter(([, , , completed, cancelled]) => !completed && !cancelled)).toEqual([]);
    expect(clocks(now).filter(([, , , , cancelled]) => cancelled)).toEqual([
      ['supervision_cp', '2023-11-30', '2023-12-28', null, '2024-08-29'],
      ['cp_visit', '2023-12-21', '2024-01-09', null, '2024-08-29'],
    ]);
    expect(clocks(now).find(([rule]) => rule === 'cp_review_6m')).toEqual([
      'cp_review_6m',
      '2024-02-29',
      '2024-08-29',
      '2024-08-29',
      null,
    ]);
  });

  it('steps down to a child in need plan the day the protection plan ends', async () => {
    expect(await prefill(child, cinPlanStart, '2024-08-29')).toEqual({ start_date: '2024-08-29' });
    expect(await refused(child, cinPlanStart, dateInput('start_date', '2024-08-28'), '2024-08-29')).toEqual({
      start_date:
        'The start date must be the same as or after the end of the child protection plan, 29 August 2024',
    });
    await record(child, cinPlanStart, dateInput('start_date', '2024-08-29'), '2024-08-29');
    const now = await load(child);
    expect(now.cinPlans).toMatchObject([{ start_date: '2024-08-29', end_date: null, assessment_id: null }]);
    expect(clocks(now).filter(([rule]) => String(rule).includes('cin'))).toEqual([
      // Thursday 29 August 2024 + 4 weeks: Thursday 26 September; + 42 days: Thursday 10 October.
      ['cin_visit', '2024-08-29', '2024-09-26', null, null],
      ['supervision_cin', '2024-08-29', '2024-10-10', null, null],
    ]);
  });
});

describe('a second plan', () => {
  it('counts the earlier plan, and ends the child in need plan the day the new plan starts', async () => {
    const child = await referred('2024-01-08');
    await onPlan(child, '2024-01-08', '2024-01-12', '2024-01-19', 'PHY');
    await record(child, reviewConference, review('2024-04-19', 'end_plan'), '2024-04-19');
    await record(child, cinPlanStart, dateInput('start_date', '2024-04-19'), '2024-04-19');
    // Monday 3 June 2024 + 15 working days (Spring bank holiday was 27 May): Monday 24 June.
    await record(child, strategyDiscussion, discussion('2024-06-03'), '2024-06-03');
    expect(clocks(await load(child)).find(([, from]) => from === '2024-06-03')).toEqual([
      'icpc_15wd_from_strategy',
      '2024-06-03',
      '2024-06-24',
      null,
      null,
    ]);
    await record(child, s47Outcome, s47End('2024-06-10', 'icpc', 'yes'), '2024-06-10');
    await record(child, initialConference, conference('2024-06-14', 'plan', 'SAB'), '2024-06-14');
    const now = await load(child);
    expect(now.cpPlans.map((p) => [p.start_date, p.end_date, p.initial_category, p.previous_plans])).toEqual([
      ['2024-01-19', '2024-04-19', 'PHY', 0],
      ['2024-06-14', null, 'SAB', 1],
    ]);
    expect(now.cinPlans).toMatchObject([{ start_date: '2024-04-19', end_date: '2024-06-14', version: 2 }]);
    expect(clocks(now).filter(([rule]) => rule === 'cin_visit' || rule === 'supervision_cin')).toEqual([
      // Friday 19 April 2024 + 28 days and + 42 days, both cancelled when the protection plan started.
      ['cin_visit', '2024-04-19', '2024-05-17', null, '2024-06-14'],
      ['supervision_cin', '2024-04-19', '2024-05-31', null, '2024-06-14'],
    ]);
  });
});

describe('a section 47 enquiry that needs no conference', () => {
  it('cancels the conference clock, and no conference is offered', async () => {
    const child = await referred('2024-12-16');
    await record(child, strategyDiscussion, discussion('2024-12-18'), '2024-12-18');
    await record(child, s47Outcome, s47End('2024-12-20', 'nfa', 'no'), '2024-12-20');
    const now = await load(child);
    // Wednesday 18 December 2024 + 15 working days, less 25 and 26 December and 1 January: Monday 13 January.
    expect(clocks(now)).toEqual([
      ['icpc_15wd_from_strategy', '2024-12-18', '2025-01-13', null, '2024-12-20'],
    ]);
    expect(
      await refused(child, initialConference, conference('2025-01-10', 'no_plan'), '2025-01-10'),
    ).toEqual(notOffered(initialConference));
  });

  it('records a strategy discussion that decides against an enquiry, starting nothing', async () => {
    const child = await referred('2024-12-16');
    await record(child, strategyDiscussion, discussion('2024-12-17', 'no_s47'), '2024-12-17');
    const now = await load(child);
    expect(now.strategyDiscussions).toHaveLength(1);
    expect(now.s47Enquiries).toHaveLength(0);
    expect(now.tasks).toHaveLength(0);
  });
});

describe('an initial conference with no plan', () => {
  it('stops the conference clock over Christmas and starts no plan', async () => {
    const child = await referred('2024-12-16');
    await record(child, strategyDiscussion, discussion('2024-12-18'), '2024-12-18');
    await record(child, s47Outcome, s47End('2025-01-06', 'icpc', 'yes'), '2025-01-06');
    await record(child, initialConference, conference('2025-01-10', 'no_plan', 'NEG'), '2025-01-10');
    const now = await load(child);
    expect(now.cpPlans).toHaveLength(0);
    expect(now.cpConferences).toMatchObject([{ kind: 'initial', outcome: 'no_plan', cp_plan_id: null }]);
    expect(clocks(now)).toEqual([
      ['icpc_15wd_from_strategy', '2024-12-18', '2025-01-13', '2025-01-10', null],
    ]);
    expect(await refused(child, reviewConference, review('2025-02-10', 'continue'), '2025-02-10')).toEqual(
      notOffered(reviewConference),
    );
  });
});

describe('checks that save nothing', () => {
  it('refuses a strategy discussion before the referral, or a second enquiry while one is open', async () => {
    const child = await referred('2025-03-10');
    expect(await refused(child, strategyDiscussion, discussion('2025-03-07'), '2025-03-12')).toEqual({
      discussion_date:
        'The date of the strategy discussion must be the same as or after the referral date, 10 March 2025',
    });
    expect(await refused(child, strategyDiscussion, { decision: 'maybe' }, '2025-03-12')).toEqual({
      discussion_date: 'Enter the date of the strategy discussion',
      decision: 'Select the decision from the list',
    });
    await record(child, strategyDiscussion, discussion('2025-03-11'), '2025-03-12');
    expect(await refused(child, strategyDiscussion, discussion('2025-03-12'), '2025-03-12')).toEqual({
      decision:
        'There is already a section 47 enquiry in progress: record its outcome before starting another',
    });
    const now = await load(child);
    expect(now.strategyDiscussions).toHaveLength(1);
    expect(now.s47Enquiries).toHaveLength(1);
    expect(now.tasks).toHaveLength(1);
  });

  it('refuses an enquiry outcome before its start, or a conference outcome without a conference', async () => {
    const child = await referred('2025-03-10');
    await record(child, strategyDiscussion, discussion('2025-03-11'), '2025-03-11');
    expect(await refused(child, s47Outcome, s47End('2025-03-10', 'icpc', 'no'), '2025-03-12')).toEqual({
      end_date: 'The date the enquiry ended must be the same as or after the date it started, 11 March 2025',
      icpc_required: 'Select yes if the outcome is an initial child protection conference',
    });
    expect(await refused(child, s47Outcome, s47End('2025-03-12', 'cin', 'yes'), '2025-03-12')).toEqual({
      outcome: 'Select initial child protection conference as the outcome if a conference is required',
    });
    expect(await refused(child, s47Outcome, dateInput('end_date', '2025-03-12'), '2025-03-12')).toEqual({
      outcome: 'Select the outcome of the enquiry',
      icpc_required: 'Select yes or no: Is an initial child protection conference required?',
    });
    const now = await load(child);
    expect(now.s47Enquiries[0]).toMatchObject({ end_date: null, outcome: null, version: 1 });
    expect(now.tasks[0]!.cancelled_date).toBeNull();
  });

  it('refuses a conference on a weekend, before the discussion, or a plan with no category', async () => {
    const child = await referred('2025-03-10');
    await record(child, strategyDiscussion, discussion('2025-03-12'), '2025-03-12');
    await record(child, s47Outcome, s47End('2025-03-20', 'icpc', 'yes'), '2025-03-20');
    // Saturday 29 March 2025 (CIN census 8875).
    expect(await refused(child, initialConference, conference('2025-03-29', 'plan'), '2025-03-31')).toEqual({
      conference_date: 'The date of the conference must be a weekday',
      initial_category: 'Select the category of abuse',
    });
    expect(
      await refused(child, initialConference, conference('2025-03-11', 'no_plan'), '2025-03-31'),
    ).toEqual({
      conference_date:
        'The date of the conference must be the same as or after the date of the strategy discussion, 12 March 2025',
    });
    expect(
      await refused(child, initialConference, conference('2025-03-31', 'end_plan'), '2025-03-31'),
    ).toEqual({
      outcome: 'Select the outcome of the conference from the list',
    });
    const now = await load(child);
    expect(now.cpConferences).toHaveLength(0);
    expect(now.cpPlans).toHaveLength(0);
    expect(now.tasks.map((t) => t.completed_date)).toEqual([null]);
  });

  it('refuses a review on the day the plan started, or not after the last review; a core group before it', async () => {
    const child = await referred('2025-03-10');
    await onPlan(child, '2025-03-10', '2025-03-14', '2025-03-24', 'MUL');
    expect(await refused(child, reviewConference, review('2025-03-24', 'continue'), '2025-03-31')).toEqual({
      conference_date:
        'The date of the review conference must be after the date the plan started, 24 March 2025',
    });
    await record(child, reviewConference, review('2025-06-24', 'continue'), '2025-06-24');
    expect(await refused(child, reviewConference, review('2025-06-24', 'end_plan'), '2025-06-30')).toEqual({
      conference_date:
        'The date of the review conference must be after the last review conference, 24 June 2025',
    });
    expect(await refused(child, coreGroup, dateInput('meeting_date', '2025-03-21'), '2025-06-30')).toEqual({
      meeting_date:
        'The date of the meeting must be the same as or after the date the plan started, 24 March 2025',
    });
    const now = await load(child);
    expect(now.cpConferences).toHaveLength(2);
    expect(now.coreGroups).toHaveLength(0);
    expect(now.cpPlans[0]).toMatchObject({ end_date: null, version: 1 });
  });
});

describe('correcting a conference', () => {
  it('changes only the conference date, keeping the category on the plan', async () => {
    const child = await referred('2025-03-10');
    const id = await onPlan(child, '2025-03-10', '2025-03-14', '2025-03-24', 'MUL');
    const form = { ...conference('2025-03-25', 'no_plan', 'NEG') };
    const corrected = await correctStep(
      database.db,
      actor,
      child,
      initialConference,
      id,
      form,
      'Typo',
      '2025-03-26',
    );
    expect(corrected).toEqual({ ok: true, id, values: { conference_date: '2025-03-25' } });
    const now = await load(child);
    expect(now.cpConferences[0]).toMatchObject({
      conference_date: '2025-03-25',
      outcome: 'plan',
      version: 2,
    });
    expect(now.cpPlans[0]).toMatchObject({ initial_category: 'MUL', version: 1 });
  });
});
