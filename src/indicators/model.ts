import { sql } from 'kysely';
import type { Trx } from '../db/database.ts';
import type { LocalTimescalePolicy } from '../domain/timescales.ts';
import { loadLocalPolicy } from '../casework/clocks.ts';
import { fromDayNumber } from '../domain/dates.ts';
import { ByUuid, copyRows, type CopyRow } from './copy-rows.ts';

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
  /**
   * The dates, ascending, on which the child was seen on a CP, CIN or CLA visit, by its kind: all the catalogue
   * asks of visits. A large authority has millions of visits, so they are held as shared date strings, not
   * records, and visits where the child was not seen, or of other kinds, are not read.
   */
  seenVisits: SeenVisits;
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
  /** The dates of the child's case supervisions, ascending (dates only, as for visits). */
  supervisions: readonly string[];
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

/** The kinds of visit the catalogue reads. */
export const VISIT_KINDS = ['cp', 'cin', 'cla'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export type SeenVisits = { readonly [K in VisitKind]: readonly string[] };

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
const date = (v: unknown) => fromDayNumber(v as number);
const dateOrNull = (v: unknown) => (v === null ? null : date(v));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The child's lists of records (each record an object with its dates and codes). */
type ListKey = {
  [K in keyof ChildJourney]: ChildJourney[K] extends object[] ? K : never;
}[keyof ChildJourney];

/** Each list of a child's records in the order of this field (its records' date). */
const ORDER: { [K in ListKey]: keyof ChildJourney[K][number] } = {
  contacts: 'date',
  referrals: 'date',
  assessments: 'start',
  s47s: 'start',
  conferences: 'date',
  cpPlans: 'start',
  cinPlans: 'start',
  episodes: 'start',
  claReviews: 'date',
  health: 'date',
  missing: 'start',
  permanencePlans: 'date',
  careLeaver: 'start',
  careLeaverContacts: 'date',
  earlyHelp: 'start',
  earlyHelpAssessments: 'start',
  allocations: 'start',
  careProceedings: 'issued',
  tasks: 'due',
};

/**
 * Every list a child has no records in: one frozen empty array, not a new one each (232,228 children with 21
 * lists each would otherwise be 4.9 million arrays for the garbage collector to move and mark). The model is
 * never changed in place; were anything to try, it would fail here rather than change every child.
 */
const NONE = Object.freeze([]) as unknown as never[];
/** The seen visits of a child seen on none: one frozen object. */
const NO_VISITS: SeenVisits = Object.freeze({ cp: NONE, cin: NONE, cla: NONE });

/** Dates sorted in place unless they already are (records mostly come in date order). */
function ascending(dates: string[]): string[] {
  for (let i = 1; i < dates.length; i++) if (dates[i]! < dates[i - 1]!) return dates.sort();
  return dates;
}

/**
 * Reads the journey model of the transaction's authority: every child, or only the children named in `only`
 * (for `withChildrenReread`). The children and their records are read with binary COPY (copy-rows.ts), dates
 * becoming the one string `fromDayNumber` keeps per day and codes one shared string each, so the model holds
 * a few thousand such strings rather than one per record.
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

  const children: ChildJourney[] = [];
  /** Each child by the bytes of its id, to attach records to without making their text. */
  const byUuid = new ByUuid<ChildJourney>();
  await copyRows(
    trx,
    `SELECT id, la_child_id, date_of_birth, uasc_since, uasc_ceased FROM person
      WHERE voided_at IS NULL AND is_child${among('id')}`,
    (r) => {
      const child: ChildJourney = {
        id: r.uuid(0),
        laChildId: r.text(1),
        dateOfBirth: r.dateOrNull(2),
        uascSince: r.dateOrNull(3),
        uascCeased: r.dateOrNull(4),
        contacts: NONE,
        referrals: NONE,
        assessments: NONE,
        s47s: NONE,
        conferences: NONE,
        cpPlans: NONE,
        cinPlans: NONE,
        episodes: NONE,
        claReviews: NONE,
        seenVisits: NO_VISITS,
        health: NONE,
        missing: NONE,
        permanencePlans: NONE,
        careLeaver: NONE,
        careLeaverContacts: NONE,
        earlyHelp: NONE,
        earlyHelpAssessments: NONE,
        supervisions: NONE,
        allocations: NONE,
        careProceedings: NONE,
        tasks: NONE,
      };
      children.push(child);
      byUuid.set(r, 0, child);
    },
  );
  children.sort((a, b) => (a.laChildId < b.laChildId ? -1 : a.laChildId > b.laChildId ? 1 : 0));

  /**
   * Adds each live record of `table` to its child's list `key`: field 0 is the person, `columns` follow.
   * Records mostly come in date order; the lists they did not are sorted (a stable sort, so records of the
   * same date stay in the order read).
   */
  const read = async <K extends ListKey>(
    key: K,
    table: string,
    columns: string,
    record: (r: CopyRow) => ChildJourney[K][number],
  ) => {
    type Item = Record<string, string>;
    const by = ORDER[key] as string;
    const order = (a: Item, b: Item) => (a[by]! < b[by]! ? -1 : a[by]! > b[by]! ? 1 : 0);
    // A child's records mostly come one after another: each run of them is gathered in `run`, then becomes
    // (or, when the child had records before, joins) the child's list, an array of just that length.
    let child: ChildJourney | undefined = undefined;
    const run: Item[] = [];
    let length = 0;
    const close = () => {
      if (child === undefined || length === 0) return;
      const before = child[key] as unknown as Item[];
      const list = before === NONE ? run.slice(0, length) : before.concat(run.slice(0, length));
      for (let i = 1; i < list.length; i++)
        if (order(list[i - 1]!, list[i]!) > 0) {
          list.sort(order);
          break;
        }
      (child[key] as unknown as Item[]) = list;
      length = 0;
    };
    await copyRows(
      trx,
      `SELECT person_id, ${columns} FROM ${table} WHERE voided_at IS NULL${among('person_id')}`,
      (r) => {
        const of = byUuid.get(r, 0);
        if (of === undefined) return;
        if (of !== child) {
          close();
          child = of;
        }
        run[length++] = record(r) as unknown as Item;
      },
    );
    close();
  };

  await read('contacts', 'contact', 'id, contact_date, decision', (r) => ({
    id: r.uuid(1),
    date: r.date(2),
    decision: r.codeOrNull(3),
  }));
  await read('referrals', 'referral', 'id, referral_date, nfa, closure_date, closure_reason', (r) => ({
    id: r.uuid(1),
    date: r.date(2),
    nfa: r.boolean(3),
    closed: r.dateOrNull(4),
    closureReason: r.codeOrNull(5),
  }));
  await read('assessments', 'assessment', 'id, referral_id, start_date, authorised_date, outcome', (r) => ({
    id: r.uuid(1),
    referralId: r.uuid(2),
    start: r.date(3),
    authorised: r.dateOrNull(4),
    outcome: r.codeOrNull(5),
  }));
  await read('s47s', 's47_enquiry', 'id, start_date, end_date, icpc_required', (r) => ({
    id: r.uuid(1),
    start: r.date(2),
    end: r.dateOrNull(3),
    icpcRequired: r.booleanOrNull(4),
  }));
  await read(
    'conferences',
    'cp_conference',
    'id, kind, conference_date, s47_id, cp_plan_id, outcome',
    (r) => ({
      id: r.uuid(1),
      kind: r.code(2) as 'initial' | 'review',
      date: r.date(3),
      s47Id: r.uuidOrNull(4),
      planId: r.uuidOrNull(5),
      outcome: r.code(6),
    }),
  );
  await read('cpPlans', 'cp_plan', 'id, start_date, end_date, previous_plans', (r) => ({
    id: r.uuid(1),
    start: r.date(2),
    end: r.dateOrNull(3),
    previousPlans: r.integer(4),
  }));
  await read('cinPlans', 'cin_plan', 'id, start_date, end_date', (r) => ({
    id: r.uuid(1),
    start: r.date(2),
    end: r.dateOrNull(3),
  }));
  await read(
    'episodes',
    'cla_episode',
    `id, start_date, end_date, rne, legal_status, placement_type, placement_provider, reason_end,
      long_term_placement`,
    (r) => ({
      id: r.uuid(1),
      start: r.date(2),
      end: r.dateOrNull(3),
      rne: r.code(4),
      legalStatus: r.code(5),
      placement: r.code(6),
      provider: r.codeOrNull(7),
      reasonEnd: r.codeOrNull(8),
      longTerm: r.boolean(9),
    }),
  );
  await read('claReviews', 'cla_review', 'id, review_date', (r) => ({ id: r.uuid(1), date: r.date(2) }));
  const seen = new Map<ChildJourney, Record<VisitKind, string[]>>();
  await copyRows(
    trx,
    `SELECT person_id, kind, visit_date FROM visit
      WHERE voided_at IS NULL AND child_seen AND kind IN (${VISIT_KINDS.map((k) => `'${k}'`).join(', ')})${among('person_id')}`,
    (r) => {
      const of = byUuid.get(r, 0);
      if (of === undefined) return;
      let dates = seen.get(of);
      if (!dates) seen.set(of, (dates = { cp: [], cin: [], cla: [] }));
      dates[r.code(1) as VisitKind].push(r.date(2));
    },
  );
  for (const [child, { cp, cin, cla }] of seen) {
    child.seenVisits = {
      cp: cp.length > 0 ? ascending(cp) : NONE,
      cin: cin.length > 0 ? ascending(cin) : NONE,
      cla: cla.length > 0 ? ascending(cla) : NONE,
    };
  }
  await read('health', 'health_event', 'id, kind, event_date', (r) => ({
    id: r.uuid(1),
    kind: r.code(2),
    date: r.date(3),
  }));
  await read(
    'missing',
    'missing_episode',
    'id, kind, start_date, end_date, return_interview_offered_date',
    (r) => ({
      id: r.uuid(1),
      kind: r.code(2),
      start: r.date(3),
      end: r.dateOrNull(4),
      offered: r.dateOrNull(5),
    }),
  );
  await read('permanencePlans', 'permanence_plan', 'id, plan_date', (r) => ({
    id: r.uuid(1),
    date: r.date(2),
  }));
  await read('careLeaver', 'care_leaver', 'id, eligibility, start_date, end_date', (r) => ({
    id: r.uuid(1),
    eligibility: r.code(2),
    start: r.date(3),
    end: r.dateOrNull(4),
  }));
  await read(
    'careLeaverContacts',
    'care_leaver_contact',
    'id, contact_date, in_touch, accommodation, activity',
    (r) => ({
      id: r.uuid(1),
      date: r.date(2),
      inTouch: r.code(3),
      accommodation: r.codeOrNull(4),
      activity: r.codeOrNull(5),
    }),
  );
  await read('earlyHelp', 'early_help_episode', 'id, start_date, end_date, end_reason, lead_agency', (r) => ({
    id: r.uuid(1),
    start: r.date(2),
    end: r.dateOrNull(3),
    endReason: r.codeOrNull(4),
    leadAgency: r.code(5),
  }));
  await read('earlyHelpAssessments', 'early_help_assessment', 'id, start_date, completed_date', (r) => ({
    id: r.uuid(1),
    start: r.date(2),
    completed: r.dateOrNull(3),
  }));
  const supervised = new Map<ChildJourney, string[]>();
  await copyRows(
    trx,
    `SELECT person_id, supervision_date FROM case_supervision WHERE voided_at IS NULL${among('person_id')}`,
    (r) => {
      const of = byUuid.get(r, 0);
      if (of === undefined) return;
      const dates = supervised.get(of);
      if (dates) dates.push(r.date(1));
      else supervised.set(of, [r.date(1)]);
    },
  );
  for (const [child, dates] of supervised) child.supervisions = ascending(dates);
  await read('allocations', 'allocation', 'id, team_id, worker_id, start_date, end_date', (r) => ({
    id: r.uuid(1),
    teamId: r.sharedUuid(2),
    workerId: r.sharedUuidOrNull(3),
    start: r.date(4),
    end: r.dateOrNull(5),
  }));
  await read('careProceedings', 'care_proceedings', 'id, issued_date', (r) => ({
    id: r.uuid(1),
    issued: r.date(2),
  }));
  await read(
    'tasks',
    'task',
    'id, rule_id, due_date, completed_date, cancelled_date, overdue_reason',
    (r) => ({
      id: r.uuid(1),
      ruleId: r.code(2),
      due: r.date(3),
      completed: r.dateOrNull(4),
      cancelled: r.dateOrNull(5),
      overdueReason: r.codeOrNull(6),
    }),
  );

  const [teams, workers, population] = await Promise.all([
    rows(trx, `SELECT id, name, team_type, caseload_target FROM team WHERE voided_at IS NULL`),
    rows(
      trx,
      `SELECT id, name, team_id, fte, case_holding, ${d('start_date')}, ${d('leave_date')} FROM worker WHERE voided_at IS NULL`,
    ),
    rows(trx, `SELECT year, population FROM authority_population`),
  ]);
  return {
    laCode,
    children,
    byId: new Map(children.map((c) => [c.id, c])),
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
