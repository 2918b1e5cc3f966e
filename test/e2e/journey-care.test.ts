/**
 * Journey 2 (issue 3, "Done when"): a child enters care under section 20, moves placement, becomes subject
 * to an interim care order, has her reviews and initial health assessment, goes missing and is offered a
 * return interview, and leaves care on a special guardianship order to her aunt, who had been her foster
 * carer. Recorded through the screens in a browser.
 *
 * Every date is in 2025-26, before the day the test runs, so every open task is overdue except where said.
 * The due dates were worked out by hand from a calendar with the England and Wales bank holidays (here the
 * summer bank holiday, Monday 25 August 2025).
 */
import { describe, expect, it } from 'vitest';
import { serveAppForBrowser } from './browser.ts';
import {
  addChild,
  expectChildPage,
  expectTaskList,
  listedTasks,
  record,
  recordOverdueReason,
  signIn,
  statusRows,
  summaryCard,
  TEAM,
  Worklists,
  type ListedTask,
  type TaskRow,
} from './journey-pages.ts';

const served = serveAppForBrowser();

const CHILD = 'Mia Thornton';

// The tasks' titles, as the timescale rules describe them.
const FIRST_VISIT = 'Visit the child in their new placement';
const PLACEMENT_PLAN = 'Agree the placement plan (when it could not be agreed before the placement began)';
const FIRST_REVIEW = 'Hold the first review of the looked-after child’s care plan';
const SECOND_REVIEW = 'Hold the second looked-after review';
const NEXT_REVIEW = 'Hold the next looked-after review';
const IHA = 'Complete the initial health assessment, in time to inform the first review';
const SUPERVISION = 'Record a case supervision for a looked-after child';
const VISIT =
  'Visit the looked-after child (first year of a placement, or a placement that is not long-term)';
const HEALTH_REVIEW =
  'Complete the review health assessment of a child aged 5 or over (the indicator cla_health_in_time_pct counts 365 days)';
const RETURN_INTERVIEW = 'Offer a return (home) interview';

/** A task of this child in a task list, overdue (all the journey's dates are in the past). */
const listed = (task: string, due: string, extra: Partial<ListedTask> = {}): ListedTask => ({
  child: CHILD,
  task,
  due,
  overdue: true,
  reason: '',
  ...extra,
});
const byPriya = (tasks: ListedTask[]) => tasks.map((t) => ({ ...t, worker: 'Priya Shah' }));

describe('journey 2: from section 20 to a special guardianship order', () => {
  it('records every step through the screens and shows the chronology, tasks and team view', async () => {
    const page = await signIn(served.browser, served.base, 'practitioner');
    const { myTasks, teamView, asManager } = new Worklists(served.browser, served.base, page);

    // Add the child: Mia, 11 when she comes into care.
    await addChild(page, served.base, {
      given_name: 'Mia',
      family_name: 'Thornton',
      date_of_birth: '2014-06-03',
      sex: 'F',
      ethnicity: 'WBRI',
      postcode: 'CB4 1XY',
    });
    await expectChildPage(page, { chronology: [], tasks: [] });

    // 1. A referral from her school, Monday 4 August 2025, and allocation to Priya Shah the next day.
    const chronology: string[] = [];
    await record(page, 'Record a referral', {
      referral_date: '2025-08-04',
      source: '2A',
      primary_need: 'N1',
    });
    chronology.unshift('Referral');
    await expectChildPage(page, { chronology, tasks: [] });
    await record(page, 'Allocate to a team and social worker', {
      team_id: TEAM,
      worker_id: `Priya Shah (${TEAM})`,
      start_date: '2025-08-05',
    });
    chronology.unshift('Allocated');
    await expectChildPage(page, { chronology, tasks: [] });

    // 2. She becomes looked after under section 20 (V2), Friday 15 August 2025, with foster carers of the
    // authority (U6, PR1). The form starts from what is known: the referral's need, her home postcode.
    // First visit within a week (22 August); placement plan within 5 working days (22 August); first review
    // and initial health assessment within 20 working days, not counting the summer bank holiday (Monday
    // 15 September); supervision within 42 days (26 September).
    await record(
      page,
      'Record the start of a period of care',
      {
        start_date: '2025-08-15',
        legal_status: 'V2',
        placement_type: 'U6',
        placement_provider: 'PR1',
        placement_postcode: 'cb5 8aa',
        previous_permanence: 'Z1',
      },
      { category_of_need: 'N1', home_postcode: 'CB4 1XY', long_term_placement: 'no' },
    );
    chronology.unshift('Started to be looked after');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [FIRST_VISIT, '22 August 2025', 'Overdue'],
        [PLACEMENT_PLAN, '22 August 2025', 'Overdue'],
        [FIRST_REVIEW, '15 September 2025', 'Overdue'],
        [IHA, '15 September 2025', 'Overdue'],
        [SUPERVISION, '26 September 2025', 'Overdue'],
      ],
    });
    expect(await statusRows(page)).toEqual([
      'Social care episode: Open since 4 August 2025',
      'Looked after: Since 15 August 2025. Legal status V2, placement U6 since 15 August 2025',
    ]);
    expect(await summaryCard(page, 'Allocated')).toEqual([`Team: ${TEAM}`, 'Worker: Priya Shah']);
    const entered = [
      listed(FIRST_VISIT, '22 August 2025'),
      listed(PLACEMENT_PLAN, '22 August 2025'),
      listed(FIRST_REVIEW, '15 September 2025'),
      listed(IHA, '15 September 2025'),
      listed(SUPERVISION, '26 September 2025'),
    ];
    await myTasks(entered);
    await teamView('1', byPriya(entered));

    // 3. The first visit, Wednesday 20 August 2025, within the week (the form offers a looked-after child
    // visit); the next within 6 weeks, Wednesday 1 October 2025.
    await record(
      page,
      'Record a visit',
      { visit_date: '2025-08-20', child_seen: true, seen_alone: true },
      { kind: 'cla' },
    );
    chronology.unshift('Looked-after child visit');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [PLACEMENT_PLAN, '22 August 2025', 'Overdue'],
        [FIRST_REVIEW, '15 September 2025', 'Overdue'],
        [IHA, '15 September 2025', 'Overdue'],
        [SUPERVISION, '26 September 2025', 'Overdue'],
        [VISIT, '1 October 2025', 'Overdue'],
      ],
    });

    // 4. She moves to her aunt, approved as her foster carer (U3), Monday 8 September 2025: a change of
    // placement only (P). The form starts from the current episode. The new placement needs its own first
    // visit within a week and placement plan within 5 working days: both Monday 15 September 2025.
    await record(
      page,
      'Record a change of placement or legal status',
      {
        start_date: '2025-09-08',
        rne: 'P',
        placement_type: 'U3',
        placement_postcode: 'CB4 2ZZ',
        reason_place_change: 'CARPL',
      },
      {
        legal_status: 'V2',
        placement_type: 'U6',
        placement_provider: 'PR1',
        placement_postcode: 'CB5 8AA',
        long_term_placement: 'no',
      },
    );
    chronology.unshift('Change of placement or legal status');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [FIRST_VISIT, '15 September 2025', 'Overdue'],
        [PLACEMENT_PLAN, '15 September 2025', 'Overdue'],
        [FIRST_REVIEW, '15 September 2025', 'Overdue'],
        [IHA, '15 September 2025', 'Overdue'],
        [SUPERVISION, '26 September 2025', 'Overdue'],
      ],
    });
    expect(await statusRows(page)).toContain(
      'Looked after: Since 15 August 2025. Legal status V2, placement U3 since 8 September 2025',
    );

    // 5. The initial health assessment, Thursday 11 September 2025, in time. She is over 5: the review
    // health assessment is due in 12 months, 11 September 2026.
    await record(page, 'Record a health assessment or check', {
      kind: 'initial_health_assessment',
      event_date: '2025-09-11',
    });
    chronology.unshift('Initial health assessment');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [FIRST_VISIT, '15 September 2025', 'Overdue'],
        [PLACEMENT_PLAN, '15 September 2025', 'Overdue'],
        [FIRST_REVIEW, '15 September 2025', 'Overdue'],
        [SUPERVISION, '26 September 2025', 'Overdue'],
        [HEALTH_REVIEW, '11 September 2026', 'Overdue'],
      ],
    });

    // 6. The first review, Friday 12 September 2025, in time; she speaks for herself (PN1). The second is
    // due within 3 months, 12 December 2025.
    await record(page, 'Record a looked-after review', { review_date: '2025-09-12', participation: 'PN1' });
    chronology.unshift('Looked-after review');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [FIRST_VISIT, '15 September 2025', 'Overdue'],
        [PLACEMENT_PLAN, '15 September 2025', 'Overdue'],
        [SUPERVISION, '26 September 2025', 'Overdue'],
        [SECOND_REVIEW, '12 December 2025', 'Overdue'],
        [HEALTH_REVIEW, '11 September 2026', 'Overdue'],
      ],
    });

    // 7. The visit to the new placement, Monday 15 September 2025; then every 6 weeks: 27 October 2025.
    await record(page, 'Record a visit', {
      visit_date: '2025-09-15',
      kind: 'cla',
      child_seen: true,
      seen_alone: true,
    });
    chronology.unshift('Looked-after child visit');
    const afterSecondVisit: TaskRow[] = [
      [PLACEMENT_PLAN, '15 September 2025', 'Overdue'],
      [SUPERVISION, '26 September 2025', 'Overdue'],
      [VISIT, '27 October 2025', 'Overdue'],
      [SECOND_REVIEW, '12 December 2025', 'Overdue'],
      [HEALTH_REVIEW, '11 September 2026', 'Overdue'],
    ];
    await expectChildPage(page, { chronology, tasks: afterSecondVisit });

    // 8. An interim care order (C1), Wednesday 1 October 2025: a change of legal status only (L), in the
    // same placement. No clock changes.
    await record(page, 'Record a change of placement or legal status', {
      start_date: '2025-10-01',
      rne: 'L',
      legal_status: 'C1',
    });
    chronology.unshift('Change of placement or legal status');
    await expectChildPage(page, { chronology, tasks: afterSecondVisit });
    expect(await statusRows(page)).toContain(
      'Looked after: Since 15 August 2025. Legal status C1, placement U3 since 1 October 2025',
    );

    // The manager sees what is overdue and records why the supervision is late, with one click.
    const afterOrder = [
      listed(PLACEMENT_PLAN, '15 September 2025'),
      listed(SUPERVISION, '26 September 2025'),
      listed(VISIT, '27 October 2025'),
      listed(SECOND_REVIEW, '12 December 2025'),
      listed(HEALTH_REVIEW, '11 September 2026'),
    ];
    await teamView('1', byPriya(afterOrder));
    await asManager(async (manager) => {
      await recordOverdueReason(manager, /^Overdue/, SUPERVISION, 'Worker absent');
      const withReason = afterOrder.map((t) =>
        t.task === SUPERVISION ? { ...t, reason: 'Worker absent' } : t,
      );
      expectTaskList(await listedTasks(manager, /^Overdue/), byPriya(withReason), 'team overdue list');
    });

    // 9. She goes missing, Saturday 18 October 2025, and returns Monday 20 October: a return interview is to
    // be offered within 72 hours, by Thursday 23 October 2025.
    await record(page, 'Record a missing or away episode', {
      kind: 'M',
      start_date: '2025-10-18',
      end_date: '2025-10-20',
    });
    chronology.unshift('Returned', 'Went missing');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [PLACEMENT_PLAN, '15 September 2025', 'Overdue'],
        [SUPERVISION, '26 September 2025', 'Overdue'],
        [RETURN_INTERVIEW, '23 October 2025', 'Overdue'],
        [VISIT, '27 October 2025', 'Overdue'],
        [SECOND_REVIEW, '12 December 2025', 'Overdue'],
        [HEALTH_REVIEW, '11 September 2026', 'Overdue'],
      ],
    });
    await myTasks([
      listed(PLACEMENT_PLAN, '15 September 2025'),
      listed(SUPERVISION, '26 September 2025', { reason: 'Worker absent' }),
      listed(RETURN_INTERVIEW, '23 October 2025'),
      listed(VISIT, '27 October 2025'),
      listed(SECOND_REVIEW, '12 December 2025'),
      listed(HEALTH_REVIEW, '11 September 2026'),
    ]);

    // 10. The return interview is offered Wednesday 22 October 2025, in time, and accepted. The form starts
    // from the recorded return.
    await record(
      page,
      'Record a return from missing and the return interview',
      { return_interview_offered_date: '2025-10-22', return_interview_accepted: true },
      { end_date: '2025-10-20' },
    );
    chronology.unshift('Return interview offered');
    await expectChildPage(page, { chronology, tasks: afterSecondVisit });

    // 11. A visit, Friday 24 October 2025, in time: the next by 5 December 2025.
    await record(page, 'Record a visit', {
      visit_date: '2025-10-24',
      kind: 'cla',
      child_seen: true,
      seen_alone: false,
    });
    chronology.unshift('Looked-after child visit');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [PLACEMENT_PLAN, '15 September 2025', 'Overdue'],
        [SUPERVISION, '26 September 2025', 'Overdue'],
        [VISIT, '5 December 2025', 'Overdue'],
        [SECOND_REVIEW, '12 December 2025', 'Overdue'],
        [HEALTH_REVIEW, '11 September 2026', 'Overdue'],
      ],
    });

    // 12. The second review, Thursday 4 December 2025, in time; then within 6 months, 4 June 2026.
    await record(page, 'Record a looked-after review', { review_date: '2025-12-04', participation: 'PN1' });
    chronology.unshift('Looked-after review');
    const afterSecondReview: TaskRow[] = [
      [PLACEMENT_PLAN, '15 September 2025', 'Overdue'],
      [SUPERVISION, '26 September 2025', 'Overdue'],
      [VISIT, '5 December 2025', 'Overdue'],
      [NEXT_REVIEW, '4 June 2026', 'Overdue'],
      [HEALTH_REVIEW, '11 September 2026', 'Overdue'],
    ];
    await expectChildPage(page, { chronology, tasks: afterSecondReview });

    // 13. The permanence plan, Tuesday 9 December 2025: special guardianship with her aunt.
    await record(page, 'Record the permanence plan', {
      plan_date: '2025-12-09',
      plan: 'special_guardianship',
    });
    chronology.unshift('Permanence plan');
    await expectChildPage(page, { chronology, tasks: afterSecondReview });

    // 14. The court makes a special guardianship order to her aunt, her foster carer, Friday 13 March 2026:
    // the period of care ends (E45) and every looked-after clock stops.
    expect(
      await record(page, 'Record the end of the period of care', {
        end_date: '2026-03-13',
        reason_end: 'E45',
      }),
    ).toBe('End of the period of care recorded.');
    chronology.unshift('Ceased to be looked after');
    await expectChildPage(page, { chronology, tasks: [] });
    expect(await statusRows(page)).toEqual(['Social care episode: Open since 4 August 2025']);

    // 15. The referral closes, Monday 16 March 2026 (RC4, special guardianship order): off the caseload.
    await record(page, 'Close the referral', { closure_date: '2026-03-16', closure_reason: 'RC4' });
    chronology.unshift('Social care episode closed');
    expect(chronology).toEqual([
      'Social care episode closed',
      'Ceased to be looked after',
      'Permanence plan',
      'Looked-after review',
      'Looked-after child visit',
      'Return interview offered',
      'Returned',
      'Went missing',
      'Change of placement or legal status',
      'Looked-after child visit',
      'Looked-after review',
      'Initial health assessment',
      'Change of placement or legal status',
      'Looked-after child visit',
      'Started to be looked after',
      'Allocated',
      'Referral',
    ]);
    await expectChildPage(page, { chronology, tasks: [] });
    expect(await statusRows(page)).toEqual(['Status: Nothing open']);
    expect(await summaryCard(page, 'Allocated')).toEqual(['Team: Not allocated', 'Worker: No worker']);
    await myTasks([]);
    await teamView('0', []);
  }, 600_000);
});
