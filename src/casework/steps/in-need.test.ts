import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, type ChildRecord } from '../child.ts';
import type { RawForm, Values } from '../fields.ts';
import { recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { assessmentComplete } from './assessment-complete.ts';
import { assessmentStart } from './assessment-start.ts';
import { cinPlanEnd } from './cin-plan-end.ts';
import { cinPlanReview } from './cin-plan-review.ts';
import { cinPlanStart } from './cin-plan-start.ts';
import { closeReferral } from './close-referral.ts';
import { contact } from './contact.ts';
import { referral } from './referral.ts';
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

async function referred(date: string): Promise<string> {
  const child = await arrangeChild(database.db, actor);
  const form = { ...dateInput('referral_date', date), source: '2A', primary_need: 'N1', nfa: 'no' };
  await record(child, referral, form, date);
  return child;
}

async function assessed(child: string, start: string, authorised: string, outcome = 'cin_plan') {
  await record(child, assessmentStart, dateInput('start_date', start), start);
  const form = { ...dateInput('authorised_date', authorised), factors: ['2B'], outcome };
  await record(child, assessmentComplete, form, authorised);
}

const closure = (date: string, reason: string) => ({
  ...dateInput('closure_date', date),
  closure_reason: reason,
});

describe('a child in need plan, from assessment to closure', () => {
  let child: string;

  it('starts from the assessment, prefilled with the date it was authorised', async () => {
    child = await referred('2025-03-10');
    await assessed(child, '2025-03-10', '2025-05-15');
    expect(await prefill(child, cinPlanStart, '2025-05-16')).toEqual({ start_date: '2025-05-15' });
    const id = await record(child, cinPlanStart, dateInput('start_date', '2025-05-15'), '2025-05-16');
    const now = await load(child);
    expect(now.cinPlans).toMatchObject([
      {
        id,
        referral_id: now.referrals[0]!.id,
        assessment_id: now.assessments[0]!.id,
        start_date: '2025-05-15',
      },
    ]);
    expect(clocks(now).filter(([rule]) => rule !== 'assessment_45wd')).toEqual([
      // Thursday 15 May 2025 + 4 weeks: Thursday 12 June; + 42 days: Thursday 26 June.
      ['cin_visit', '2025-05-15', '2025-06-12', null, null],
      ['supervision_cin', '2025-05-15', '2025-06-26', null, null],
    ]);
    expect(await refused(child, cinPlanStart, dateInput('start_date', '2025-05-16'), '2025-05-16')).toEqual({
      form: '"Start a child in need plan" does not apply to this child\'s record as it stands',
    });
  });

  it('completes the visit that was due and sets the next 4 weeks on', async () => {
    const form = {
      ...dateInput('visit_date', '2025-06-10'),
      kind: 'cin',
      child_seen: 'yes',
      seen_alone: 'yes',
    };
    await record(child, visit, form, '2025-06-10');
    const now = await load(child);
    expect(now.visits).toMatchObject([
      { visit_date: '2025-06-10', kind: 'cin', child_seen: true, seen_alone: true },
    ]);
    expect(clocks(now).filter(([rule]) => rule === 'cin_visit')).toEqual([
      ['cin_visit', '2025-05-15', '2025-06-12', '2025-06-10', null],
      // Tuesday 10 June 2025 + 28 days: Tuesday 8 July.
      ['cin_visit', '2025-06-10', '2025-07-08', null, null],
    ]);
  });

  it('records a review, which cannot come before the plan started', async () => {
    expect(await refused(child, cinPlanReview, dateInput('review_date', '2025-05-14'), '2025-08-01')).toEqual(
      {
        review_date:
          'The date of the review must be the same as or after the date the plan started, 15 May 2025',
      },
    );
    await record(child, cinPlanReview, dateInput('review_date', '2025-08-01'), '2025-08-01');
    const now = await load(child);
    expect(now.cinPlanReviews).toMatchObject([
      { cin_plan_id: now.cinPlans[0]!.id, review_date: '2025-08-01' },
    ]);
  });

  it('ends the plan, not before it started or its last review, cancelling its clocks', async () => {
    expect(await refused(child, cinPlanEnd, dateInput('end_date', '2025-05-14'), '2025-08-29')).toEqual({
      end_date: 'The end date must be the same as or after the date the plan started, 15 May 2025',
    });
    expect(await refused(child, cinPlanEnd, dateInput('end_date', '2025-07-31'), '2025-08-29')).toEqual({
      end_date: 'The end date must be the same as or after the last review of the plan, 1 August 2025',
    });
    expect((await load(child)).cinPlans[0]).toMatchObject({ end_date: null, version: 1 });
    await record(child, cinPlanEnd, dateInput('end_date', '2025-08-29'), '2025-08-29');
    const now = await load(child);
    expect(now.cinPlans[0]).toMatchObject({ end_date: '2025-08-29', version: 2 });
    expect(clocks(now).filter(([, , , completed]) => !completed)).toEqual([
      ['supervision_cin', '2025-05-15', '2025-06-26', null, '2025-08-29'],
      ['cin_visit', '2025-06-10', '2025-07-08', null, '2025-08-29'],
    ]);
  });

  it('cannot start another plan overlapping the one that ended', async () => {
    expect(await refused(child, cinPlanStart, dateInput('start_date', '2025-08-28'), '2025-08-30')).toEqual({
      start_date:
        'The start date must be the same as or after the end of the last child in need plan, 29 August 2025',
    });
    expect((await load(child)).cinPlans).toHaveLength(1);
  });

  it('closes the referral no earlier than the plan ended, cancelling every open clock', async () => {
    // A new contact on Saturday 30 August 2025, screening due on Monday 1 September.
    const contactForm = { ...dateInput('contact_date', '2025-08-30'), source: '1A', concern: 'Worry' };
    await record(child, contact, contactForm, '2025-08-30');
    expect(await refused(child, closeReferral, closure('2025-08-28', 'RC7'), '2025-09-01')).toEqual({
      closure_date:
        'The closure date must be the same as or after the end of the child in need plan, 29 August 2025',
    });
    await record(child, closeReferral, closure('2025-09-01', 'RC7'), '2025-09-01');
    const now = await load(child);
    expect(now.referrals[0]).toMatchObject({ closure_date: '2025-09-01', closure_reason: 'RC7', version: 2 });
    expect(clocks(now).find(([rule]) => rule === 'contact_screening_1wd')).toEqual([
      'contact_screening_1wd',
      '2025-08-30',
      '2025-09-01',
      null,
      '2025-09-01',
    ]);
    expect(now.tasks.filter((t) => !t.completed_date && !t.cancelled_date)).toEqual([]);
  });
});

describe('closing a referral', () => {
  it('is not offered while the child has a child in need plan', async () => {
    const child = await referred('2025-03-10');
    await assessed(child, '2025-03-10', '2025-03-20');
    await record(child, cinPlanStart, dateInput('start_date', '2025-03-20'), '2025-03-20');
    expect(await refused(child, closeReferral, closure('2025-03-21', 'RC7'), '2025-03-21')).toEqual({
      form: '"Close the referral" does not apply to this child\'s record as it stands',
    });
  });

  it('waits for the assessment in progress and the section 47 enquiry to finish', async () => {
    const child = await referred('2025-03-10');
    await record(child, assessmentStart, dateInput('start_date', '2025-03-10'), '2025-03-10');
    expect(await refused(child, closeReferral, closure('2025-03-12', 'RC7'), '2025-03-12')).toEqual({
      form: 'Complete the assessment before closing the referral',
    });
    const form = {
      ...dateInput('authorised_date', '2025-03-14'),
      factors: ['2B'],
      outcome: 'strategy_discussion',
    };
    await record(child, assessmentComplete, form, '2025-03-14');
    await record(
      child,
      strategyDiscussion,
      { ...dateInput('discussion_date', '2025-03-14'), decision: 's47' },
      '2025-03-14',
    );
    expect(await refused(child, closeReferral, closure('2025-03-17', 'RC8'), '2025-03-17')).toEqual({
      form: 'Record the outcome of the section 47 enquiry before closing the referral',
    });
    const outcome = { ...dateInput('end_date', '2025-03-18'), outcome: 'icpc', icpc_required: 'yes' };
    await record(child, s47Outcome, outcome, '2025-03-18');
    expect(await refused(child, closeReferral, closure('2025-03-19', 'RC8'), '2025-03-19')).toEqual({
      form: 'Record the initial child protection conference before closing the referral',
    });
    const now = await load(child);
    expect(now.referrals[0]).toMatchObject({ closure_date: null, version: 1 });
    expect(now.tasks.filter((t) => t.cancelled_date)).toEqual([]);
  });

  it('refuses a date before the referral or its assessment, and RC8 or RC9 without an assessment', async () => {
    const child = await referred('2025-03-10');
    expect(await refused(child, closeReferral, closure('2025-03-07', 'RC9'), '2025-03-12')).toEqual({
      closure_date: 'The closure date must be the same as or after the referral date, 10 March 2025',
    });
    expect(await refused(child, closeReferral, closure('2025-03-12', 'RC9'), '2025-03-12')).toEqual({
      closure_reason:
        'Select another reason for closure: RC8 and RC9 are for a case closed after an assessment',
    });
    expect(await refused(child, closeReferral, closure('2025-03-12', 'RC10'), '2025-03-12')).toEqual({
      closure_reason: 'Select the reason for closure from the list',
    });
    await assessed(child, '2025-03-11', '2025-03-20', 'continue_support');
    expect(await refused(child, closeReferral, closure('2025-03-19', 'RC8'), '2025-03-20')).toEqual({
      closure_date:
        'The closure date must be the same as or after the date the assessment was authorised, 20 March 2025',
    });
    expect((await load(child)).referrals[0]).toMatchObject({ closure_date: null, version: 1 });
    await record(child, closeReferral, closure('2025-03-20', 'RC8'), '2025-03-20');
    expect((await load(child)).referrals[0]).toMatchObject({
      closure_date: '2025-03-20',
      closure_reason: 'RC8',
    });
  });
});

describe('starting a child in need plan', () => {
  it('refuses a start before the referral', async () => {
    const child = await referred('2025-03-10');
    expect(await prefill(child, cinPlanStart, '2025-03-12')).toEqual({});
    expect(await refused(child, cinPlanStart, dateInput('start_date', '2025-03-09'), '2025-03-12')).toEqual({
      start_date: 'The start date must be the same as or after the referral date, 10 March 2025',
    });
    expect(await refused(child, cinPlanStart, {}, '2025-03-12')).toEqual({
      start_date: 'Enter the start date',
    });
    const now = await load(child);
    expect(now.cinPlans).toHaveLength(0);
    expect(now.tasks).toHaveLength(0);
  });
});
