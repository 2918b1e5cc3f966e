import { sql } from 'kysely';
import type { Trx } from '../db/database.ts';
import type { LocalTimescalePolicy } from '../domain/timescales.ts';
import { loadLocalPolicy } from '../casework/clocks.ts';
import { fromDayNumber } from '../domain/dates.ts';

/**
 * The compact journey model every indicator computes from: for each child, only the dates and codes the
 * catalogue needs, read from the record in one pass per table. Voided records are left out.
 */
export interface ChildJourney {
  id: string;
  laChildId: string;
  dateOfBirth: string | null;
  uascSince: string | null;
  uascCeased: string | null;
  contacts: { id: string; date: string; decision: string | null }[];
  referrals: {
    id: string;
    date: string;
    nfa: boolean;
    closed: string | null;
    closureReason: string | null;
  }[];
  assessments: {
    id: string;
    referralId: string;
    start: string;
    authorised: string | null;
    outcome: string | null;
  }[];
  s47s: { id: string; start: string; end: string | null; icpcRequired: boolean | null }[];
  conferences: {
    id: string;
    kind: 'initial' | 'review';
    date: string;
    s47Id: string | null;
    planId: string | null;
    outcome: string;
  }[];
  /** previousPlans: plans before this one, as recorded (CIN census NumberOfPreviousCPP, kept on migration). */
  cpPlans: { id: string; start: string; end: string | null; previousPlans?: number }[];
  cinPlans: { id: string; start: string; end: string | null }[];
  episodes: {
    id: string;
    start: string;
    end: string | null;
    rne: string;
    legalStatus: string;
    placement: string;
    provider: string | null;
    reasonEnd: string | null;
    longTerm: boolean;
  }[];
  claReviews: { id: string; date: string }[];
  /** Visits and supervisions are not listed as records by any indicator, so their ids are not loaded. */
  visits: { id?: string; date: string; kind: string; seen: boolean; seenAlone: boolean }[];
  health: { id: string; kind: string; date: string }[];
  missing: { id: string; kind: string; start: string; end: string | null; offered: string | null }[];
  permanencePlans: { id: string; date: string }[];
  careLeaver: { id: string; eligibility: string; start: string; end: string | null }[];
  careLeaverContacts: {
    id: string;
    date: string;
    inTouch: string;
    accommodation: string | null;
    activity: string | null;
  }[];
  earlyHelp: {
    id: string;
    start: string;
    end: string | null;
    endReason: string | null;
    leadAgency: string;
  }[];
  earlyHelpAssessments: { id: string; start: string; completed: string | null }[];
  supervisions: { id?: string; date: string }[];
  allocations: { id: string; teamId: string; workerId: string | null; start: string; end: string | null }[];
  careProceedings: { id: string; issued: string }[];
  tasks: {
    id: string;
    ruleId: string;
    due: string;
    completed: string | null;
    cancelled: string | null;
    overdueReason: string | null;
  }[];
}

export interface TeamInfo {
  id: string;
  name: string;
  type: string;
  target: number | null;
}

export interface WorkerInfo {
  id: string;
  name: string;
  teamId: string;
  fte: number;
  caseHolding: boolean;
  start: string;
  leave: string | null;
}

export interface JourneyModel {
  laCode: string;
  children: ChildJourney[];
  byId: Map<string, ChildJourney>;
  teams: Map<string, TeamInfo>;
  workers: Map<string, WorkerInfo>;
  /** Mid-year 0-17 population by calendar year. */
  population: Map<number, number>;
  policy: LocalTimescalePolicy;
  /** Visit every child rather than the candidates an index finds (candidates.ts): for the agreement test. */
  exhaustive?: boolean;
}

type Rows = Record<string, unknown>[];

/** A date column read as its day number, for `date()` below. */
const d = (column: string) => `${column} - DATE '1970-01-01' AS ${column}`;

async function rows(trx: Trx, query: string): Promise<Rows> {
  return (await sql.raw<Record<string, unknown>>(query).execute(trx)).rows;
}

const s = (v: unknown) => v as string;
const n = (v: unknown) => (v === null ? null : (v as string));

/**
 * Dates arrive as day numbers (`date - DATE '1970-01-01'`) and become the one string `fromDayNumber` keeps per
 * day, so the model holds a few thousand date strings rather than one per record: it loads faster and weighs
 * less.
 */
const date = (v: unknown) => fromDayNumber(v as number);
const dateOrNull = (v: unknown) => (v === null ? null : date(v));

/** Codes and team or worker ids repeat across records: one shared string each. */
const CODES = new Map<string, string>();
function code(v: unknown): string {
  const value = v as string;
  const known = CODES.get(value);
  if (known !== undefined) return known;
  CODES.set(value, value);
  return value;
}
const codeOrNull = (v: unknown) => (v === null ? null : code(v));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Reads the journey model of the transaction's authority: every child, or only the children named in `only`
 * (for `withChildrenReread`).
 */
export async function loadJourneyModel(
  trx: Trx,
  laCode: string,
  only?: readonly string[],
): Promise<JourneyModel> {
  const ids = only?.map((id) => {
    if (!UUID.test(id)) throw new Error(`not a person id: ${JSON.stringify(id)}`);
    return `'${id}'`;
  });
  const among = (column: string) => (ids ? ` AND ${column} IN (${ids.join(', ') || 'NULL'})` : '');
  const live = `WHERE voided_at IS NULL${among('person_id')}`;
  const [
    people,
    contacts,
    referrals,
    assessments,
    s47s,
    conferences,
    cpPlans,
    cinPlans,
    episodes,
    claReviews,
    visits,
  ] = await Promise.all([
    rows(
      trx,
      `SELECT id, la_child_id, ${d('date_of_birth')}, ${d('uasc_since')}, ${d('uasc_ceased')} FROM person WHERE voided_at IS NULL AND is_child${among('id')}`,
    ),
    rows(trx, `SELECT id, person_id, ${d('contact_date')}, decision FROM contact ${live}`),
    rows(
      trx,
      `SELECT id, person_id, ${d('referral_date')}, nfa, ${d('closure_date')}, closure_reason FROM referral ${live}`,
    ),
    rows(
      trx,
      `SELECT id, person_id, referral_id, ${d('start_date')}, ${d('authorised_date')}, outcome FROM assessment ${live}`,
    ),
    rows(
      trx,
      `SELECT id, person_id, ${d('start_date')}, ${d('end_date')}, icpc_required FROM s47_enquiry ${live}`,
    ),
    rows(
      trx,
      `SELECT id, person_id, kind, ${d('conference_date')}, s47_id, cp_plan_id, outcome FROM cp_conference ${live}`,
    ),
    rows(
      trx,
      `SELECT id, person_id, ${d('start_date')}, ${d('end_date')}, previous_plans FROM cp_plan ${live}`,
    ),
    rows(trx, `SELECT id, person_id, ${d('start_date')}, ${d('end_date')} FROM cin_plan ${live}`),
    rows(
      trx,
      `SELECT id, person_id, ${d('start_date')}, ${d('end_date')}, rne, legal_status, placement_type, placement_provider,
        reason_end, long_term_placement FROM cla_episode ${live}`,
    ),
    rows(trx, `SELECT id, person_id, ${d('review_date')} FROM cla_review ${live}`),
    rows(trx, `SELECT person_id, ${d('visit_date')}, kind, child_seen, seen_alone FROM visit ${live}`),
  ]);
  const [
    health,
    missing,
    permanence,
    careLeaver,
    clContacts,
    earlyHelp,
    ehAssessments,
    supervisions,
    allocations,
    proceedings,
    tasks,
  ] = await Promise.all([
    rows(trx, `SELECT id, person_id, kind, ${d('event_date')} FROM health_event ${live}`),
    rows(
      trx,
      `SELECT id, person_id, kind, ${d('start_date')}, ${d('end_date')}, ${d('return_interview_offered_date')} FROM missing_episode ${live}`,
    ),
    rows(trx, `SELECT id, person_id, ${d('plan_date')} FROM permanence_plan ${live}`),
    rows(
      trx,
      `SELECT id, person_id, eligibility, ${d('start_date')}, ${d('end_date')} FROM care_leaver ${live}`,
    ),
    rows(
      trx,
      `SELECT id, person_id, ${d('contact_date')}, in_touch, accommodation, activity FROM care_leaver_contact ${live}`,
    ),
    rows(
      trx,
      `SELECT id, person_id, ${d('start_date')}, ${d('end_date')}, end_reason, lead_agency FROM early_help_episode ${live}`,
    ),
    rows(
      trx,
      `SELECT id, person_id, ${d('start_date')}, ${d('completed_date')} FROM early_help_assessment ${live}`,
    ),
    rows(trx, `SELECT person_id, ${d('supervision_date')} FROM case_supervision ${live}`),
    rows(
      trx,
      `SELECT id, person_id, team_id, worker_id, ${d('start_date')}, ${d('end_date')} FROM allocation ${live}`,
    ),
    rows(trx, `SELECT id, person_id, ${d('issued_date')} FROM care_proceedings ${live}`),
    rows(
      trx,
      `SELECT id, person_id, rule_id, ${d('due_date')}, ${d('completed_date')}, ${d('cancelled_date')}, overdue_reason FROM task ${live}`,
    ),
  ]);
  const [teams, workers, population] = await Promise.all([
    rows(trx, `SELECT id, name, team_type, caseload_target FROM team WHERE voided_at IS NULL`),
    rows(
      trx,
      `SELECT id, name, team_id, fte, case_holding, ${d('start_date')}, ${d('leave_date')} FROM worker WHERE voided_at IS NULL`,
    ),
    rows(trx, `SELECT year, population FROM authority_population`),
  ]);

  const children: ChildJourney[] = people
    .map((p) => ({
      id: s(p.id),
      laChildId: s(p.la_child_id),
      dateOfBirth: dateOrNull(p.date_of_birth),
      uascSince: dateOrNull(p.uasc_since),
      uascCeased: dateOrNull(p.uasc_ceased),
      contacts: [],
      referrals: [],
      assessments: [],
      s47s: [],
      conferences: [],
      cpPlans: [],
      cinPlans: [],
      episodes: [],
      claReviews: [],
      visits: [],
      health: [],
      missing: [],
      permanencePlans: [],
      careLeaver: [],
      careLeaverContacts: [],
      earlyHelp: [],
      earlyHelpAssessments: [],
      supervisions: [],
      allocations: [],
      careProceedings: [],
      tasks: [],
    }))
    .sort((a, b) => (a.laChildId < b.laChildId ? -1 : a.laChildId > b.laChildId ? 1 : 0));
  const byId = new Map(children.map((c) => [c.id, c]));

  type ListKey = {
    [K in keyof ChildJourney]: ChildJourney[K] extends unknown[] ? K : never;
  }[keyof ChildJourney];
  function fill(list: Rows, key: ListKey, map: (r: Record<string, unknown>) => unknown, by: string) {
    for (const r of list) {
      const child = byId.get(s(r.person_id));
      if (child) (child[key] as unknown[]).push(map(r));
    }
    const order = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      String(a[by]) < String(b[by]) ? -1 : String(a[by]) > String(b[by]) ? 1 : 0;
    for (const child of children) {
      const list = child[key] as Record<string, unknown>[];
      if (list.length > 1) list.sort(order);
    }
  }

  fill(
    contacts,
    'contacts',
    (r) => ({ id: s(r.id), date: date(r.contact_date), decision: codeOrNull(r.decision) }),
    'date',
  );
  fill(
    referrals,
    'referrals',
    (r) => ({
      id: s(r.id),
      date: date(r.referral_date),
      nfa: Boolean(r.nfa),
      closed: dateOrNull(r.closure_date),
      closureReason: n(r.closure_reason),
    }),
    'date',
  );
  fill(
    assessments,
    'assessments',
    (r) => ({
      id: s(r.id),
      referralId: s(r.referral_id),
      start: date(r.start_date),
      authorised: dateOrNull(r.authorised_date),
      outcome: codeOrNull(r.outcome),
    }),
    'start',
  );
  fill(
    s47s,
    's47s',
    (r) => ({
      id: s(r.id),
      start: date(r.start_date),
      end: dateOrNull(r.end_date),
      icpcRequired: r.icpc_required as boolean | null,
    }),
    'start',
  );
  fill(
    conferences,
    'conferences',
    (r) => ({
      id: s(r.id),
      kind: r.kind as 'initial' | 'review',
      date: date(r.conference_date),
      s47Id: n(r.s47_id),
      planId: n(r.cp_plan_id),
      outcome: s(r.outcome),
    }),
    'date',
  );
  fill(
    cpPlans,
    'cpPlans',
    (r) => ({
      id: s(r.id),
      start: date(r.start_date),
      end: dateOrNull(r.end_date),
      previousPlans: Number(r.previous_plans),
    }),
    'start',
  );
  fill(
    cinPlans,
    'cinPlans',
    (r) => ({ id: s(r.id), start: date(r.start_date), end: dateOrNull(r.end_date) }),
    'start',
  );
  fill(
    episodes,
    'episodes',
    (r) => ({
      id: s(r.id),
      start: date(r.start_date),
      end: dateOrNull(r.end_date),
      rne: s(r.rne),
      legalStatus: s(r.legal_status),
      placement: s(r.placement_type),
      provider: n(r.placement_provider),
      reasonEnd: n(r.reason_end),
      longTerm: Boolean(r.long_term_placement),
    }),
    'start',
  );
  fill(claReviews, 'claReviews', (r) => ({ id: s(r.id), date: date(r.review_date) }), 'date');
  fill(
    visits,
    'visits',
    (r) => ({
      date: date(r.visit_date),
      kind: code(r.kind),
      seen: Boolean(r.child_seen),
      seenAlone: Boolean(r.seen_alone),
    }),
    'date',
  );
  fill(health, 'health', (r) => ({ id: s(r.id), kind: code(r.kind), date: date(r.event_date) }), 'date');
  fill(
    missing,
    'missing',
    (r) => ({
      id: s(r.id),
      kind: s(r.kind),
      start: date(r.start_date),
      end: dateOrNull(r.end_date),
      offered: dateOrNull(r.return_interview_offered_date),
    }),
    'start',
  );
  fill(permanence, 'permanencePlans', (r) => ({ id: s(r.id), date: date(r.plan_date) }), 'date');
  fill(
    careLeaver,
    'careLeaver',
    (r) => ({
      id: s(r.id),
      eligibility: s(r.eligibility),
      start: date(r.start_date),
      end: dateOrNull(r.end_date),
    }),
    'start',
  );
  fill(
    clContacts,
    'careLeaverContacts',
    (r) => ({
      id: s(r.id),
      date: date(r.contact_date),
      inTouch: s(r.in_touch),
      accommodation: n(r.accommodation),
      activity: n(r.activity),
    }),
    'date',
  );
  fill(
    earlyHelp,
    'earlyHelp',
    (r) => ({
      id: s(r.id),
      start: date(r.start_date),
      end: dateOrNull(r.end_date),
      endReason: n(r.end_reason),
      leadAgency: s(r.lead_agency),
    }),
    'start',
  );
  fill(
    ehAssessments,
    'earlyHelpAssessments',
    (r) => ({ id: s(r.id), start: date(r.start_date), completed: dateOrNull(r.completed_date) }),
    'start',
  );
  fill(supervisions, 'supervisions', (r) => ({ date: date(r.supervision_date) }), 'date');
  fill(
    allocations,
    'allocations',
    (r) => ({
      id: s(r.id),
      teamId: code(r.team_id),
      workerId: codeOrNull(r.worker_id),
      start: date(r.start_date),
      end: dateOrNull(r.end_date),
    }),
    'start',
  );
  fill(proceedings, 'careProceedings', (r) => ({ id: s(r.id), issued: date(r.issued_date) }), 'issued');
  fill(
    tasks,
    'tasks',
    (r) => ({
      id: s(r.id),
      ruleId: code(r.rule_id),
      due: date(r.due_date),
      completed: dateOrNull(r.completed_date),
      cancelled: dateOrNull(r.cancelled_date),
      overdueReason: n(r.overdue_reason),
    }),
    'due',
  );

  return {
    laCode,
    children,
    byId,
    teams: new Map(
      teams.map((t) => [
        s(t.id),
        {
          id: s(t.id),
          name: s(t.name),
          type: s(t.team_type),
          target: t.caseload_target === null ? null : Number(t.caseload_target),
        },
      ]),
    ),
    workers: new Map(
      workers.map((w) => [
        s(w.id),
        {
          id: s(w.id),
          name: s(w.name),
          teamId: s(w.team_id),
          fte: Number(w.fte),
          caseHolding: Boolean(w.case_holding),
          start: date(w.start_date),
          leave: dateOrNull(w.leave_date),
        },
      ]),
    ),
    population: new Map(population.map((p) => [Number(p.year), Number(p.population)])),
    policy: await loadLocalPolicy(trx),
  };
}

/**
 * The model with these children read again from the record (changed, added or gone), every other child
 * shared with the model given, and the organisation, population and policy read afresh: what a recorded
 * change needs, at the cost of one child rather than the authority.
 */
export async function withChildrenReread(
  trx: Trx,
  model: JourneyModel,
  personIds: readonly string[],
): Promise<JourneyModel> {
  const fresh = await loadJourneyModel(trx, model.laCode, personIds);
  const reread = new Set(personIds);
  const children = model.children.filter((c) => !reread.has(c.id));
  for (const child of fresh.children) {
    let low = 0;
    let high = children.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (children[middle]!.laChildId < child.laChildId) low = middle + 1;
      else high = middle;
    }
    children.splice(low, 0, child);
  }
  return { ...fresh, children, byId: new Map(children.map((c) => [c.id, c])) };
}

/**
 * The model with only these of its children (those it holds), and the same organisation, population and policy:
 * what a recorded change's children counted, for the figures that move by their difference (engine.ts).
 */
export function withOnlyChildren(model: JourneyModel, personIds: ReadonlySet<string>): JourneyModel {
  const children = [...personIds].flatMap((id) => model.byId.get(id) ?? []);
  return { ...model, children, byId: new Map(children.map((c) => [c.id, c])) };
}
