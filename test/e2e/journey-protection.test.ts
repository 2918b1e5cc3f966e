/**
 * Journey 1 (issue 3, "Done when"): a police contact, referral, assessment, strategy discussion and section
 * 47 enquiry, initial conference and child protection plan with visits, a core group and reviews, step down
 * to a child in need plan, and closure, recorded through the screens in a browser.
 *
 * Every date is in 2025-26, before the day the test runs, so every open task is overdue. The due dates were
 * worked out by hand from a calendar with the England and Wales bank holidays the clocks cross: Good Friday
 * 18 April and Easter Monday 21 April 2025, the May bank holidays (5 and 26 May 2025), and Christmas Day,
 * Boxing Day 2025 and New Year's Day 2026.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_AUTHORITY } from '../../src/demo.ts';
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
  visit,
  Worklists,
  type ListedTask,
  type TaskRow,
} from './journey-pages.ts';

const served = serveAppForBrowser();

const CHILD = 'Ruby Fletcher';

// The tasks' titles, as the timescale rules describe them.
const SCREENING = 'Decide what happens to a contact (screening decision)';
const ASSESSMENT = 'Complete and authorise the child and family assessment';
const ICPC = 'Hold the initial child protection conference';
const CORE_GROUP = 'Hold the first core group meeting';
const FIRST_REVIEW = 'Hold the first child protection review conference';
const NEXT_REVIEW = 'Hold the next child protection review conference';
const CP_VISIT = 'Visit the child on a child protection plan and see them';
const CP_SUPERVISION = 'Record a case supervision for a child on a child protection plan';
const CIN_VISIT = 'Visit the child on a child in need plan and see them';
const CIN_SUPERVISION = 'Record a case supervision for a child on a child in need plan';

/** A task of this child in a task list, overdue (all the journey's dates are in the past). */
const listed = (task: string, due: string, extra: Partial<ListedTask> = {}): ListedTask => ({
  child: CHILD,
  task,
  due,
  overdue: true,
  reason: '',
  ...extra,
});

describe('journey 1: from a police contact to child protection, step down and closure', () => {
  it('records every step through the screens and shows the chronology, tasks and team view', async () => {
    const page = await signIn(served.browser, served.base, 'practitioner');
    const { myTasks, teamView, asManager } = new Worklists(served.browser, served.base, page);

    // Add the child -----------------------------------------------------------------------------------------
    const childUrl = await addChild(page, served.base, {
      given_name: 'Ruby',
      family_name: 'Fletcher',
      date_of_birth: '2017-09-12',
      sex: 'F',
      ethnicity: 'WBRI',
      postcode: 'CB1 2AB',
    });
    await expectChildPage(page, { chronology: [], tasks: [] });
    expect(await statusRows(page)).toEqual(['Status: Nothing open']);
    expect(await summaryCard(page, 'Allocated')).toEqual(['Team: Not allocated', 'Worker: No worker']);

    // 1. The police contact, Wednesday 9 April 2025; the screening decision is due the next working day.
    const chronology: string[] = [];
    expect(
      await record(page, 'Record a contact', {
        contact_date: '2025-04-09',
        contact_time: '08:15',
        source: '6',
        contact_by: 'PC Dawson, Hearthshire Police',
        concern: 'Domestic abuse notification: police called to the home overnight; Ruby was present.',
      }),
    ).toBe('Contact recorded.');
    chronology.unshift('Contact');
    await expectChildPage(page, { chronology, tasks: [[SCREENING, '10 April 2025', 'Overdue']] });
    // Not allocated yet, so the task is on no one's list.
    await myTasks([]);

    // 2. Screening decision: referral, Thursday 10 April 2025.
    await record(page, 'Record the screening decision', {
      decision: 'referral',
      decision_date: '2025-04-10',
    });
    chronology.unshift('Screening decision');
    await expectChildPage(page, { chronology, tasks: [] });

    // 3. The referral starts from the contact's decision: its date and source.
    await record(
      page,
      'Record a referral',
      { primary_need: 'N1' },
      { referral_date: '2025-04-10', source: '6' },
    );
    // Same day as the screening decision; the chronology lists the contact's events first.
    chronology.splice(1, 0, 'Referral');
    await expectChildPage(page, { chronology, tasks: [] });
    expect(await statusRows(page)).toEqual(['Social care episode: Open since 10 April 2025']);

    // 4. Allocated to Priya Shah in Children's Safeguarding Team 1, Friday 11 April 2025.
    await record(page, 'Allocate to a team and social worker', {
      team_id: TEAM,
      worker_id: `Priya Shah (${TEAM})`,
      start_date: '2025-04-11',
    });
    chronology.unshift('Allocated');
    await expectChildPage(page, { chronology, tasks: [] });
    expect(await summaryCard(page, 'Allocated')).toEqual([`Team: ${TEAM}`, 'Worker: Priya Shah']);

    // 5. The assessment starts Monday 14 April 2025 (the form starts from the referral date): 45 working days,
    // not counting Good Friday, Easter Monday and the May bank holidays, is Friday 20 June 2025.
    await record(
      page,
      'Start a child and family assessment',
      { start_date: '2025-04-14' },
      { start_date: '2025-04-10' },
    );
    chronology.unshift('Child and family assessment started');
    await expectChildPage(page, { chronology, tasks: [[ASSESSMENT, '20 June 2025', 'Overdue']] });
    // Not yet authorised, the assessment is open long past 45 working days at the end of the 2025/26 census
    // year: the child's page shows the census query once the change is checked (axe checks the panel too).
    await served.app.returnChecks.settled(DEMO_AUTHORITY.laCode);
    await visit(page, childUrl);
    expect(await page.locator('#return-checks + table').textContent()).toContain('8670Q');

    // 6. Strategy discussion, Wednesday 16 April 2025, decides on a section 47 enquiry. The initial
    // conference is due within 15 working days: over Easter, Monday 12 May 2025.
    await record(page, 'Record a strategy discussion', { discussion_date: '2025-04-16', decision: 's47' });
    chronology.unshift('Strategy discussion');
    const afterStrategy: TaskRow[] = [
      [ICPC, '12 May 2025', 'Overdue'],
      [ASSESSMENT, '20 June 2025', 'Overdue'],
    ];
    await expectChildPage(page, { chronology, tasks: afterStrategy });
    expect(await statusRows(page)).toEqual([
      'Social care episode: Open since 10 April 2025',
      'Assessment: In progress since 14 April 2025',
      'Section 47 enquiry: Started 16 April 2025',
    ]);
    await myTasks([listed(ICPC, '12 May 2025'), listed(ASSESSMENT, '20 June 2025')]);
    await teamView('1', [
      listed(ICPC, '12 May 2025', { worker: 'Priya Shah' }),
      listed(ASSESSMENT, '20 June 2025', { worker: 'Priya Shah' }),
    ]);

    // 7. The section 47 enquiry ends Friday 2 May 2025: an initial conference is needed.
    await record(page, 'Record the outcome of the section 47 enquiry', {
      end_date: '2025-05-02',
      outcome: 'icpc',
      icpc_required: true,
    });
    chronology.unshift('Section 47 enquiry completed');
    await expectChildPage(page, { chronology, tasks: afterStrategy });

    // 8. Initial conference, Thursday 8 May 2025, in time: a child protection plan for neglect. First core
    // group and first visit within 10 working days (past the early May bank holiday: Thursday 22 May),
    // first review within 3 months (8 August), supervision every 28 days (5 June).
    await record(page, 'Record the initial child protection conference', {
      conference_date: '2025-05-08',
      outcome: 'plan',
      initial_category: 'NEG',
    });
    chronology.unshift('Initial child protection conference', 'Child protection plan started');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [CORE_GROUP, '22 May 2025', 'Overdue'],
        [CP_VISIT, '22 May 2025', 'Overdue'],
        [CP_SUPERVISION, '5 June 2025', 'Overdue'],
        [ASSESSMENT, '20 June 2025', 'Overdue'],
        [FIRST_REVIEW, '8 August 2025', 'Overdue'],
      ],
    });
    expect(await statusRows(page)).toContain('Child protection plan: Since 8 May 2025 (NEG)');

    // 9. A child protection visit, Tuesday 20 May 2025, child seen alone. The next is due 10 working days
    // later, past the spring bank holiday (26 May): Wednesday 4 June 2025.
    await record(page, 'Record a visit', {
      visit_date: '2025-05-20',
      kind: 'cp',
      child_seen: true,
      seen_alone: true,
    });
    chronology.unshift('Child protection visit');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [CORE_GROUP, '22 May 2025', 'Overdue'],
        [CP_VISIT, '4 June 2025', 'Overdue'],
        [CP_SUPERVISION, '5 June 2025', 'Overdue'],
        [ASSESSMENT, '20 June 2025', 'Overdue'],
        [FIRST_REVIEW, '8 August 2025', 'Overdue'],
      ],
    });

    // 10. The first core group, Wednesday 21 May 2025, in time.
    await record(page, 'Record a core group meeting', { meeting_date: '2025-05-21' });
    chronology.unshift('Core group meeting');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [CP_VISIT, '4 June 2025', 'Overdue'],
        [CP_SUPERVISION, '5 June 2025', 'Overdue'],
        [ASSESSMENT, '20 June 2025', 'Overdue'],
        [FIRST_REVIEW, '8 August 2025', 'Overdue'],
      ],
    });

    // 11. The assessment is authorised, Monday 16 June 2025, within its 45 working days.
    await record(page, 'Complete the assessment', {
      authorised_date: '2025-06-16',
      factors: ['3B', '4B'],
      outcome: 'continue_support',
    });
    chronology.unshift('Assessment authorised');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [CP_VISIT, '4 June 2025', 'Overdue'],
        [CP_SUPERVISION, '5 June 2025', 'Overdue'],
        [FIRST_REVIEW, '8 August 2025', 'Overdue'],
      ],
    });

    // 12. The first review conference, Thursday 7 August 2025: the plan continues, next review in 6 months.
    await record(page, 'Record a child protection review conference', {
      conference_date: '2025-08-07',
      outcome: 'continue',
    });
    chronology.unshift('Review child protection conference');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [CP_VISIT, '4 June 2025', 'Overdue'],
        [CP_SUPERVISION, '5 June 2025', 'Overdue'],
        [NEXT_REVIEW, '7 February 2026', 'Overdue'],
      ],
    });

    // The manager sees the overdue visit and records why, with one click from the list.
    await teamView('1', [
      listed(CP_VISIT, '4 June 2025', { worker: 'Priya Shah' }),
      listed(CP_SUPERVISION, '5 June 2025', { worker: 'Priya Shah' }),
      listed(NEXT_REVIEW, '7 February 2026', { worker: 'Priya Shah' }),
    ]);
    await asManager(async (manager) => {
      await recordOverdueReason(manager, /^Overdue/, CP_VISIT, 'Family avoiding visits');
      expectTaskList(
        await listedTasks(manager, /^Overdue/),
        [
          listed(CP_VISIT, '4 June 2025', { worker: 'Priya Shah', reason: 'Family avoiding visits' }),
          listed(CP_SUPERVISION, '5 June 2025', { worker: 'Priya Shah' }),
          listed(NEXT_REVIEW, '7 February 2026', { worker: 'Priya Shah' }),
        ],
        'team overdue list with a reason',
      );
    });
    // The practitioner sees the reason on her own list.
    await myTasks([
      listed(CP_VISIT, '4 June 2025', { reason: 'Family avoiding visits' }),
      listed(CP_SUPERVISION, '5 June 2025'),
      listed(NEXT_REVIEW, '7 February 2026'),
    ]);

    // 13. A visit, Thursday 18 December 2025, child seen but not alone. 10 working days, not counting
    // Christmas Day, Boxing Day and New Year's Day: Tuesday 6 January 2026.
    await record(page, 'Record a visit', {
      visit_date: '2025-12-18',
      kind: 'cp',
      child_seen: true,
      seen_alone: false,
    });
    chronology.unshift('Child protection visit');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [CP_SUPERVISION, '5 June 2025', 'Overdue'],
        [CP_VISIT, '6 January 2026', 'Overdue'],
        [NEXT_REVIEW, '7 February 2026', 'Overdue'],
      ],
    });

    // 14. The second review conference, Thursday 15 January 2026, ends the plan: its clocks stop.
    await record(page, 'Record a child protection review conference', {
      conference_date: '2026-01-15',
      outcome: 'end_plan',
    });
    chronology.unshift('Review child protection conference', 'Child protection plan ended');
    await expectChildPage(page, { chronology, tasks: [] });
    expect(await statusRows(page)).toEqual(['Social care episode: Open since 10 April 2025']);

    // 15. Step down: the child in need plan starts the day the plan ended (the form starts from it). Visits
    // every 4 weeks (12 February 2026) and supervision every 42 days (26 February 2026), by local policy.
    await record(page, 'Start a child in need plan', {}, { start_date: '2026-01-15' });
    // Same day as the review conference: the child protection plan's entries come first.
    chronology.splice(2, 0, 'Child in need plan started');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [CIN_VISIT, '12 February 2026', 'Overdue'],
        [CIN_SUPERVISION, '26 February 2026', 'Overdue'],
      ],
    });
    expect(await statusRows(page)).toEqual([
      'Social care episode: Open since 10 April 2025',
      'Child in need plan: Since 15 January 2026',
    ]);
    await myTasks([listed(CIN_VISIT, '12 February 2026'), listed(CIN_SUPERVISION, '26 February 2026')]);
    await teamView('1', [
      listed(CIN_VISIT, '12 February 2026', { worker: 'Priya Shah' }),
      listed(CIN_SUPERVISION, '26 February 2026', { worker: 'Priya Shah' }),
    ]);

    // 16. A child in need visit, Thursday 5 February 2026: the next is 4 weeks later, 5 March 2026.
    await record(page, 'Record a visit', {
      visit_date: '2026-02-05',
      kind: 'cin',
      child_seen: true,
      seen_alone: false,
    });
    chronology.unshift('Child in need visit');
    await expectChildPage(page, {
      chronology,
      tasks: [
        [CIN_SUPERVISION, '26 February 2026', 'Overdue'],
        [CIN_VISIT, '5 March 2026', 'Overdue'],
      ],
    });

    // 17. The child in need plan ends, Friday 27 March 2026.
    await record(page, 'End the child in need plan', { end_date: '2026-03-27' });
    chronology.unshift('Child in need plan ended');
    await expectChildPage(page, { chronology, tasks: [] });

    // 18. The referral closes, Monday 30 March 2026: the child leaves Priya Shah's caseload.
    await record(page, 'Close the referral', { closure_date: '2026-03-30', closure_reason: 'RC7' });
    chronology.unshift('Social care episode closed');
    expect(chronology).toEqual([
      'Social care episode closed',
      'Child in need plan ended',
      'Child in need visit',
      'Review child protection conference',
      'Child protection plan ended',
      'Child in need plan started',
      'Child protection visit',
      'Review child protection conference',
      'Assessment authorised',
      'Core group meeting',
      'Child protection visit',
      'Initial child protection conference',
      'Child protection plan started',
      'Section 47 enquiry completed',
      'Strategy discussion',
      'Child and family assessment started',
      'Allocated',
      'Screening decision',
      'Referral',
      'Contact',
    ]);
    await expectChildPage(page, { chronology, tasks: [] });
    expect(await statusRows(page)).toEqual(['Status: Nothing open']);
    expect(await summaryCard(page, 'Allocated')).toEqual(['Team: Not allocated', 'Worker: No worker']);
    expect(page.url()).toBe(childUrl);
    await myTasks([]);
    await teamView('0', []);
  }, 600_000);
});
