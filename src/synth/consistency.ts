/**
 * Checks that every child's generated record is one a worker could have made through Hearth's steps
 * (src/casework/steps): nothing before the child's birth or after the as-at date, no step before the step it
 * follows, one social care episode, child in need plan, child protection plan, period of care, care leaver
 * status, early help episode or allocation open at a time, periods of care made of SSDA903 episodes joined
 * with X1 and never overlapping, placements and legal statuses by the SSDA903 rules the steps apply, and
 * open tasks due when their rule says. Returns the problems found, each naming the child; empty is good.
 */
import { hasNoUrn } from '../domain/codes.ts';
import { dueDate, isTimescaleRuleId } from '../domain/timescales.ts';
import type { SyntheticAuthority } from './authority.ts';
import { ageOn, birthday, dayOf, isoOf, isWeekend } from './calendar.ts';
import { NULL, TABLE_ORDER, type SeedTable, type TableBuffer } from './tables.ts';

type Row = Record<string, number | string | null>;

/** The rows of every table for one person at a time (rows are written in person order). */
class ByPerson {
  private readonly next = new Map<SeedTable, number>();

  constructor(private readonly authority: SyntheticAuthority) {}

  rows(table: SeedTable, person: number): Row[] {
    const buffer = this.authority.tables[table] as TableBuffer;
    const personColumn = buffer.columns.find((c) => c.name === 'person_id')!.numbers!;
    let i = this.next.get(table) ?? 0;
    while (i < buffer.length && personColumn[i]! < person) i++;
    const rows: Row[] = [];
    while (i < buffer.length && personColumn[i] === person) {
      const row: Row = { row: i };
      for (const column of buffer.columns) {
        if (column.numbers) {
          const v = column.numbers[i]!;
          row[column.name] = v === NULL ? null : v;
        } else row[column.name] = column.texts![i] ?? null;
      }
      rows.push(row);
      i++;
    }
    this.next.set(table, i);
    return rows;
  }
}

const DATE_COLUMNS: Partial<Record<SeedTable, readonly string[]>> = {
  person_address: ['start_date'],
  contact: ['contact_date', 'decision_date'],
  referral: ['referral_date', 'closure_date'],
  assessment: ['start_date', 'child_seen_date', 'authorised_date'],
  strategy_discussion: ['discussion_date'],
  s47_enquiry: ['start_date', 'end_date'],
  cp_plan: ['start_date', 'end_date'],
  cp_conference: ['conference_date'],
  core_group: ['meeting_date'],
  cin_plan: ['start_date', 'end_date'],
  cin_plan_review: ['review_date'],
  pre_proceedings: ['decision_date', 'letter_before_proceedings_date', 'end_date'],
  care_proceedings: ['issued_date', 'concluded_date'],
  cla_episode: ['start_date', 'end_date'],
  cla_review: ['review_date'],
  visit: ['visit_date'],
  health_event: ['event_date'],
  cla_outcome: ['year_end'],
  deprivation_of_liberty: ['start_date', 'end_date'],
  missing_episode: ['start_date', 'end_date', 'return_interview_offered_date'],
  permanence_plan: ['plan_date'],
  adoption: [
    'decision_date',
    'placement_order_date',
    'matched_date',
    'placed_date',
    'adoption_order_date',
    'ceased_date',
  ],
  care_leaver: ['start_date', 'end_date', 'pathway_plan_date'],
  care_leaver_contact: ['contact_date'],
  early_help_episode: ['start_date', 'end_date'],
  early_help_assessment: ['start_date', 'completed_date'],
  case_supervision: ['supervision_date'],
  allocation: ['start_date', 'end_date'],
  task: ['from_date'],
};

const MINIMUM_AGE: Record<string, number> = { K3: 16, R5: 10, S1: 4, P3: 14 };

const n = (v: number | string | null | undefined) => v as number;
const open = (start: number, end: number | null, day: number) => start <= day && (end === null || end > day);
/** Spans [start, end) overlap (an open end is forever). */
const overlaps = (a: [number, number | null], b: [number, number | null]) =>
  a[0] < (b[1] ?? Infinity) && b[0] < (a[1] ?? Infinity);

function nonOverlapping(rows: Row[], start: string, end: string): boolean {
  const spans = rows.map((r) => [n(r[start]), r[end] === null ? null : n(r[end])] as [number, number | null]);
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (overlaps(spans[i - 1]!, spans[i]!)) return false;
  return true;
}

/** Every problem with the generated records, at most `limit` of them. */
export function consistencyProblems(authority: SyntheticAuthority, limit = 50): string[] {
  const problems: string[] = [];
  const asAt = dayOf(authority.options.asAt);
  const { tables } = authority;
  const byPerson = new ByPerson(authority);
  const workers = tables.worker;
  const person = tables.person;

  for (let p = 0; p < person.length && problems.length < limit; p++) {
    if (person.get(p, 'is_child') !== 1) continue;
    const who = String(person.get(p, 'la_child_id'));
    const problem = (text: string) => problems.push(`${who}: ${text}`);
    const dob = n(person.get(p, 'date_of_birth'));
    const b18 = birthday(dob, 18);
    const rows = {} as Record<SeedTable, Row[]>;
    for (const table of TABLE_ORDER) {
      if (table === 'team' || table === 'worker' || table === 'person') continue;
      rows[table] = byPerson.rows(table, p);
    }

    // Dates: after birth, not after the as-at date.
    for (const [table, columns] of Object.entries(DATE_COLUMNS) as [SeedTable, string[]][]) {
      for (const row of rows[table] ?? [])
        for (const column of columns) {
          const v = row[column];
          if (v === null || v === undefined) continue;
          if (n(v) < dob)
            problem(`${table}.${column} ${isoOf(n(v))} is before the date of birth ${isoOf(dob)}`);
          if (n(v) > asAt) problem(`${table}.${column} ${isoOf(n(v))} is after the as-at date`);
        }
    }

    // The front door.
    for (const c of rows.contact) {
      if ((c.decision === null) !== (c.decision_date === null)) problem('contact decision without its date');
      if (c.decision_date !== null && n(c.decision_date) < n(c.contact_date))
        problem('contact decided before it was made');
    }
    const referrals = [...rows.referral].sort((a, b) => n(a.referral_date) - n(b.referral_date));
    referrals.forEach((r, i) => {
      if ((r.closure_date === null) !== (r.closure_reason === null))
        problem('referral closure without its reason');
      if (r.closure_date !== null && n(r.closure_date) < n(r.referral_date))
        problem('referral closed before it was made');
      const next = referrals[i + 1];
      if (next && (r.closure_date === null || n(next.referral_date) < n(r.closure_date)))
        problem(`referrals ${isoOf(n(r.referral_date))} and ${isoOf(n(next.referral_date))} overlap`);
      if (n(r.referral_date) >= b18) problem('referral on or after the 18th birthday');
    });
    const referralOf = (row: Row) => rows.referral.find((r) => r.row === row.referral_id);
    const within = (row: Row, date: number, what: string) => {
      const r = referralOf(row);
      if (!r) return problem(`${what} has no referral`);
      if (date < n(r.referral_date))
        problem(`${what} ${isoOf(date)} is before its referral ${isoOf(n(r.referral_date))}`);
      if (r.closure_date !== null && date > n(r.closure_date))
        problem(`${what} ${isoOf(date)} is after its referral closed ${isoOf(n(r.closure_date))}`);
    };

    // Assessment, section 47, conferences.
    for (const a of rows.assessment) {
      within(a, n(a.start_date), 'assessment start');
      if ((a.authorised_date === null) !== (a.outcome === null))
        problem('assessment outcome without authorisation');
      if (a.authorised_date !== null) {
        if (n(a.authorised_date) < n(a.start_date)) problem('assessment authorised before it started');
        within(a, n(a.authorised_date), 'assessment authorisation');
        if (a.child_seen_date !== null && n(a.child_seen_date) > n(a.authorised_date))
          problem('child seen after the assessment was authorised');
      }
    }
    for (const r of rows.referral) {
      const inProgress = rows.assessment.filter((a) => a.referral_id === r.row && a.authorised_date === null);
      if (inProgress.length > 1) problem('two assessments in progress at once');
      if (r.closure_date !== null && inProgress.length > 0)
        problem('referral closed with an assessment in progress');
    }
    for (const s of rows.strategy_discussion) within(s, n(s.discussion_date), 'strategy discussion');
    const s47s = [...rows.s47_enquiry].sort((a, b) => n(a.start_date) - n(b.start_date));
    s47s.forEach((s, i) => {
      within(s, n(s.start_date), 'section 47 enquiry');
      if (s.end_date !== null && n(s.end_date) < n(s.start_date))
        problem('section 47 ended before it started');
      const next = s47s[i + 1];
      if (next && (s.end_date === null || n(next.start_date) < n(s.end_date)))
        problem('section 47 enquiries overlap');
      const r = referralOf(s);
      const conference = rows.cp_conference.find((c) => c.kind === 'initial' && c.s47_id === s.row);
      if (r?.closure_date !== null && r?.closure_date !== undefined) {
        if (s.outcome === null) problem('referral closed with a section 47 enquiry in progress');
        if (s.icpc_required === 1 && !conference) problem('referral closed before the initial conference');
      }
      if (conference && n(conference.conference_date) < n(s.start_date))
        problem('initial conference before its enquiry');
    });
    for (const c of rows.cp_conference) {
      within(c, n(c.conference_date), 'conference');
      if (c.kind === 'initial' && isWeekend(n(c.conference_date))) problem('initial conference at a weekend');
    }

    // Plans.
    const cp = [...rows.cp_plan].sort((a, b) => n(a.start_date) - n(b.start_date));
    if (!nonOverlapping(cp, 'start_date', 'end_date')) problem('child protection plans overlap');
    cp.forEach((plan, i) => {
      within(plan, n(plan.start_date), 'CP plan');
      if (plan.end_date !== null) within(plan, n(plan.end_date), 'CP plan end');
      if (n(plan.previous_plans) !== i)
        problem(`CP plan says ${plan.previous_plans} previous plans, not ${i}`);
      const initial = rows.cp_conference.find((c) => c.kind === 'initial' && c.cp_plan_id === plan.row);
      if (!initial || n(initial.conference_date) !== n(plan.start_date))
        problem('CP plan not started by its conference');
      const reviews = rows.cp_conference.filter((c) => c.kind === 'review' && c.cp_plan_id === plan.row);
      for (const review of reviews)
        if (n(review.conference_date) <= n(plan.start_date))
          problem('CP review on or before the plan started');
      if (plan.end_date !== null) {
        const ending = reviews.find((c) => c.outcome === 'end_plan');
        if (!ending || n(ending.conference_date) !== n(plan.end_date))
          problem('CP plan not ended at a review conference');
      }
    });
    const cin = [...rows.cin_plan].sort((a, b) => n(a.start_date) - n(b.start_date));
    if (!nonOverlapping(cin, 'start_date', 'end_date')) problem('child in need plans overlap');
    for (const plan of cin) {
      within(plan, n(plan.start_date), 'CIN plan');
      if (plan.end_date !== null) within(plan, n(plan.end_date), 'CIN plan end');
      for (const c of cp)
        if (
          overlaps(
            [n(plan.start_date), plan.end_date as number | null],
            [n(c.start_date), c.end_date as number | null],
          )
        )
          problem('a CIN plan and a CP plan are open together');
    }
    for (const r of rows.referral) {
      if (r.closure_date === null) continue;
      const openPlan = [...rows.cp_plan, ...rows.cin_plan].some(
        (x) => x.referral_id === r.row && x.end_date === null,
      );
      if (openPlan) problem('referral closed with a plan open');
    }

    // Periods of care: SSDA903 episodes.
    const episodes = [...rows.cla_episode].sort((a, b) => n(a.start_date) - n(b.start_date));
    let periodStart: number | null = null;
    let previous: Row | null = null;
    const periods: [number, number | null][] = [];
    for (const e of episodes) {
      const start = n(e.start_date);
      if (e.rne === 'S') {
        if (previous && (previous.end_date === null || n(previous.end_date) >= start))
          problem(`a period of care starts ${isoOf(start)} before the last ended`);
        if (previous && previous.reason_end === 'X1')
          problem('a period of care ended with X1 and no next episode');
        periodStart = start;
        if (start >= b18) problem('started to be looked after at 18');
        if (/^T/.test(String(e.placement_type))) problem('period of care starts in a temporary placement');
      } else {
        if (!previous || previous.reason_end !== 'X1' || n(previous.end_date) !== start)
          problem(`episode ${isoOf(start)} (${e.rne}) does not follow an episode ended X1 that day`);
        if (previous && n(previous.start_date) >= start) problem('two episodes start the same day');
        if (previous) {
          const lsChanged = previous.legal_status !== e.legal_status;
          const moved = ['placement_type', 'placement_provider', 'placement_postcode', 'urn'].some(
            (k) => previous![k] !== e[k],
          );
          const ok =
            e.rne === 'L'
              ? lsChanged && !moved
              : e.rne === 'P' || e.rne === 'T'
                ? !lsChanged && moved
                : lsChanged && moved;
          if (!ok) problem(`episode ${isoOf(start)} has RNE ${e.rne} but what changed does not match`);
          // No reason is given for a move to or from a temporary placement (SSDA903 rule 226).
          const temporaryMove = [previous, e].some((x) => /^T[0-4]$/.test(String(x.placement_type)));
          const reasonDue = moved && !temporaryMove;
          if (reasonDue !== (previous.reason_place_change !== null))
            problem(
              `episode ending ${isoOf(start)}: reason for placement change ${reasonDue ? 'missing' : 'given'}`,
            );
        }
      }
      if ((e.end_date === null) !== (e.reason_end === null)) problem('episode end without its reason');
      if (e.end_date !== null && n(e.end_date) > b18) problem('looked after past the 18th birthday');
      const place = String(e.placement_type);
      const provider = e.placement_provider;
      const temporaryOrOther = /^(T[0-4]|Z1[1-4])$/.test(place);
      if (temporaryOrOther !== (provider === null)) problem(`placement ${place} with provider ${provider}`);
      if ((place === 'P1') !== (provider === 'PR0')) problem(`placement ${place} with provider ${provider}`);
      if ((provider === 'PR1' || provider === 'PR2') && /^(R2|R5)$/.test(place))
        problem(`${provider} for ${place}`);
      if (provider === 'PR3' && /^(A[3-6]|K[12]|U[1-6])$/.test(place)) problem(`PR3 for ${place}`);
      if (e.urn !== null && hasNoUrn(place)) problem(`URN for ${place}`);
      const minimum = MINIMUM_AGE[place];
      if (minimum !== undefined && ageOn(dob, start) < minimum)
        problem(`placed in ${place} under ${minimum}`);
      if (place === 'P1' && e.legal_status === 'V2') problem('placed with parents under section 20');
      if (/^A[35]$/.test(place) && !/^[STU]$/.test(String(e.rne)))
        problem(`${place} placement with RNE ${e.rne}`);
      if (e.end_date === null || e.reason_end !== 'X1') {
        periods.push([periodStart ?? start, e.end_date === null ? null : n(e.end_date)]);
        if (/^E1[12]$/.test(String(e.reason_end)) && !/^A[3-6]$/.test(place))
          problem('adopted but not placed for adoption');
        if (/^E4[56]$/.test(String(e.reason_end)) && !/^U[1-6]$/.test(place))
          problem('SGO to foster carers not fostering');
        if (e.reason_end === 'E17' && e.end_date !== null && ageOn(dob, n(e.end_date)) < 18)
          problem('E17 before 18');
      }
      previous = e;
    }
    if (episodes.filter((e) => e.end_date === null).length > 1) problem('two episodes open');
    for (const [start, end] of periods) {
      const inReferral = rows.referral.some(
        (r) =>
          n(r.referral_date) <= start &&
          (r.closure_date === null || (end !== null && n(r.closure_date) >= end)),
      );
      if (!inReferral) problem(`period of care from ${isoOf(start)} is outside an open referral`);
    }
    // Deprivation of liberty orders: each in force in one K2, Z12 or Z13 placement, touching no other
    // (2026/27 rules 709 and 710 compare an order with every episode it meets, end days included).
    for (const order of rows.deprivation_of_liberty) {
      const start = n(order.start_date);
      const end = order.end_date === null ? null : n(order.end_date);
      const met = episodes.filter(
        (e) => n(e.start_date) <= (end ?? Infinity) && (e.end_date === null || n(e.end_date) >= start),
      );
      if (met.length !== 1 || !/^(K2|Z1[23])$/.test(String(met[0]!.placement_type)))
        problem(
          `deprivation of liberty order from ${isoOf(start)} is not within one K2, Z12 or Z13 placement`,
        );
      else if (end === null && met[0]!.end_date !== null)
        problem(`deprivation of liberty order from ${isoOf(start)} is open after the placement ended`);
      if (ageOn(dob, start) < 12) problem('deprivation of liberty order before 12');
    }
    const inCare = (day: number, endInclusive = false) =>
      periods.some(([s, e]) => s <= day && (e === null || (endInclusive ? e >= day : e > day)));
    const reviews = [...rows.cla_review].sort((a, b) => n(a.review_date) - n(b.review_date));
    reviews.forEach((r, i) => {
      if (!inCare(n(r.review_date), true)) problem('looked-after review while not looked after');
      if (i > 0 && n(r.review_date) <= n(reviews[i - 1]!.review_date))
        problem('two looked-after reviews the same day');
      if ((r.participation === 'PN0') !== ageOn(dob, n(r.review_date)) < 4)
        problem('review participation code for age');
    });
    for (const h of rows.health_event) {
      if (!inCare(n(h.event_date), true)) problem(`health event ${h.kind} while not looked after`);
      if (h.kind === 'sdq' && (h.sdq_score === null || ageOn(dob, n(h.event_date)) < 4))
        problem('SDQ under 4');
    }
    for (const [start, end] of periods) {
      const ihas = rows.health_event.filter(
        (h) =>
          h.kind === 'initial_health_assessment' &&
          n(h.event_date) >= start &&
          (end === null || n(h.event_date) <= end),
      );
      if (ihas.length > 1) problem('two initial health assessments in one period of care');
    }

    // Visits by kind, within what they visit.
    const covered = (rs: Row[], day: number) =>
      rs.some((r) => n(r.start_date) <= day && (r.end_date === null || n(r.end_date) >= day));
    for (const v of rows.visit) {
      const day = n(v.visit_date);
      if (v.kind === 'cp' && !covered(rows.cp_plan, day)) problem('CP visit outside a CP plan');
      if (v.kind === 'cin' && !covered(rows.cin_plan, day)) problem('CIN visit outside a CIN plan');
      if (v.kind === 'cla' && !inCare(day, true)) problem('looked-after visit while not looked after');
      if (v.seen_alone === 1 && v.child_seen !== 1) problem('seen alone but not seen');
    }

    // Missing, adoption, leaving care, early help.
    if (!nonOverlapping(rows.missing_episode, 'start_date', 'end_date')) problem('missing episodes overlap');
    for (const m of rows.missing_episode) {
      if (m.end_date !== null && n(m.end_date) < n(m.start_date)) problem('returned before going missing');
      if (
        m.return_interview_offered_date !== null &&
        (m.end_date === null || n(m.return_interview_offered_date) < n(m.end_date))
      )
        problem('return interview offered before the return');
    }
    for (const a of rows.adoption) {
      const d = (column: string) => (a[column] === null ? null : n(a[column]));
      const decision = n(a.decision_date);
      const [placementOrder, matched, placed, adopted] = [
        d('placement_order_date'),
        d('matched_date'),
        d('placed_date'),
        d('adoption_order_date'),
      ];
      if (placementOrder !== null && placementOrder < decision)
        problem('placement order before the decision');
      if (matched !== null && matched < decision) problem('matched before the decision');
      if (adopted !== null && (placed === null || adopted < placed))
        problem('adopted before placed for adoption');
      if (a.placed_date !== null && (a.matched_date === null || n(a.placed_date) < n(a.matched_date)))
        problem('placed for adoption before matched');
      if ((a.matched_date === null) !== (a.number_of_adopters === null)) problem('adopters before the match');
      if (a.adoption_order_date !== null && n(a.adoption_order_date) >= b18) problem('adopted at 18');
      if (!inCare(n(a.decision_date), true)) problem('adoption decision while not looked after');
    }
    const statuses = [...rows.care_leaver].sort((a, b) => n(a.start_date) - n(b.start_date));
    if (!nonOverlapping(statuses, 'start_date', 'end_date')) problem('care leaver statuses overlap');
    for (const s of statuses) {
      const start = n(s.start_date);
      if (start < birthday(dob, 16)) problem('care leaver before 16');
      const looked = inCare(start);
      const age = ageOn(dob, start);
      if (s.eligibility === 'eligible' && (!looked || age >= 18))
        problem('eligible but not looked after under 18');
      if (s.eligibility === 'relevant' && (looked || age >= 18)) problem('relevant but looked after or 18');
      if (s.eligibility === 'former_relevant' && (looked || age < 18)) problem('former relevant under 18');
    }
    for (const c of rows.care_leaver_contact)
      if (!statuses.some((s) => open(n(s.start_date), s.end_date as number | null, n(c.contact_date))))
        problem('care leaver contact outside a care leaver status');
    if (!nonOverlapping(rows.early_help_episode, 'start_date', 'end_date'))
      problem('early help episodes overlap');

    // Allocations: one at a time, to a worker in post in the team.
    if (!nonOverlapping(rows.allocation, 'start_date', 'end_date')) problem('allocations overlap');
    for (const a of rows.allocation) {
      if (a.end_date !== null && n(a.end_date) < n(a.start_date)) problem('allocation ends before it starts');
      const w = a.worker_id;
      if (w === null || n(w) < 0) continue;
      const start = n(workers.get(n(w), 'start_date'));
      const leave = workers.get(n(w), 'leave_date');
      if (start > n(a.start_date) || (leave !== null && n(leave) <= n(a.start_date)))
        problem(`allocated ${isoOf(n(a.start_date))} to a worker not in post`);
      if (workers.get(n(w), 'team_id') !== a.team_id) problem('allocated to a worker outside the team');
    }

    // Open tasks: due when their rule says, from a day not after the as-at date.
    for (const t of rows.task) {
      const rule = String(t.rule_id);
      if (!isTimescaleRuleId(rule)) {
        problem(`task with unknown rule ${rule}`);
        continue;
      }
      if (dueDate(rule, isoOf(n(t.from_date)), authority.options.policy) !== isoOf(n(t.due_date)))
        problem(`task ${rule} due on the wrong day`);
    }
  }
  return problems;
}

/** Each person's first open social care episode at a date, for tests that look at one child. */
export function openAt(start: number, end: number | null, day: number): boolean {
  return open(start, end, day);
}
