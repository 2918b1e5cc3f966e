/**
 * Writes the journeys out as the records a worker would have made: the child and their family, every step
 * of each journey, and the routine work around it (visits at the local standard, reviews, core groups,
 * health assessments, case supervisions, care leaver contacts), then the open tasks each open plan's clocks
 * set at the as-at date, with due dates from src/domain/timescales.ts. Timeliness is realistic: most visits
 * and reviews are on time, some are late, and some tasks are overdue with a recorded reason.
 */
import {
  ageOn,
  addMonths,
  addWorkingDays,
  birthday,
  dayFromParts,
  dayOf,
  isoOf,
  workingDayFrom,
  yearOf,
  type Day,
} from './calendar.ts';
import {
  dueDate,
  TIMESCALE_RULES,
  type LocalTimescalePolicy,
  type TimescaleRuleId,
} from '../domain/timescales.ts';
import type { Child, CinPlan, CpPlan, EarlyHelp, PeriodOfCare, Referral } from './model.ts';
import { ANNUAL_OUTCOMES, OVERDUE_REASONS, PARAMETERS as P, PREVIOUS_PERMANENCE } from './parameters.ts';
import {
  FAMILY_NAMES,
  GIVEN_NAMES_F,
  GIVEN_NAMES_M,
  nhsNumberFor,
  UASC_FAMILY_NAMES,
  UASC_GIVEN_NAMES_F,
  UASC_GIVEN_NAMES_M,
  upnFor,
} from './people.ts';
import { LA_CODES } from '../returns/ssda903/rules/633.ts';
import type { Random } from './random.ts';
import { anyRef, type SeedTable, type Tables } from './tables.ts';
import type { Workforce, Worker } from './workforce.ts';

export interface RecordSettings {
  laCode: string;
  asAt: Day;
  policy: LocalTimescalePolicy;
  /**
   * Routine records (visits, supervisions, core groups, plan reviews, health checks, care leaver contacts)
   * are written from this day on: a year before the history starts, as a migration brings recent case
   * work and not every visit of a child in care since birth. Steps and reviews are written in full.
   */
  detailFrom: Day;
}

const SUPERVISION_NOTES = [
  'Plan reviewed; actions agreed with the family remain on track.',
  'Visit frequency confirmed; chronology to be updated.',
  'Agreed to convene a professionals meeting before the next review.',
  'Risks reviewed; safety plan still appropriate.',
  'Case discussed; direct work with the child to continue.',
  'Agreed next steps for the plan and who will lead them.',
];

const OVERDUE_NOTES = [
  'Awaiting an interpreter',
  'Family moved temporarily',
  'Rescheduled at the family’s request',
];

const ORGANISATIONS: Record<string, readonly string[]> = {
  local_authority: ['Hearth Early Help Service'],
  school: ['St Mary’s Primary School', 'Northfield Academy', 'Riverside Primary', 'Kingsmead High School'],
  health: [
    'Health Visiting Service',
    'School Nursing Service',
    'Child and Adolescent Mental Health Services',
  ],
  voluntary: ['Family Action', 'Home-Start', 'Barnardo’s'],
  other: ['Housing Support Team', 'Youth Service'],
};

interface ChildRows {
  contacts: Map<object, number>;
  referrals: Map<Referral, number>;
  assessments: Map<object, number>;
  s47s: Map<object, number>;
  cpPlans: Map<CpPlan, number>;
  cinPlans: Map<CinPlan, number>;
}

/** The routine of one open plan at the as-at date: what is due next. */
interface OpenClock {
  rule: TimescaleRuleId;
  from: Day;
  sourceTable: SeedTable;
  sourceRow: number;
}

export class RecordWriter {
  private readonly adults: { child: Child; mother: boolean; familyName: string }[] = [];
  private readonly managers = new Map<number, Worker[]>();
  private readonly workerNames = new Map<number, string>();

  constructor(
    private readonly tables: Tables,
    private readonly workforce: Workforce,
    private readonly settings: RecordSettings,
  ) {
    for (const team of workforce.teams) this.managers.set(team.ref, team.managers);
    for (const worker of workforce.workers) this.workerNames.set(worker.ref, worker.name);
  }

  private get asAt(): Day {
    return this.settings.asAt;
  }

  /** When a record of an event on `day` was made: during the working day, sometimes a few days later. */
  private stamp(r: Random, day: Day): number {
    const lag = r.chance(0.2) ? r.int(1, 5) : 0;
    const recorded = Math.min(day + lag, this.asAt);
    const minutes = recorded === this.asAt ? r.int(0, 7 * 60) : r.int(8 * 60, 18 * 60);
    return recorded * 1440 + minutes;
  }

  /** The manager of a team on a day (who supervises its cases). */
  private managerOn(team: number, day: Day): number | null {
    const run = this.managers.get(team);
    if (!run) return null;
    for (const worker of run)
      if (worker.start <= day && (worker.leave === null || worker.leave > day)) return worker.ref;
    return null;
  }

  // -----------------------------------------------------------------------------------------------------
  // The workforce
  // -----------------------------------------------------------------------------------------------------

  writeWorkforce(from: Day): void {
    const { team, worker } = this.tables;
    const generatedTeams = this.workforce.teams.filter((t) => !t.existing).sort((a, b) => a.ref - b.ref);
    for (const t of generatedTeams) {
      const row = team.add(
        {
          name: t.name,
          team_type: t.type,
          parent_id: t.parent,
          caseload_target: t.type === 'service' ? null : String(t.target),
        },
        from * 1440 + 9 * 60,
      );
      if (row !== t.ref) throw new Error(`team ${t.name} written as row ${row}, not ${t.ref}`);
    }
    const generatedWorkers = this.workforce.workers.filter((w) => !w.existing).sort((a, b) => a.ref - b.ref);
    for (const w of generatedWorkers) {
      const row = worker.add(
        {
          name: w.name,
          swe_number: w.swe,
          job_title: w.jobTitle,
          team_id: w.team,
          fte: w.fte.toFixed(2),
          agency: w.agency,
          case_holding: w.caseHolding,
          start_date: w.start,
          leave_date: w.leave,
        },
        Math.min(Math.max(w.start, from), this.asAt) * 1440 + 9 * 60,
      );
      if (row !== w.ref) throw new Error(`worker ${w.name} written as row ${row}, not ${w.ref}`);
    }
  }

  // -----------------------------------------------------------------------------------------------------
  // A child
  // -----------------------------------------------------------------------------------------------------

  writeChild(child: Child, r: Random): void {
    const t = this.tables;
    const uasc = child.uascSince !== null;
    const given = uasc
      ? r.pick(child.sex === 'F' ? UASC_GIVEN_NAMES_F : UASC_GIVEN_NAMES_M)
      : r.pick(child.sex === 'F' ? GIVEN_NAMES_F : GIVEN_NAMES_M);
    const familyName = uasc ? r.pick(UASC_FAMILY_NAMES) : r.pick(FAMILY_NAMES);
    const n = child.person;
    const school = ageOn(child.dob, Math.min(this.asAt, birthday(child.dob, 18))) >= 5;
    const upn = !uasc && school && r.chance(0.96) ? upnFor(this.settings.laCode, n) : null;
    const row = t.person.add(
      {
        la_child_id: `C${String(n + 1).padStart(6, '0')}`,
        is_child: true,
        given_name: given,
        family_name: familyName,
        date_of_birth: child.dob,
        sex: child.sex,
        ethnicity: child.ethnicity,
        upn,
        upn_unknown: upn ? null : uasc ? 'UN2' : school ? 'UN5' : 'UN1',
        nhs_number: uasc ? null : nhsNumberFor(n),
        language: child.language,
        disabilities: `{${child.disabilities.join(',')}}`,
        uasc_since: child.uascSince,
        uasc_ceased: child.uascCeased,
        postcode: child.postcode,
        date_of_death: child.died,
      },
      this.stamp(r, child.first),
    );
    if (row !== n) throw new Error(`child ${child.key} written as person ${row}, not ${n}`);
    t.person_address.add(
      { person_id: n, postcode: child.postcode, start_date: child.uascSince ?? child.dob },
      this.stamp(r, child.first),
    );
    for (let p = 0; p < child.parents; p++) {
      this.adults.push({
        child,
        mother: p === 0,
        familyName: r.chance(0.7) ? familyName : r.pick(FAMILY_NAMES),
      });
    }
    if (uasc)
      t.person_warning.add(
        {
          person_id: n,
          category: 'interpreter',
          detail: `Needs an interpreter: ${child.language}`,
          start_date: child.uascSince,
        },
        this.stamp(r, child.uascSince!),
      );

    const rows: ChildRows = {
      contacts: new Map(),
      referrals: new Map(),
      assessments: new Map(),
      s47s: new Map(),
      cpPlans: new Map(),
      cinPlans: new Map(),
    };
    const clocks: OpenClock[] = [];
    const contacts = [...child.contacts].sort((a, b) => a.date - b.date);
    for (const c of contacts) {
      const contact = t.contact.add(
        {
          person_id: n,
          contact_date: c.date,
          contact_time: `${String(Math.floor(c.time / 60)).padStart(2, '0')}:${String(c.time % 60).padStart(2, '0')}`,
          source: c.source,
          contact_by: contactBy(r, c.source),
          concern: c.concern,
          decision: c.decision,
          decision_date: c.decisionDate,
        },
        this.stamp(r, c.date),
      );
      rows.contacts.set(c, contact);
      if (c.decision === null)
        clocks.push({
          rule: 'contact_screening_1wd',
          from: c.date,
          sourceTable: 'contact',
          sourceRow: contact,
        });
    }

    const supervisionSpans: { start: Day; end: Day | null; every: number }[] = [];
    for (const referral of child.referrals)
      this.writeReferral(child, referral, rows, clocks, supervisionSpans, r);
    this.writeEarlyHelp(child, rows, r);
    this.writeCareLeaver(child, clocks, supervisionSpans, r);
    this.writeMissing(child, clocks, r);
    this.writeSupervisions(child, supervisionSpans, clocks, r);
    for (const a of child.allocations)
      t.allocation.add(
        {
          person_id: n,
          team_id: a.team,
          worker_id: a.worker,
          start_date: a.start,
          end_date: a.end,
          change_reason: a.reason,
        },
        this.stamp(r, a.start),
      );
    this.writeTasks(child, clocks, r);
  }

  /** The worker allocated to the child on a day, if any. */
  private workerOn(child: Child, day: Day): number | null {
    for (const a of child.allocations) if (a.start <= day && (a.end === null || a.end > day)) return a.worker;
    return null;
  }

  private teamOn(child: Child, day: Day): number | null {
    for (const a of child.allocations) if (a.start <= day && (a.end === null || a.end > day)) return a.team;
    return null;
  }

  private writeReferral(
    child: Child,
    referral: Referral,
    rows: ChildRows,
    clocks: OpenClock[],
    supervisionSpans: { start: Day; end: Day | null; every: number }[],
    r: Random,
  ): void {
    const t = this.tables;
    const n = child.person;
    const referralRow = t.referral.add(
      {
        person_id: n,
        contact_id: rows.contacts.get(referral.contact) ?? null,
        referral_date: referral.date,
        source: referral.source,
        primary_need: referral.need,
        nfa: referral.nfa,
        closure_date: referral.closure,
        closure_reason: referral.closureReason,
      },
      this.stamp(r, referral.date),
    );
    rows.referrals.set(referral, referralRow);
    for (const a of referral.assessments) {
      const row = t.assessment.add(
        {
          person_id: n,
          referral_id: referralRow,
          start_date: a.start,
          child_seen_date: a.seen,
          authorised_date: a.authorised,
          factors: a.authorised !== null ? a.factors : '{}',
          outcome: a.outcome,
        },
        this.stamp(r, a.start),
      );
      rows.assessments.set(a, row);
      if (a.authorised === null)
        clocks.push({ rule: 'assessment_45wd', from: a.start, sourceTable: 'assessment', sourceRow: row });
    }
    for (const s of referral.strategies) {
      const discussion = t.strategy_discussion.add(
        { person_id: n, referral_id: referralRow, discussion_date: s.date, decision: s.decision },
        this.stamp(r, s.date),
      );
      if (!s.s47) continue;
      const s47 = t.s47_enquiry.add(
        {
          person_id: n,
          referral_id: referralRow,
          strategy_discussion_id: discussion,
          start_date: s.s47.start,
          end_date: s.s47.end,
          outcome: s.s47.outcome,
          icpc_required: s.s47.icpcRequired,
        },
        this.stamp(r, s.s47.start),
      );
      rows.s47s.set(s.s47, s47);
      const held = referral.conferences.some((c) => c.kind === 'initial' && c.s47 === s.s47);
      if (!held && (s.s47.outcome === null || s.s47.icpcRequired))
        clocks.push({
          rule: 'icpc_15wd_from_strategy',
          from: s.s47.start,
          sourceTable: 's47_enquiry',
          sourceRow: s47,
        });
    }
    for (const plan of referral.cpPlans) {
      const row = t.cp_plan.add(
        {
          person_id: n,
          referral_id: referralRow,
          start_date: plan.start,
          end_date: plan.end,
          initial_category: plan.initial,
          latest_category: plan.latest,
          previous_plans: plan.previous,
        },
        this.stamp(r, plan.start),
      );
      rows.cpPlans.set(plan, row);
    }
    const lastReviewRow = new Map<CpPlan, { row: number; date: Day }>();
    for (const c of referral.conferences) {
      const row = t.cp_conference.add(
        {
          person_id: n,
          referral_id: referralRow,
          kind: c.kind,
          conference_date: c.date,
          s47_id: c.s47 ? (rows.s47s.get(c.s47) ?? null) : null,
          cp_plan_id: c.plan ? (rows.cpPlans.get(c.plan) ?? null) : null,
          outcome: c.outcome,
        },
        this.stamp(r, c.date),
      );
      if (c.kind === 'review' && c.plan) lastReviewRow.set(c.plan, { row, date: c.date });
    }
    for (const plan of referral.cpPlans) {
      if (r.chance(0.08))
        t.person_warning.add(
          {
            person_id: n,
            category: 'risk_to_worker',
            detail: r.pick([
              'Adult in the household has been hostile to workers: visit in pairs',
              'Dog at the property: ask for it to be secured before visiting',
              'Known risk of violence from a parent’s partner',
            ]),
            start_date: plan.start,
            end_date: plan.end,
          },
          this.stamp(r, plan.start),
        );
      this.writeCpPlan(child, plan, rows.cpPlans.get(plan)!, lastReviewRow.get(plan), clocks, r);
      supervisionSpans.push({ start: plan.start, end: plan.end, every: 28 });
    }
    for (const plan of referral.cinPlans) {
      const assessment = plan.assessment ? (rows.assessments.get(plan.assessment) ?? null) : null;
      const row = t.cin_plan.add(
        {
          person_id: n,
          referral_id: referralRow,
          assessment_id: assessment,
          start_date: plan.start,
          end_date: plan.end,
        },
        this.stamp(r, plan.start),
      );
      rows.cinPlans.set(plan, row);
      this.writeCinPlan(child, plan, row, clocks, r);
      supervisionSpans.push({ start: plan.start, end: plan.end, every: 42 });
    }
    for (const plo of referral.preProceedings)
      t.pre_proceedings.add(
        {
          person_id: n,
          decision_date: plo.decision,
          letter_before_proceedings_date: plo.letter,
          end_date: plo.end,
          outcome: plo.outcome,
        },
        this.stamp(r, plo.decision),
      );
    for (const p of referral.proceedings)
      t.care_proceedings.add(
        { person_id: n, issued_date: p.issued, concluded_date: p.concluded, outcome: p.outcome },
        this.stamp(r, p.issued),
      );
    // A series of short breaks shares the permanence the child had before it; no review, visit or health
    // check is recorded for a break.
    const breaks = referral.shortBreaks;
    const before =
      breaks.length > 0
        ? this.previousPermanence(child, breaks[0]!.episodes[0]!.start, r.derive('prevperm-breaks'))
        : null;
    for (const period of breaks) this.writeEpisodes(child, period, before!, r);
    for (const period of referral.periods) {
      this.writePeriod(child, period, clocks, r);
      supervisionSpans.push({
        start: period.episodes[0]!.start,
        end: period.episodes.at(-1)!.end,
        every: 42,
      });
    }
  }

  // -----------------------------------------------------------------------------------------------------
  // Child protection and child in need plans
  // -----------------------------------------------------------------------------------------------------

  private writeCpPlan(
    child: Child,
    plan: CpPlan,
    row: number,
    lastReview: { row: number; date: Day } | undefined,
    clocks: OpenClock[],
    r: Random,
  ): void {
    const t = this.tables;
    const n = child.person;
    const until = plan.end ?? this.asAt + 1;
    // Core groups: the first within 10 working days, then every four to eight weeks.
    let meeting = addWorkingDays(plan.start, r.chance(0.85) ? r.int(3, 10) : r.int(11, 20));
    let meetings = 0;
    while (meeting < until && meeting <= this.asAt) {
      if (meeting >= this.settings.detailFrom)
        t.core_group.add({ person_id: n, cp_plan_id: row, meeting_date: meeting }, this.stamp(r, meeting));
      meetings++;
      meeting = workingDayFrom(meeting + r.int(28, 56));
    }
    // Visits: mostly within 10 working days of the last.
    let visit = plan.start;
    let lastSeen: { day: Day; row: number } | null = null;
    for (;;) {
      const gap = r.chance(P.cpVisitOnTime) ? r.int(5, 10) : r.int(11, 22);
      visit = addWorkingDays(visit, gap);
      if (visit >= until || visit > this.asAt) break;
      if (visit < this.settings.detailFrom) continue;
      const seen = r.chance(0.96);
      const v = this.visit(child, visit, 'cp', seen, r);
      if (seen) lastSeen = { day: visit, row: v };
    }
    if (plan.end !== null) return;
    if (meetings === 0)
      clocks.push({ rule: 'core_group_10wd', from: plan.start, sourceTable: 'cp_plan', sourceRow: row });
    clocks.push(
      lastReview
        ? {
            rule: 'cp_review_6m',
            from: lastReview.date,
            sourceTable: 'cp_conference',
            sourceRow: lastReview.row,
          }
        : { rule: 'cp_review_first_3m', from: plan.start, sourceTable: 'cp_plan', sourceRow: row },
    );
    clocks.push(
      lastSeen
        ? { rule: 'cp_visit', from: lastSeen.day, sourceTable: 'visit', sourceRow: lastSeen.row }
        : { rule: 'cp_visit', from: plan.start, sourceTable: 'cp_plan', sourceRow: row },
    );
    clocks.push({ rule: 'supervision_cp', from: plan.start, sourceTable: 'cp_plan', sourceRow: row });
  }

  private writeCinPlan(child: Child, plan: CinPlan, row: number, clocks: OpenClock[], r: Random): void {
    const t = this.tables;
    const n = child.person;
    const until = plan.end ?? this.asAt + 1;
    let review = plan.start + r.int(60, 100);
    while (review < until && review <= this.asAt) {
      const day = workingDayFrom(review);
      if (day >= until || day > this.asAt) break;
      if (day >= this.settings.detailFrom)
        t.cin_plan_review.add({ person_id: n, cin_plan_id: row, review_date: day }, this.stamp(r, day));
      review = day + r.int(80, 110);
    }
    let visit = plan.start;
    let lastSeen: { day: Day; row: number } | null = null;
    for (;;) {
      visit += r.chance(P.cinVisitOnTime) ? r.int(14, 28) : r.int(29, 50);
      if (visit >= until || visit > this.asAt) break;
      if (visit < this.settings.detailFrom) continue;
      const seen = r.chance(0.95);
      const v = this.visit(child, visit, 'cin', seen, r);
      if (seen) lastSeen = { day: visit, row: v };
    }
    if (plan.end !== null) return;
    clocks.push(
      lastSeen
        ? { rule: 'cin_visit', from: lastSeen.day, sourceTable: 'visit', sourceRow: lastSeen.row }
        : { rule: 'cin_visit', from: plan.start, sourceTable: 'cin_plan', sourceRow: row },
    );
    clocks.push({ rule: 'supervision_cin', from: plan.start, sourceTable: 'cin_plan', sourceRow: row });
  }

  private visit(child: Child, day: Day, kind: string, seen: boolean, r: Random): number {
    const alone = seen && ageOn(child.dob, day) >= 7 && r.chance(0.6);
    return this.tables.visit.add(
      {
        person_id: child.person,
        visit_date: day,
        kind,
        child_seen: seen,
        seen_alone: alone,
        worker_id: this.workerOn(child, day),
      },
      this.stamp(r, day),
    );
  }

  // -----------------------------------------------------------------------------------------------------
  // A period of care
  // -----------------------------------------------------------------------------------------------------

  /**
   * The annual outcomes (SSDA903 OC2) at each 31 March by which the child had been looked after for the
   * 12 months before and was still looked after at its end, in a period of care from `start` to `until`
   * (its end, or the day after the as-at date): conviction from 10, substance
   * misuse and its intervention, and why there is no SDQ score when none was done in the year.
   */
  private writeAnnualOutcomes(child: Child, start: Day, until: Day, sdqDays: Day[], r: Random): void {
    const O = ANNUAL_OUTCOMES;
    for (let year = yearOf(start) + 1; ; year++) {
      const yearEnd = dayFromParts(year, 3, 31);
      if (yearEnd >= until || yearEnd > this.asAt) break;
      const yearStart = dayFromParts(year - 1, 4, 1);
      if (start > yearStart || yearEnd < this.settings.detailFrom) continue;
      const age = ageOn(child.dob, yearEnd);
      const misuse = age >= 12 && r.chance(O.substanceMisuseFrom12);
      const received = misuse ? r.chance(O.interventionReceived) : null;
      const offered = received === false ? r.chance(O.interventionOfferedIfNotReceived) : null;
      const sdqDue = age >= 4 && ageOn(child.dob, yearStart) < 17;
      const scored = sdqDays.some((d) => d >= yearStart && d <= yearEnd);
      const sdqReason =
        !sdqDue || scored
          ? null
          : ageOn(child.dob, yearStart) < 4 || age >= 17
            ? 'SDQ1'
            : r.weighted(O.noSdqReasons);
      this.tables.cla_outcome.add(
        {
          person_id: child.person,
          year_end: yearEnd,
          convicted: age >= 10 ? r.chance(O.convictedFrom10) : null,
          substance_misuse: misuse,
          intervention_received: received,
          intervention_offered: offered,
          sdq_reason: sdqReason,
        },
        this.stamp(r, yearEnd + r.int(1, 20)),
      );
    }
  }

  /** The permanence the child had before a period of care starting on `start` (PrevPerm). */
  private previousPermanence(
    child: Child,
    start: Day,
    r: Random,
  ): {
    previous_permanence: string;
    previous_permanence_la: string | null;
    previous_permanence_date: Day | null;
  } {
    const P = PREVIOUS_PERMANENCE;
    const none = { previous_permanence: 'Z1', previous_permanence_la: null, previous_permanence_date: null };
    // An order takes time: only for children at least a year old, made from 6 months old to a month before.
    const from = child.dob + 180;
    const to = start - 30;
    if (to <= from) return none;
    const roll = r.next();
    let cumulative = 0;
    for (const [option, p] of P.options) {
      cumulative += p;
      if (roll >= cumulative) continue;
      const date = r.int(from, to);
      const residence = option === 'P4' && date <= dayOf('2014-04-21');
      return {
        previous_permanence: residence ? 'P3' : option,
        previous_permanence_la:
          r.chance(P.ownAuthority) && LA_CODES.has(this.settings.laCode)
            ? this.settings.laCode
            : P.otherAuthorities[r.int(0, P.otherAuthorities.length - 1)]!,
        previous_permanence_date: date,
      };
    }
    return none;
  }

  /** The episodes of a period of care, the first holding the permanence the child had before it. */
  private writeEpisodes(
    child: Child,
    period: PeriodOfCare,
    previous: ReturnType<RecordWriter['previousPermanence']>,
    r: Random,
  ): number[] {
    const t = this.tables;
    const n = child.person;
    const episodeRows: number[] = [];
    for (const e of period.episodes) {
      episodeRows.push(
        t.cla_episode.add(
          {
            person_id: n,
            start_date: e.start,
            rne: e.rne,
            legal_status: e.ls,
            category_of_need: period.categoryOfNeed,
            placement_type: e.place,
            placement_provider: e.provider,
            placement_postcode: e.postcode,
            home_postcode: period.homePostcode,
            urn: e.urn,
            reason_place_change: e.reasonChange,
            end_date: e.end,
            reason_end: e.rec,
            long_term_placement: e.longTerm,
            ...(e.rne === 'S' ? previous : {}),
          },
          this.stamp(r, e.start),
        ),
      );
    }
    return episodeRows;
  }

  private writePeriod(child: Child, period: PeriodOfCare, clocks: OpenClock[], r: Random): void {
    const t = this.tables;
    const n = child.person;
    const previous = this.previousPermanence(child, period.episodes[0]!.start, r.derive('prevperm'));
    const episodeRows = this.writeEpisodes(child, period, previous, r);
    const ordersRandom = r.derive('dolo');
    for (const order of period.dolos)
      t.deprivation_of_liberty.add(
        { person_id: n, start_date: order.start, end_date: order.end },
        this.stamp(ordersRandom, order.start),
      );
    const start = period.episodes[0]!.start;
    const end = period.episodes.at(-1)!.end;
    const until = end ?? this.asAt + 1;
    const isOpen = end === null;

    // Reviews: the first within 20 working days, the second within 3 months, then every 6 months.
    const reviews: { day: Day; row: number }[] = [];
    let due = addWorkingDays(start, 20);
    for (let i = 0; ; i++) {
      const onTime = r.chance(i === 0 ? 0.92 : 0.94);
      let day =
        i === 0
          ? onTime
            ? addWorkingDays(start, r.int(10, 20))
            : addWorkingDays(start, r.int(21, 35))
          : onTime
            ? workingDayFrom(due - r.int(0, 25))
            : workingDayFrom(due + r.int(1, 40));
      const previous = reviews.at(-1);
      if (previous && day <= previous.day) day = workingDayFrom(previous.day + 1);
      if (day >= until || day > this.asAt) break;
      const under4 = ageOn(child.dob, day) < 4;
      const participation = under4
        ? 'PN0'
        : r.weighted([
            ['PN1', 0.52],
            ['PN2', 0.05],
            ['PN3', 0.03],
            ['PN4', 0.04],
            ['PN5', 0.09],
            ['PN6', 0.17],
            ['PN7', 0.1],
          ]);
      reviews.push({
        day,
        row: t.cla_review.add({ person_id: n, review_date: day, participation }, this.stamp(r, day)),
      });
      due = addMonths(day, i === 0 ? 3 : 6);
    }

    // Visits: within a week of each new placement, then every six weeks (three months in a long-term
    // placement after its first year).
    const placements = period.episodes
      .map((e, i) => ({ e, row: episodeRows[i]! }))
      .filter(({ e }) => e.rne !== 'L');
    let lastSeen: { day: Day; row: number } | null = null;
    placements.forEach(({ e }, p) => {
      const placementEnd = placements[p + 1]?.e.start ?? until;
      let visit = e.start + (r.chance(0.9) ? r.int(1, 7) : r.int(8, 20));
      while (visit < placementEnd && visit <= this.asAt) {
        const seen = r.chance(0.97);
        if (visit >= this.settings.detailFrom) {
          const row = this.visit(child, visit, 'cla', seen, r);
          if (seen) lastSeen = { day: visit, row };
        }
        const episode = period.episodes.findLast((x) => x.start <= visit)!;
        const longTerm = episode.longTerm && visit - e.start > 365;
        visit += longTerm
          ? r.chance(0.9)
            ? r.int(50, 91)
            : r.int(92, 120)
          : r.chance(P.claVisitOnTime)
            ? r.int(21, 42)
            : r.int(43, 70);
      }
    });

    // Health: the initial assessment within 20 working days, then reviews; dental checks, immunisations
    // and, from 4, strengths and difficulties questionnaires, every year.
    let lastHealth: { day: Day; row: number; under5: boolean } | null = null;
    let iha = false;
    const ihaRoll = r.next();
    if (ihaRoll < 0.95) {
      let day = addWorkingDays(start, ihaRoll < 0.8 ? r.int(6, 20) : r.int(21, 45));
      while (day < until && day <= this.asAt) {
        const kind = iha ? 'review_health_assessment' : 'initial_health_assessment';
        const under5 = ageOn(child.dob, day) < 5;
        if (!iha || day >= this.settings.detailFrom) {
          const row = t.health_event.add({ person_id: n, kind, event_date: day }, this.stamp(r, day));
          lastHealth = { day, row, under5 };
        }
        iha = true;
        const months = under5 ? 6 : 12;
        const next = addMonths(day, months);
        day = r.chance(0.86) ? next - r.int(0, 30) : next + r.int(1, 60);
      }
    }
    const sdqDays: Day[] = [];
    for (let day = start + r.int(60, 150); day < until && day <= this.asAt; day += r.int(300, 400)) {
      if (day < this.settings.detailFrom) continue;
      const age = ageOn(child.dob, day);
      if (age >= 1 && r.chance(0.85))
        t.health_event.add({ person_id: n, kind: 'dental_check', event_date: day }, this.stamp(r, day));
      const jab = day + r.int(0, 30);
      if (jab < until && jab <= this.asAt && r.chance(0.9))
        t.health_event.add({ person_id: n, kind: 'immunisations', event_date: jab }, this.stamp(r, jab));
      const sdq = day + r.int(0, 45);
      if (age >= 4 && age <= 16 && sdq < until && sdq <= this.asAt && r.chance(0.8)) {
        sdqDays.push(sdq);
        const score = Math.max(0, Math.min(40, Math.round(r.normal(14, 6))));
        t.health_event.add(
          { person_id: n, kind: 'sdq', event_date: sdq, sdq_score: score },
          this.stamp(r, sdq),
        );
      }
    }

    this.writeAnnualOutcomes(child, start, until, sdqDays, r.derive(`outcomes-${start}`));

    if (period.permanence)
      t.permanence_plan.add(
        { person_id: n, plan_date: period.permanence.date, plan: period.permanence.plan },
        this.stamp(r, period.permanence.date),
      );
    const a = period.adoption;
    if (a)
      t.adoption.add(
        {
          person_id: n,
          decision_date: a.decision,
          placement_order_date: a.placementOrder,
          matched_date: a.matched,
          placed_date: a.placed,
          adoption_order_date: a.order,
          ceased_date: a.ceased,
          ceased_reason: a.ceasedReason,
          foster_care: a.fosterCare,
          number_of_adopters: a.adopters,
          sex_of_adopters: a.sexOfAdopters,
          legal_status_of_adopters: a.legalStatusOfAdopters,
        },
        this.stamp(r, a.decision),
      );

    if (!isOpen) return;
    const first = episodeRows[0]!;
    const review = reviews.at(-1);
    clocks.push(
      reviews.length === 0
        ? { rule: 'cla_review_first_20wd', from: start, sourceTable: 'cla_episode', sourceRow: first }
        : {
            rule: reviews.length === 1 ? 'cla_review_second_3m' : 'cla_review_6m',
            from: review!.day,
            sourceTable: 'cla_review',
            sourceRow: review!.row,
          },
    );
    const placement = placements.at(-1)!;
    const seen = lastSeen as { day: Day; row: number } | null;
    if (seen && seen.day >= placement.e.start) {
      const current = period.episodes.at(-1)!;
      clocks.push({
        rule: current.longTerm ? 'cla_visit_long_term_3m' : 'cla_visit_6w',
        from: seen.day,
        sourceTable: 'visit',
        sourceRow: seen.row,
      });
    } else {
      clocks.push({
        rule: 'cla_visit_first_1w',
        from: placement.e.start,
        sourceTable: 'cla_episode',
        sourceRow: placement.row,
      });
    }
    if (!iha)
      clocks.push({ rule: 'cla_iha_20wd', from: start, sourceTable: 'cla_episode', sourceRow: first });
    const health = lastHealth as { day: Day; row: number; under5: boolean } | null;
    if (health)
      clocks.push({
        rule: health.under5 ? 'cla_health_6m_under5' : 'cla_health_12m',
        from: health.day,
        sourceTable: 'health_event',
        sourceRow: health.row,
      });
    clocks.push({ rule: 'supervision_cla', from: start, sourceTable: 'cla_episode', sourceRow: first });
  }

  // -----------------------------------------------------------------------------------------------------
  // Early help, leaving care, missing episodes
  // -----------------------------------------------------------------------------------------------------

  private writeEarlyHelp(child: Child, rows: ChildRows, r: Random): void {
    const t = this.tables;
    const n = child.person;
    for (const e of child.earlyHelp) {
      const lead = this.leadProfessional(child, e, r);
      const row = t.early_help_episode.add(
        {
          person_id: n,
          start_date: e.start,
          reason: e.reason,
          lead_professional: lead,
          lead_agency: e.agency,
          stepped_down_from_referral_id: e.steppedDownFrom
            ? (rows.referrals.get(e.steppedDownFrom) ?? null)
            : null,
          end_date: e.end,
          end_reason: e.endReason,
        },
        this.stamp(r, e.start),
      );
      if (e.assessment)
        t.early_help_assessment.add(
          {
            person_id: n,
            early_help_episode_id: row,
            start_date: e.assessment.start,
            completed_date: e.assessment.completed,
            organisation: r.pick(ORGANISATIONS[e.agency] ?? ORGANISATIONS.other!),
          },
          this.stamp(r, e.assessment.start),
        );
    }
  }

  private leadProfessional(child: Child, e: EarlyHelp, r: Random): string {
    if (e.agency === 'local_authority') {
      const worker = this.workerOn(child, e.start);
      if (worker !== null) return `${this.workerName(worker)}, family practitioner`;
    }
    const roles: Record<string, string> = {
      school: 'designated safeguarding lead',
      health: 'health visitor',
      voluntary: 'family support worker',
      other: 'youth worker',
      local_authority: 'family practitioner',
    };
    const name = `${r.pick(GIVEN_NAMES_F)} ${r.pick(FAMILY_NAMES)}`;
    return `${name}, ${roles[e.agency] ?? 'lead professional'}`;
  }

  private workerName(ref: number): string {
    return this.workerNames.get(ref) ?? 'Allocated worker';
  }

  private writeCareLeaver(
    child: Child,
    clocks: OpenClock[],
    supervisionSpans: { start: Day; end: Day | null; every: number }[],
    r: Random,
  ): void {
    const t = this.tables;
    const n = child.person;
    for (const status of child.careLeaver) {
      const worker = this.workerOn(child, status.start);
      const row = t.care_leaver.add(
        {
          person_id: n,
          eligibility: status.eligibility,
          start_date: status.start,
          end_date: status.end,
          personal_adviser: worker !== null ? this.workerName(worker) : null,
          pathway_plan_date: status.pathwayPlan,
          staying_put: status.stayingPut,
        },
        this.stamp(r, status.start),
      );
      if (status.eligibility === 'eligible') continue;
      supervisionSpans.push({ start: status.start, end: status.end, every: 56 });
      if (status.end === null)
        clocks.push({
          rule: 'supervision_care_leaver',
          from: status.start,
          sourceTable: 'care_leaver',
          sourceRow: row,
        });
      const until = status.end ?? this.asAt + 1;
      for (let day = status.start + r.int(7, 40); day < until && day <= this.asAt; day += r.int(45, 75)) {
        if (day < this.settings.detailFrom) continue;
        const adult = ageOn(child.dob, day) >= 18;
        const inTouch = r.weighted([
          ['YES', 0.88],
          ['NO', 0.06],
          ['REFU', 0.03],
          ['NREQ', adult ? 0.02 : 0],
          ['RHOM', 0.01],
        ]);
        let accommodation: string | null = null;
        let activity: string | null = null;
        if (inTouch === 'YES') {
          accommodation = status.stayingPut && adult ? 'Z1' : careLeaverAccommodation(r, adult);
          activity = r.weighted([
            ['F2', 0.25],
            ['P2', 0.05],
            ['F1', 0.07],
            ['F4', 0.05],
            ['F5', 0.15],
            ['P5', 0.05],
            ['G5', 0.25],
            ['G4', 0.08],
            ['G6', 0.05],
          ]);
        } else if (inTouch !== 'RHOM') {
          accommodation = '0';
          activity = '0';
        }
        t.care_leaver_contact.add(
          { person_id: n, contact_date: day, in_touch: inTouch, accommodation, activity },
          this.stamp(r, day),
        );
      }
    }
  }

  private writeMissing(child: Child, clocks: OpenClock[], r: Random): void {
    const t = this.tables;
    for (const m of child.missing) {
      const row = t.missing_episode.add(
        {
          person_id: child.person,
          kind: m.kind,
          start_date: m.start,
          end_date: m.end,
          return_interview_offered_date: m.offered,
          return_interview_accepted: m.accepted,
        },
        this.stamp(r, m.start),
      );
      if (m.end !== null && m.offered === null && m.end >= this.asAt - 14)
        clocks.push({
          rule: 'return_interview_72h',
          from: m.end,
          sourceTable: 'missing_episode',
          sourceRow: row,
        });
    }
  }

  /** Case supervisions through each plan, period of care and care leaver status, by the team's manager. */
  private writeSupervisions(
    child: Child,
    spans: { start: Day; end: Day | null; every: number }[],
    clocks: OpenClock[],
    r: Random,
  ): void {
    const t = this.tables;
    spans.sort((a, b) => a.start - b.start);
    let last: { day: Day; row: number } | null = null;
    for (const span of spans) {
      const until = span.end ?? this.asAt + 1;
      let day = span.start;
      for (;;) {
        day += r.chance(P.supervisionOnTime)
          ? r.int(Math.round(span.every * 0.6), span.every)
          : r.int(span.every + 1, span.every * 2);
        if (day >= until || day > this.asAt) break;
        if ((last && day <= last.day) || day < this.settings.detailFrom) continue;
        const team = this.teamOn(child, day);
        const row = t.case_supervision.add(
          {
            person_id: child.person,
            supervision_date: day,
            supervisor_worker_id: team !== null ? this.managerOn(team, day) : null,
            decisions: r.pick(SUPERVISION_NOTES),
          },
          this.stamp(r, day),
        );
        last = { day, row };
      }
    }
    // The open supervision clock runs from the latest supervision, when there is one since it started.
    for (const clock of clocks) {
      if (!clock.rule.startsWith('supervision_')) continue;
      if (last && last.day >= clock.from) {
        clock.from = last.day;
        clock.sourceTable = 'case_supervision';
        clock.sourceRow = last.row;
      }
    }
  }

  // -----------------------------------------------------------------------------------------------------
  // Open tasks
  // -----------------------------------------------------------------------------------------------------

  private writeTasks(child: Child, clocks: OpenClock[], r: Random): void {
    const t = this.tables;
    // One supervision clock at a time: the most frequent that applies.
    const order = ['supervision_cp', 'supervision_cla', 'supervision_cin', 'supervision_care_leaver'];
    const supervision = clocks
      .filter((c) => c.rule.startsWith('supervision_'))
      .sort((a, b) => order.indexOf(a.rule) - order.indexOf(b.rule))[0];
    for (const clock of clocks) {
      if (clock.rule.startsWith('supervision_') && clock !== supervision) continue;
      const due = dayOf(dueDate(clock.rule, isoOf(clock.from), this.settings.policy));
      const overdue = due < this.asAt;
      const reason = overdue && r.chance(0.55) ? r.weighted(OVERDUE_REASONS) : null;
      t.task.add(
        {
          person_id: child.person,
          rule_id: clock.rule,
          title: TIMESCALE_RULES[clock.rule].description,
          from_date: clock.from,
          due_date: due,
          source_type: clock.sourceTable,
          source_id: anyRef(clock.sourceTable, clock.sourceRow),
          overdue_reason: reason,
          overdue_note: reason === 'other' ? r.pick(OVERDUE_NOTES) : null,
        },
        this.stamp(r, clock.from),
      );
    }
  }

  /** Parents, after all the children (their rows follow the children's in the person table). */
  writeAdults(random: Random): void {
    const t = this.tables;
    this.adults.forEach(({ child, mother, familyName }, i) => {
      const r = random;
      const dob = Math.round(child.dob - (mother ? r.int(17, 40) : r.int(19, 46)) * 365.25);
      const row = t.person.add(
        {
          la_child_id: `A${String(i + 1).padStart(6, '0')}`,
          is_child: false,
          given_name: r.pick(mother ? GIVEN_NAMES_F : GIVEN_NAMES_M),
          family_name: familyName,
          date_of_birth: dob,
          sex: mother ? 'F' : 'M',
          ethnicity: child.ethnicity,
          language: child.language,
          disabilities: '{}',
          postcode: child.postcode,
        },
        this.stamp(r, child.first),
      );
      t.relationship.add(
        {
          person_id: child.person,
          related_person_id: row,
          relationship: mother ? 'mother' : 'father',
          parental_responsibility: mother || r.chance(0.75),
          start_date: child.dob,
        },
        this.stamp(r, child.first),
      );
    });
  }
}

function contactBy(r: Random, source: string): string {
  switch (source) {
    case '6':
      return `PC ${r.int(1000, 9999)}, police`;
    case '2A':
      return 'Designated safeguarding lead, school';
    case '3B':
      return 'Health visitor';
    case '3E':
      return 'Emergency department nurse';
    case '5D':
      return 'Early help practitioner';
    case '1A':
      return 'Family member';
    case '9':
      return 'Anonymous';
    default:
      return 'Professional';
  }
}

function careLeaverAccommodation(r: Random, adult: boolean): string {
  return r.weighted([
    ['D1', 0.27],
    ['U1', adult ? 0.25 : 0.05],
    ['E1', 0.08],
    ['B1', 0.12],
    ['K1', 0.04],
    ['C1', 0.04],
    ['T1', adult ? 0.05 : 0],
    ['D2', 0.015],
    ['U2', adult ? 0.015 : 0],
    ['S2', 0.01],
    ['V2', 0.01],
    ['W2', 0.005],
    ['X2', 0.005],
  ]);
}
