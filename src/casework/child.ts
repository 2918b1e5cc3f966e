import { sql, type Selectable } from 'kysely';
import { isShortBreak } from '../domain/codes.ts';
import { addCalendarMonths, addDays } from '../domain/dates.ts';
import type { Trx } from '../db/database.ts';
import type { Database } from '../db/schema.generated.ts';

export type Row<T extends keyof Database> = Selectable<Database[T]>;

/** Everything recorded about one child, read in one round trip (voided records left out). */
export interface ChildRecord {
  person: Row<'person'>;
  addresses: Row<'person_address'>[];
  relationships: (Row<'relationship'> & { related_name: string })[];
  warnings: Row<'person_warning'>[];
  allocations: (Row<'allocation'> & { team_name: string; team_type: string; worker_name: string | null })[];
  contacts: Row<'contact'>[];
  referrals: Row<'referral'>[];
  assessments: Row<'assessment'>[];
  strategyDiscussions: Row<'strategy_discussion'>[];
  s47Enquiries: Row<'s47_enquiry'>[];
  cpPlans: Row<'cp_plan'>[];
  cpConferences: Row<'cp_conference'>[];
  coreGroups: Row<'core_group'>[];
  cinPlans: Row<'cin_plan'>[];
  cinPlanReviews: Row<'cin_plan_review'>[];
  preProceedings: Row<'pre_proceedings'>[];
  careProceedings: Row<'care_proceedings'>[];
  claEpisodes: Row<'cla_episode'>[];
  claReviews: Row<'cla_review'>[];
  visits: Row<'visit'>[];
  healthEvents: Row<'health_event'>[];
  claOutcomes: Row<'cla_outcome'>[];
  missingEpisodes: Row<'missing_episode'>[];
  deprivationsOfLiberty: Row<'deprivation_of_liberty'>[];
  permanencePlans: Row<'permanence_plan'>[];
  adoptions: Row<'adoption'>[];
  careLeaver: Row<'care_leaver'>[];
  careLeaverContacts: Row<'care_leaver_contact'>[];
  earlyHelpEpisodes: Row<'early_help_episode'>[];
  earlyHelpAssessments: Row<'early_help_assessment'>[];
  supervisions: Row<'case_supervision'>[];
  tasks: Row<'task'>[];
  /** Whether the record is restricted, and until when the reader's break-the-glass access lasts. */
  access: { restricted: boolean; break_glass_until: string | null };
}

/** [ChildRecord key, table, the date column that orders it]. */
const PARTS = [
  ['addresses', 'person_address', 'start_date'],
  ['warnings', 'person_warning', 'start_date'],
  ['contacts', 'contact', 'contact_date'],
  ['referrals', 'referral', 'referral_date'],
  ['assessments', 'assessment', 'start_date'],
  ['strategyDiscussions', 'strategy_discussion', 'discussion_date'],
  ['s47Enquiries', 's47_enquiry', 'start_date'],
  ['cpPlans', 'cp_plan', 'start_date'],
  ['cpConferences', 'cp_conference', 'conference_date'],
  ['coreGroups', 'core_group', 'meeting_date'],
  ['cinPlans', 'cin_plan', 'start_date'],
  ['cinPlanReviews', 'cin_plan_review', 'review_date'],
  ['preProceedings', 'pre_proceedings', 'decision_date'],
  ['careProceedings', 'care_proceedings', 'issued_date'],
  ['claEpisodes', 'cla_episode', 'start_date'],
  ['claReviews', 'cla_review', 'review_date'],
  ['visits', 'visit', 'visit_date'],
  ['healthEvents', 'health_event', 'event_date'],
  ['claOutcomes', 'cla_outcome', 'year_end'],
  ['missingEpisodes', 'missing_episode', 'start_date'],
  ['deprivationsOfLiberty', 'deprivation_of_liberty', 'start_date'],
  ['permanencePlans', 'permanence_plan', 'plan_date'],
  ['adoptions', 'adoption', 'decision_date'],
  ['careLeaver', 'care_leaver', 'start_date'],
  ['careLeaverContacts', 'care_leaver_contact', 'contact_date'],
  ['earlyHelpEpisodes', 'early_help_episode', 'start_date'],
  ['earlyHelpAssessments', 'early_help_assessment', 'start_date'],
  ['supervisions', 'case_supervision', 'supervision_date'],
  ['tasks', 'task', 'due_date'],
] as const;

function listOf(table: string, orderBy: string) {
  return sql.raw(
    `(SELECT coalesce(json_agg(t ORDER BY t.${orderBy}, t.recorded_at), '[]') FROM ${table} t
      WHERE t.person_id = p.id AND t.la_code = p.la_code AND t.voided_at IS NULL)`,
  );
}

const CHILD_QUERY = sql.join(
  [
    ...PARTS.map(([key, table, orderBy]) => sql`${listOf(table, orderBy)} AS ${sql.ref(key)}`),
    sql`(SELECT coalesce(json_agg(a ORDER BY a.start_date), '[]') FROM (
      SELECT al.*, tm.name AS team_name, tm.team_type, w.name AS worker_name
      FROM allocation al JOIN team tm ON tm.la_code = al.la_code AND tm.id = al.team_id
      LEFT JOIN worker w ON w.la_code = al.la_code AND w.id = al.worker_id
      WHERE al.person_id = p.id AND al.la_code = p.la_code AND al.voided_at IS NULL) a) AS "allocations"`,
    sql`(SELECT coalesce(json_agg(r ORDER BY r.relationship), '[]') FROM (
      SELECT rel.*, o.given_name || ' ' || o.family_name AS related_name
      FROM relationship rel JOIN person o ON o.la_code = rel.la_code AND o.id = rel.related_person_id
      WHERE rel.person_id = p.id AND rel.la_code = p.la_code AND rel.voided_at IS NULL) r) AS "relationships"`,
    sql`json_build_object(
      'restricted', EXISTS (SELECT FROM record_restriction r
        WHERE r.la_code = p.la_code AND r.person_id = p.id AND r.lifted_at IS NULL),
      'break_glass_until', (SELECT max(b.expires_at) FROM break_glass b
        WHERE b.la_code = p.la_code AND b.person_id = p.id AND b.user_id = current_user_id()
          AND b.expires_at > now())) AS "access"`,
  ],
  sql`, `,
);

/** Reads a child's whole record, or undefined if there is no such child in the transaction's authority. */
export async function loadChild(trx: Trx, personId: string): Promise<ChildRecord | undefined> {
  const result = await sql<Record<string, unknown>>`
    SELECT to_json(p) AS person, ${CHILD_QUERY}
    FROM person p WHERE p.id = ${personId} AND p.voided_at IS NULL`.execute(trx);
  const row = result.rows[0];
  return row as unknown as ChildRecord | undefined;
}

/** The catalogue's "open at D": start <= D and (no end, or end > D). */
export function isOpenAt(start: string, end: string | null, date: string): boolean {
  return start <= date && (end === null || end > date);
}

/** What is open for the child at a date: the statuses the record page's summary cards show. */
export function statusAt(child: ChildRecord, date: string) {
  const open = <T extends { end_date?: string | null }>(rows: T[], start: (r: T) => string) =>
    rows.filter((r) => isOpenAt(start(r), r.end_date ?? null, date));
  const episodes = child.claEpisodes;
  const currentEpisode = episodes.find((e) => isOpenAt(e.start_date, e.end_date, date));
  return {
    referral: child.referrals.find((r) => isOpenAt(r.referral_date, r.closure_date, date)),
    assessment: child.assessments.find((a) => a.authorised_date === null && a.start_date <= date),
    s47: child.s47Enquiries.find((s) => isOpenAt(s.start_date, s.end_date, date)),
    cpPlan: open(child.cpPlans, (p) => p.start_date)[0],
    cinPlan: open(child.cinPlans, (p) => p.start_date)[0],
    episode: currentEpisode,
    periodOfCareStart: currentEpisode ? periodOfCareStart(episodes, currentEpisode) : undefined,
    careLeaver: open(child.careLeaver, (c) => c.start_date)[0],
    earlyHelp: open(child.earlyHelpEpisodes, (e) => e.start_date)[0],
    allocation: child.allocations.find((a) => isOpenAt(a.start_date, a.end_date, date)),
    preProceedings: child.preProceedings.find((p) => isOpenAt(p.decision_date, p.end_date, date)),
    careProceedings: child.careProceedings.find((p) => isOpenAt(p.issued_date, p.concluded_date, date)),
    missing: child.missingEpisodes.find((m) => m.end_date === null),
    adoption: child.adoptions.find((a) => a.ceased_date === null && a.adoption_order_date === null),
  };
}

export type ChildStatus = ReturnType<typeof statusAt>;

/**
 * The start of the period of care an episode belongs to: walk back through episodes that end the day the
 * next starts (SSDA903: a period of care is a run of episodes joined end to start, the first with RNE S).
 */
export function periodOfCareStart(episodes: Row<'cla_episode'>[], episode: Row<'cla_episode'>): string {
  let current = episode;
  // Bounded by the number of episodes, so a malformed chain (an episode ending the day it starts) cannot loop.
  for (let i = 0; i <= episodes.length; i++) {
    if (current.rne === 'S') return current.start_date;
    const previous = episodes.find(
      (e) => e !== current && e.end_date === current.start_date && e.reason_end === 'X1',
    );
    if (!previous) return current.start_date;
    current = previous;
  }
  return current.start_date;
}

/** An episode as far as the length of care goes. */
export interface CareSpan {
  start_date: string;
  end_date: string | null;
  legal_status: string;
}

/** 1 April of the year (April to March) ending on `yearEnd`, a 31 March. */
export function yearStartOf(yearEnd: string): string {
  return addDays(addCalendarMonths(yearEnd, -12), 1);
}

/**
 * Whether one child's episodes keep them looked after continuously for the 12 months to `yearEnd` (a 31
 * March) and still looked after at its end: SSDA903's OC2 cohort. A period ending on 31 March has ended
 * (a child is not looked after on the day they cease to be, as an episode is not open on its end date).
 * Short breaks (V3, V4) do not count; an episode starting on or the day after the previous one ends
 * continues the period.
 */
export function lookedAfterForYearTo(episodes: readonly CareSpan[], yearEnd: string): boolean {
  const from = yearStartOf(yearEnd);
  const care = episodes
    .filter((e) => !isShortBreak(e.legal_status))
    .sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : 0));
  let period: { start: string; end: string | null } | null = null;
  for (const e of care) {
    const end = period?.end;
    if (period && end && e.start_date <= addDays(end, 1)) {
      period.end = e.end_date === null ? null : e.end_date > end ? e.end_date : end;
    } else if (!period || end !== null) {
      period = { start: e.start_date, end: e.end_date };
    }
    if (period.start <= from && (period.end === null || period.end > yearEnd)) return true;
  }
  return false;
}
