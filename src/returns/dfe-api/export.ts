/**
 * The DfE children's social care API payload (dfe-csc-api-openapi.json, version 1.0.1) built from the
 * record as at a date: a full snapshot of the authority's children, in request bodies of at most 100
 * children each, as `POST /children_social_care_data/{la_code}/children` takes them.
 *
 * Who is in it: every child with a social care episode (referral), a period of care or a care leaver record
 * open at some point in the 12 months ending on the as-at date. Each child's record is as it stood that
 * day (see ../as-at.ts): everything dated up to it, with every social care episode the child had by then.
 *
 * How Hearth's record maps onto the payload:
 * - `la_child_id` is the child's LA child id and `mis_child_id` Hearth's own id for the child.
 * - A social care episode is a referral (its id, date, source, NFA flag, closure). Assessments, child in
 *   need plans, section 47 enquiries (the ICPC date from the initial conference held for the enquiry) and
 *   child protection plans belong to the referral they were recorded under.
 * - `care_worker_details` are the allocations to a named worker overlapping the episode: the worker's Social
 *   Work England number, or, when the record has none, the first 12 hex digits of Hearth's worker id (the
 *   API allows "an alternative unique ID").
 * - `child_looked_after_placements` are the SSDA903 episodes, each under the referral open on the day it
 *   began; placements begun with no referral open are grouped by period of care under an episode whose id
 *   is the first placement's id and which has no referral fields.
 *   Short breaks (V3, V4) are left out, as in the other as-at returns: a placement in the payload has no
 *   legal status, so a short break would read as a period of care.
 * - `adoption` is the latest adoption decision, under the episode its decision date falls in (else the
 *   child's latest); `care_leavers` is the latest care leaver contact, under the child's latest episode.
 * - `uasc_flag` is true for a child who had been an unaccompanied asylum-seeking child by the as-at date;
 *   `uasc_end_date` is the date they ceased to be one, when that had happened.
 * - `accommodation` is the letter of the SSDA903 ACCOM code (its type; the API allows one character).
 *
 * Not filled, because Hearth does not hold them: none of the payload's fields is wholly absent from the
 * record, but `postcode` is the child's address on the as-at date only when an address history is recorded
 * (otherwise the postcode on the child's record), and the purge flags are never set (a snapshot
 * sends what is there; a removal is a later delta).
 *
 * Every child's record is checked against the API's schema. A child whose record does not fit (for example
 * an LA child id with characters the API does not allow) is left out of the payload and reported with the
 * problems, so that the rest can still be sent.
 */
import type { Trx } from '../../db/database.ts';
import {
  byAsAt,
  byDate,
  byPerson,
  currentLaCode,
  latestBy,
  loadAllocations,
  loadPeople,
  overlaps,
  periodsOfCare,
  windowStart,
  type Person,
} from '../as-at.ts';
import { BATCH_SIZE, checkChildRecord, checkRequestBody, type SchemaProblem } from './schema.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- the payload is plain JSON checked against the schema */
type Json = Record<string, any>;

export interface DfeApiPayload {
  laCode: string;
  asAt: string;
  /** The request bodies, each an array of at most 100 children's records. */
  batches: Json[][];
  /** Children left out because their record does not fit the schema, with why. */
  leftOut: { laChildId: string; problems: SchemaProblem[] }[];
}

export async function exportDfeApi(trx: Trx, asAt: string): Promise<DfeApiPayload> {
  const from = windowStart(asAt, 12);
  const laCode = await currentLaCode(trx);
  const live = <T extends { voided_at: Date | null }>(rows: T[]): T[] =>
    rows.filter((r) => r.voided_at === null);

  const referrals = live(
    await trx.selectFrom('referral').selectAll().where('referral_date', '<=', asAt).execute(),
  );
  const episodes = live(
    await trx.selectFrom('cla_episode').selectAll().where('start_date', '<=', asAt).execute(),
  );
  const leavers = live(
    await trx.selectFrom('care_leaver').selectAll().where('start_date', '<=', asAt).execute(),
  );
  const cohort = new Set<string>();
  for (const r of referrals)
    if (overlaps(r.referral_date, byAsAt(r.closure_date, asAt), from, asAt)) cohort.add(r.person_id);
  for (const e of episodes)
    if (overlaps(e.start_date, byAsAt(e.end_date, asAt), from, asAt)) cohort.add(e.person_id);
  for (const l of leavers)
    if (overlaps(l.start_date, byAsAt(l.end_date, asAt), from, asAt)) cohort.add(l.person_id);
  const ids = [...cohort];
  const none = ids.length === 0 ? ['00000000-0000-0000-0000-000000000000'] : ids;

  const people = await loadPeople(trx, ids);
  const mine = async <T extends keyof TablesWithDate>(table: T, date: TablesWithDate[T]) =>
    byPerson(
      live(
        (await (trx as any)
          .selectFrom(table)
          .selectAll()
          .where('person_id', 'in', none)
          .where(date, '<=', asAt)
          .execute()) as any[],
      ),
    );
  const assessments = await mine('assessment', 'start_date');
  const cinPlans = await mine('cin_plan', 'start_date');
  const s47s = await mine('s47_enquiry', 'start_date');
  const conferences = await mine('cp_conference', 'conference_date');
  const cpPlans = await mine('cp_plan', 'start_date');
  const adoptions = await mine('adoption', 'decision_date');
  const contacts = await mine('care_leaver_contact', 'contact_date');
  const health = await mine('health_event', 'event_date');
  const addresses = await mine('person_address', 'start_date');
  const allocations = byPerson((await loadAllocations(trx, ids, asAt)).filter((a) => a.worker_id !== null));
  const referralsByChild = byPerson(referrals);
  const episodesByChild = byPerson(episodes);

  const records: Json[] = [];
  const leftOut: DfeApiPayload['leftOut'] = [];
  for (const person of [...people.values()].sort((a, b) => byDate(a.la_child_id, b.la_child_id))) {
    const id = person.id;
    const list = (m: Map<string, any[]>) => m.get(id) ?? [];
    const sceps: Json[] = (referralsByChild.get(id) ?? [])
      .sort((a, b) => byDate(a.referral_date, b.referral_date))
      .map((r) => {
        const closure = byAsAt(r.closure_date, asAt);
        const icpc = (s47: string) =>
          list(conferences).find((c) => c.kind === 'initial' && c.s47_id === s47)?.conference_date;
        const episode: Json = {
          social_care_episode_id: r.id,
          referral_date: r.referral_date,
          referral_source: r.source,
          referral_no_further_action_flag: r.nfa,
          closure_date: closure,
          closure_reason: closure ? r.closure_reason : null,
          care_worker_details: list(allocations)
            .filter((a) => overlaps(a.start_date, byAsAt(a.end_date, asAt), r.referral_date, closure ?? asAt))
            .sort((a, b) => byDate(a.start_date, b.start_date))
            .map((a) =>
              compact({
                worker_id: workerId(a.swe_number, a.worker_id!),
                start_date: a.start_date,
                end_date: byAsAt(a.end_date, asAt),
              }),
            ),
          child_and_family_assessments: under(list(assessments), r.id).map((a) => {
            const authorised = byAsAt(a.authorised_date, asAt);
            return compact({
              child_and_family_assessment_id: a.id,
              start_date: a.start_date,
              authorisation_date: authorised,
              factors: authorised ? [...new Set(a.factors as string[])] : [],
            });
          }),
          child_in_need_plans: under(list(cinPlans), r.id).map((p) =>
            compact({
              child_in_need_plan_id: p.id,
              start_date: p.start_date,
              end_date: byAsAt(p.end_date, asAt),
            }),
          ),
          section_47_assessments: under(list(s47s), r.id).map((s) =>
            compact({
              section_47_assessment_id: s.id,
              start_date: s.start_date,
              icpc_required_flag: s.icpc_required,
              icpc_date: icpc(s.id),
              end_date: byAsAt(s.end_date, asAt),
            }),
          ),
          child_protection_plans: under(list(cpPlans), r.id).map((p) =>
            compact({
              child_protection_plan_id: p.id,
              start_date: p.start_date,
              end_date: byAsAt(p.end_date, asAt),
            }),
          ),
          child_looked_after_placements: [],
        };
        return episode;
      });

    // Placements under the referral open when each began, or under an episode for their period of care.
    const spanOf = (e: Json) => ({
      start: e.referral_date as string,
      end: (e.closure_date as string | undefined) ?? null,
    });
    const homeFor = (date: string): Json | undefined =>
      sceps.filter((e) => overlaps(spanOf(e).start, spanOf(e).end, date, date)).at(-1);
    for (const period of periodsOfCare(episodesByChild.get(id) ?? [], asAt)) {
      for (const e of period.episodes) {
        let home = homeFor(e.start_date);
        if (!home) {
          const own = period.episodes[0]!.id;
          home = sceps.find((s) => s.social_care_episode_id === own);
          if (!home) {
            home = { social_care_episode_id: own, child_looked_after_placements: [] };
            sceps.push(home);
          }
        }
        const end = byAsAt(e.end_date, asAt);
        home.child_looked_after_placements.push(
          compact({
            child_looked_after_placement_id: e.id,
            start_date: e.start_date,
            start_reason: e.rne,
            placement_type: e.placement_type,
            postcode: postcode(e.placement_postcode),
            end_date: end,
            end_reason: end ? e.reason_end : null,
            change_reason: e.reason_place_change,
          }),
        );
      }
    }
    const latest = () =>
      [...sceps]
        .sort((a, b) =>
          byDate(
            (a.referral_date as string | undefined) ?? a.child_looked_after_placements?.[0]?.start_date ?? '',
            (b.referral_date as string | undefined) ?? b.child_looked_after_placements?.[0]?.start_date ?? '',
          ),
        )
        .at(-1);

    const adoption = latestBy(list(adoptions), (a) => a.decision_date, asAt);
    if (adoption) {
      const home =
        homeFor(adoption.decision_date) ??
        sceps.find((s) =>
          ((s.child_looked_after_placements ?? []) as Json[]).some(
            (p) => p.start_date <= adoption.decision_date,
          ),
        ) ??
        latest();
      if (home)
        home.adoption = compact({
          initial_decision_date: adoption.decision_date,
          matched_date: byAsAt(adoption.matched_date, asAt),
          placed_date: byAsAt(adoption.placed_date, asAt),
        });
    }
    const contact = latestBy(list(contacts), (c) => c.contact_date, asAt);
    if (contact) {
      let home = latest();
      if (!home) {
        const leaver = leavers
          .filter((l) => l.person_id === id)
          .sort((a, b) => byDate(a.start_date, b.start_date))[0]!;
        home = { social_care_episode_id: leaver.id };
        sceps.push(home);
      }
      home.care_leavers = compact({
        contact_date: contact.contact_date,
        activity: contact.activity,
        accommodation: contact.accommodation ? String(contact.accommodation).slice(0, 1) : null,
      });
    }

    const sdq = list(health)
      .filter((h) => h.kind === 'sdq' && h.sdq_score !== null)
      .sort((a, b) => byDate(a.event_date, b.event_date))
      .map((h) => ({ date: h.event_date, score: h.sdq_score }));
    const address = latestBy(
      list(addresses).filter((a) => a.end_date === null || a.end_date >= asAt),
      (a) => a.start_date,
      asAt,
    );
    const record = compact({
      la_child_id: person.la_child_id,
      mis_child_id: id,
      child_details: childDetails(person, asAt, address?.postcode ?? person.postcode),
      health_and_wellbeing: sdq.length > 0 ? { sdq_assessments: sdq } : null,
      social_care_episodes: sceps.map((s) => compact(s)),
    });
    const problems = checkChildRecord(record);
    if (problems.length > 0) leftOut.push({ laChildId: person.la_child_id, problems });
    else records.push(record);
  }

  const batches: Json[][] = [];
  for (let i = 0; i < records.length; i += BATCH_SIZE) batches.push(records.slice(i, i + BATCH_SIZE));
  for (const batch of batches) {
    const problems = checkRequestBody(batch);
    if (problems.length > 0)
      throw new Error(`The DfE API payload does not fit its schema: ${JSON.stringify(problems)}`);
  }
  return { laCode, asAt, batches, leftOut };
}

type TablesWithDate = {
  assessment: 'start_date';
  cin_plan: 'start_date';
  s47_enquiry: 'start_date';
  cp_conference: 'conference_date';
  cp_plan: 'start_date';
  adoption: 'decision_date';
  care_leaver_contact: 'contact_date';
  health_event: 'event_date';
  person_address: 'start_date';
};

function childDetails(p: Person, asAt: string, postcodeText: string | null): Json {
  const uasc = p.uasc_since !== null && p.uasc_since <= asAt;
  return compact({
    unique_pupil_number: p.upn,
    former_unique_pupil_number: p.former_upn,
    unique_pupil_number_unknown_reason: p.upn ? null : p.upn_unknown,
    first_name: p.given_name,
    surname: p.family_name,
    date_of_birth: byAsAt(p.date_of_birth, asAt),
    expected_date_of_birth:
      p.date_of_birth !== null && p.date_of_birth <= asAt ? null : p.expected_date_of_birth,
    sex: p.sex,
    ethnicity: p.ethnicity,
    disabilities: [...new Set(p.disabilities)],
    postcode: postcode(postcodeText),
    uasc_flag: uasc,
    uasc_end_date: uasc ? byAsAt(p.uasc_ceased, asAt) : null,
  });
}

/** The rows recorded under a referral, oldest first. */
function under<T extends { referral_id: string; start_date: string }>(rows: T[], referralId: string): T[] {
  return rows.filter((r) => r.referral_id === referralId).sort((a, b) => byDate(a.start_date, b.start_date));
}

/** The worker's SWE number, or the first 12 hex digits of Hearth's id when there is none (or it will not fit). */
function workerId(swe: string | null, id: string): string {
  return swe && /^[A-Za-z0-9_-]{1,12}$/.test(swe) ? swe : id.replace(/-/g, '').slice(0, 12);
}

/** A postcode in capitals with single spaces. */
function postcode(text: string | null | undefined): string | null {
  return text ? text.trim().toUpperCase().replace(/\s+/g, ' ') : null;
}

/** The object without null, undefined and empty-array members, which the API would read as values. */
function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

/** The payload as JSON Lines: one request body a line, ready to send in turn. */
export function dfeApiPayloadText(payload: DfeApiPayload): string {
  return payload.batches.map((b) => `${JSON.stringify(b)}\n`).join('');
}
