import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, type ChildRecord } from '../child.ts';
import type { RawForm, Values } from '../fields.ts';
import { correctStep, recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { assessmentComplete } from './assessment-complete.ts';
import { assessmentStart } from './assessment-start.ts';
import { cinPlanStart } from './cin-plan-start.ts';
import { contact } from './contact.ts';
import { referral } from './referral.ts';

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

async function referred(date: string): Promise<string> {
  const child = await arrangeChild(database.db, actor);
  const form = { ...dateInput('referral_date', date), source: '2A', primary_need: 'N1', nfa: 'no' };
  await record(child, referral, form, date);
  return child;
}

function started(child: string, date: string, today = date, seen?: string): Promise<string> {
  const form = { ...dateInput('start_date', date), ...(seen ? dateInput('child_seen_date', seen) : {}) };
  return record(child, assessmentStart, form, today);
}

const completion = (authorised: string, outcome: string, factors: string[], seen?: string): RawForm => ({
  ...dateInput('authorised_date', authorised),
  ...(seen ? dateInput('child_seen_date', seen) : {}),
  factors,
  outcome,
});

describe('starting an assessment', () => {
  it('starts from the referral date, due 45 working days later across Easter and the May bank holiday', async () => {
    const child = await referred('2025-03-10');
    expect(await prefill(child, assessmentStart, '2025-03-12')).toEqual({ start_date: '2025-03-10' });
    const id = await started(child, '2025-03-10', '2025-03-12', '2025-03-11');
    const now = await load(child);
    expect(now.assessments).toMatchObject([
      { id, referral_id: now.referrals[0]!.id, start_date: '2025-03-10', child_seen_date: '2025-03-11' },
    ]);
    // Monday 10 March 2025 + 45 working days, less Good Friday 18 April, Easter Monday 21 April and Monday
    // 5 May: Thursday 15 May.
    expect(clocks(now)).toEqual([['assessment_45wd', '2025-03-10', '2025-05-15', null, null]]);
  });

  it('is offered one at a time, and only with an open referral', async () => {
    const child = await referred('2025-03-10');
    await started(child, '2025-03-10');
    const notOffered = {
      form: '"Start a child and family assessment" does not apply to this child\'s record as it stands',
    };
    const form = dateInput('start_date', '2025-03-11');
    expect(await refused(child, assessmentStart, form, '2025-03-11')).toEqual(notOffered);
    const unreferred = await arrangeChild(database.db, actor);
    expect(await refused(unreferred, assessmentStart, form, '2025-03-11')).toEqual(notOffered);
    expect((await load(child)).assessments).toHaveLength(1);
  });

  it('saves nothing when it starts or the child is seen before the referral', async () => {
    const child = await referred('2025-03-10');
    const form = { ...dateInput('start_date', '2025-03-07'), ...dateInput('child_seen_date', '2025-03-01') };
    expect(await refused(child, assessmentStart, form, '2025-03-12')).toEqual({
      start_date: 'The start date must be the same as or after the referral date, 10 March 2025',
      child_seen_date:
        'The date the child was seen must be the same as or after the referral date, 10 March 2025',
    });
    const now = await load(child);
    expect(now.assessments).toHaveLength(0);
    expect(now.tasks).toHaveLength(0);
  });

  it('says what is missing or wrong in the dates', async () => {
    const child = await referred('2025-03-10');
    const form = {
      ...{ 'start_date-day': '29', 'start_date-month': '2', 'start_date-year': '2025' },
      'child_seen_date-day': '12',
    };
    expect(await refused(child, assessmentStart, form, '2025-03-12')).toEqual({
      start_date: 'The start date must be a real date',
      child_seen_date: 'The date the child was seen must include a month and year',
    });
    expect((await load(child)).assessments).toHaveLength(0);
  });
});

describe('completing an assessment', () => {
  it('authorises it on the 45th working day, in time, keeping the date the child was seen', async () => {
    const child = await referred('2025-03-10');
    const id = await started(child, '2025-03-10', '2025-03-12', '2025-03-12');
    expect(await prefill(child, assessmentComplete, '2025-05-15')).toEqual({ child_seen_date: '2025-03-12' });
    const form = completion('2025-05-15', 'cin_plan', ['3A', '2B']);
    expect(await record(child, assessmentComplete, form, '2025-05-15')).toBe(id);
    const now = await load(child);
    expect(now.assessments[0]).toMatchObject({
      authorised_date: '2025-05-15',
      child_seen_date: '2025-03-12',
      factors: ['3A', '2B'],
      outcome: 'cin_plan',
      version: 2,
    });
    expect(clocks(now)).toEqual([['assessment_45wd', '2025-03-10', '2025-05-15', '2025-05-15', null]]);
    expect(now.referrals[0]!.closure_date).toBeNull();
    const again = completion('2025-05-16', 'nfa', ['21']);
    expect(await refused(child, assessmentComplete, again, '2025-05-16')).toEqual({
      form: '"Complete the assessment" does not apply to this child\'s record as it stands',
    });
  });

  it('closes the referral with RC8 the day it is authorised with no further action, cancelling open clocks', async () => {
    const child = await arrangeChild(database.db, actor);
    // A contact still waiting for its screening decision: Thursday 17 April 2025, due Tuesday 22 April.
    const contactForm = { ...dateInput('contact_date', '2025-04-17'), source: '6', concern: 'Notification' };
    await record(child, contact, contactForm, '2025-04-17');
    const referralForm = { ...dateInput('referral_date', '2025-04-17'), source: '6', nfa: 'no' };
    await record(child, referral, referralForm, '2025-04-17');
    await started(child, '2025-04-17');
    await record(child, assessmentComplete, completion('2025-05-20', 'nfa', ['21']), '2025-05-20');
    const now = await load(child);
    expect(now.referrals[0]).toMatchObject({ closure_date: '2025-05-20', closure_reason: 'RC8', version: 2 });
    // Thursday 17 April 2025 + 45 working days (not Good Friday, Easter Monday, 5 or 26 May): Wednesday 25 June.
    expect(clocks(now)).toEqual([
      ['contact_screening_1wd', '2025-04-17', '2025-04-22', null, '2025-05-20'],
      ['assessment_45wd', '2025-04-17', '2025-06-25', '2025-05-20', null],
    ]);
  });

  it('closes the referral with RC9 on a step down to early help (leap day start, Easter 2024)', async () => {
    const child = await referred('2024-02-29');
    await started(child, '2024-02-29');
    // Thursday 29 February 2024 + 45 working days, less Good Friday 29 March, Easter Monday 1 April and
    // Monday 6 May: Tuesday 7 May.
    expect(clocks(await load(child))).toEqual([['assessment_45wd', '2024-02-29', '2024-05-07', null, null]]);
    await record(child, assessmentComplete, completion('2024-04-30', 'early_help', ['3B']), '2024-04-30');
    const now = await load(child);
    expect(now.referrals[0]).toMatchObject({ closure_date: '2024-04-30', closure_reason: 'RC9' });
    expect(clocks(now)).toEqual([['assessment_45wd', '2024-02-29', '2024-05-07', '2024-04-30', null]]);
  });

  it('leaves the referral open when the child has a child in need plan', async () => {
    const child = await referred('2025-03-10');
    await started(child, '2025-03-10');
    await record(child, assessmentComplete, completion('2025-04-01', 'cin_plan', ['2B']), '2025-04-01');
    await record(child, cinPlanStart, dateInput('start_date', '2025-04-01'), '2025-04-01');
    await started(child, '2025-06-02');
    await record(child, assessmentComplete, completion('2025-06-20', 'nfa', ['2B']), '2025-06-20');
    const now = await load(child);
    expect(now.referrals[0]!.closure_date).toBeNull();
    expect(now.assessments.map((a) => a.outcome)).toEqual(['cin_plan', 'nfa']);
  });

  it('saves nothing when authorised before it started, or with "no factors" and factors', async () => {
    const child = await referred('2025-03-10');
    await started(child, '2025-03-12');
    const form = completion('2025-03-11', 'nfa', ['21', '1A'], '2025-03-13');
    expect(await refused(child, assessmentComplete, form, '2025-03-20')).toEqual({
      authorised_date:
        'The date the assessment was authorised must be the same as or after the date it started, 12 March 2025',
      factors: 'Select either "No factors identified" or the factors that were identified, not both',
      child_seen_date:
        'The date the child was seen must be the same as or before the date the assessment was authorised',
    });
    expect(await refused(child, assessmentComplete, {}, '2025-03-20')).toEqual({
      authorised_date: 'Enter the date the assessment was authorised',
      factors: 'Select at least one: factors identified at the end of the assessment',
      outcome: 'Select the outcome of the assessment',
    });
    const now = await load(child);
    expect(now.assessments[0]).toMatchObject({ authorised_date: null, version: 1 });
    expect(now.referrals[0]!.closure_date).toBeNull();
    // Wednesday 12 March 2025 + 45 working days (less 18 and 21 April, 5 May): Monday 19 May.
    expect(clocks(now)).toEqual([['assessment_45wd', '2025-03-12', '2025-05-19', null, null]]);
  });

  it('can be corrected, keeping the version before', async () => {
    const child = await referred('2025-03-10');
    const id = await started(child, '2025-03-10');
    await record(child, assessmentComplete, completion('2025-04-01', 'cin_plan', ['2B']), '2025-04-01');
    const form = completion('2025-04-02', 'cin_plan', ['2B', '3A']);
    const corrected = await correctStep(
      database.db,
      actor,
      child,
      assessmentComplete,
      id,
      form,
      'Typo',
      '2025-04-03',
    );
    expect(corrected.ok).toBe(true);
    const now = await load(child);
    expect(now.assessments[0]).toMatchObject({
      authorised_date: '2025-04-02',
      factors: ['2B', '3A'],
      version: 3,
      correction_reason: 'Typo',
    });
  });
});
