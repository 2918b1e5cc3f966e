/**
 * Ofsted's Annex A (ILACS) lists built from the record as at a date, and written as the XLSX workbook
 * Ofsted asks for: one sheet per list, "List 1" to "List 11", with the template's headers.
 *
 * Who is on each list (W6 and W12 are the six and twelve months ending on the as-at date, see spec.ts):
 * - List 1: every contact dated in W6, one row per contact.
 * - List 2: every early help assessment open at some point in W6 (started by the as-at date, not completed
 *   before W6), one row per assessment.
 * - List 3: every referral dated in W6, one row per referral.
 * - List 4: every child and family assessment open at some point in W6, one row per assessment.
 * - List 5: every section 47 enquiry open at some point in W6, one row per enquiry.
 * - List 6: every child with a social care episode (a referral that was not NFA) open at some point in W6,
 *   one row per child for their latest such episode.
 * - List 7: every child protection plan open at some point in W6, one row per plan.
 * - List 8: every child looked after at some point in W6 (short breaks V3 and V4 left out), one row per
 *   child for their latest period of care.
 * - List 9: every care leaver (a care leaver record open on the as-at date).
 * - List 10: every adoption decision in force at some point in W12, or whose order or reversal fell in
 *   W12, one row per decision.
 * - List 11: prospective adopters, which Hearth does not record: headers only.
 *
 * "Allocated Team" and "Allocated Worker" are the child's allocation on the as-at date, or the latest one
 * before it when the case was closed then. "Number of Referrals in Last 12 Months", "Number of Section 47
 * Enquiries" and "Number of ICPCs" count the child's events dated in W12, the row's own included.
 *
 * Columns Hearth does not hold (left blank; also listed in spec.ts NOT_HELD):
 * - List 8 "Date of Last IRO Visit / Contact to the Child": Hearth records reviews, not IRO contacts.
 * - List 8 "Placement Location" (in or out of the authority) and "LA of Placement": they need a postcode
 *   lookup (ONSPD) that Hearth does not bundle yet.
 * - List 10 "Family identifier": Hearth does not group siblings placed together for adoption.
 * - List 6 "Case Status" is blank for an open episode with no open assessment, plan or care on the as-at
 *   date (for example a section 47 enquiry before its conference), which the template has no answer for.
 * - List 11: every column.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Trx } from '../../db/database.ts';
import { describeCode } from '../../domain/codes.ts';
import { LEAD_AGENCY } from '../../domain/local-codes.ts';
import {
  ageAt,
  allocationsAt,
  byAsAt,
  byDate,
  byPerson,
  currentLaCode,
  latestBy,
  loadPeople,
  overlaps,
  periodsOfCare,
  type Allocated,
  windowStart,
  type Person,
} from '../as-at.ts';
import * as L from './spec.ts';
import { COLUMNS, SHEETS, type Cell, type Row, type SheetName } from './spec.ts';

export interface AnnexA {
  laCode: string;
  asAt: string;
  lists: Record<SheetName, Row[]>;
}

export async function exportAnnexA(trx: Trx, asAt: string): Promise<AnnexA> {
  const w6 = windowStart(asAt, 6);
  const w12 = windowStart(asAt, 12);
  const laCode = await currentLaCode(trx);
  const live = <T extends { voided_at: Date | null }>(rows: T[]): T[] =>
    rows.filter((r) => r.voided_at === null);

  const contacts = live(
    await trx
      .selectFrom('contact')
      .selectAll()
      .where('contact_date', '>=', w6)
      .where('contact_date', '<=', asAt)
      .execute(),
  );
  const earlyHelp = live(
    await trx
      .selectFrom('early_help_assessment')
      .leftJoin('early_help_episode', (j) =>
        j
          .onRef('early_help_episode.la_code', '=', 'early_help_assessment.la_code')
          .onRef('early_help_episode.id', '=', 'early_help_assessment.early_help_episode_id'),
      )
      .selectAll('early_help_assessment')
      .select('early_help_episode.lead_agency')
      .where('early_help_assessment.start_date', '<=', asAt)
      .where((eb) =>
        eb.or([
          eb('early_help_assessment.completed_date', 'is', null),
          eb('early_help_assessment.completed_date', '>=', w6),
        ]),
      )
      .execute(),
  );
  const referrals = live(
    await trx.selectFrom('referral').selectAll().where('referral_date', '<=', asAt).execute(),
  );
  const assessments = live(
    await trx.selectFrom('assessment').selectAll().where('start_date', '<=', asAt).execute(),
  );
  const s47s = live(
    await trx.selectFrom('s47_enquiry').selectAll().where('start_date', '<=', asAt).execute(),
  );
  const conferences = live(
    await trx.selectFrom('cp_conference').selectAll().where('conference_date', '<=', asAt).execute(),
  );
  const cinPlans = live(
    await trx.selectFrom('cin_plan').selectAll().where('start_date', '<=', asAt).execute(),
  );
  const cpPlans = live(await trx.selectFrom('cp_plan').selectAll().where('start_date', '<=', asAt).execute());
  const episodes = live(
    await trx.selectFrom('cla_episode').selectAll().where('start_date', '<=', asAt).execute(),
  );
  const visits = live(await trx.selectFrom('visit').selectAll().where('visit_date', '<=', asAt).execute());
  const reviews = live(
    await trx.selectFrom('cla_review').selectAll().where('review_date', '<=', asAt).execute(),
  );
  const health = live(
    await trx.selectFrom('health_event').selectAll().where('event_date', '<=', asAt).execute(),
  );
  const missing = live(
    await trx.selectFrom('missing_episode').selectAll().where('start_date', '<=', asAt).execute(),
  );
  const permanence = live(
    await trx.selectFrom('permanence_plan').selectAll().where('plan_date', '<=', asAt).execute(),
  );
  const leavers = live(
    await trx
      .selectFrom('care_leaver')
      .selectAll()
      .where('start_date', '<=', asAt)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', asAt)]))
      .execute(),
  );
  const leaverContacts = live(
    await trx.selectFrom('care_leaver_contact').selectAll().where('contact_date', '<=', asAt).execute(),
  );
  const adoptions = live(
    await trx.selectFrom('adoption').selectAll().where('decision_date', '<=', asAt).execute(),
  );

  // Who is on each list.
  const list3 = referrals.filter((r) => r.referral_date >= w6);
  const list4 = assessments.filter((a) => a.authorised_date === null || a.authorised_date >= w6);
  const list5 = s47s.filter((s) => overlaps(s.start_date, byAsAt(s.end_date, asAt), w6, asAt));
  const list6 = latestPerChild(
    referrals.filter((r) => !r.nfa && overlaps(r.referral_date, byAsAt(r.closure_date, asAt), w6, asAt)),
    (r) => r.referral_date,
  );
  const list7 = cpPlans.filter((p) => overlaps(p.start_date, byAsAt(p.end_date, asAt), w6, asAt));
  const episodesByChild = byPerson(episodes);
  const list8 = [...episodesByChild]
    .map(([personId, mine]) => ({ personId, periods: periodsOfCare(mine, asAt) }))
    .map(({ personId, periods }) => ({ personId, periods, period: periods.at(-1) }))
    .filter((c) => c.period !== undefined && overlaps(c.period.start, c.period.end, w6, asAt));
  // A decision is in force from its date until the adoption order or its reversal, whichever came first.
  const list10 = adoptions.filter((a) => {
    const ends = [byAsAt(a.adoption_order_date, asAt), byAsAt(a.ceased_date, asAt)].filter((d) => d !== null);
    return overlaps(a.decision_date, ends.sort(byDate)[0] ?? null, w12, asAt);
  });

  const ids = [
    ...contacts,
    ...earlyHelp,
    ...list3,
    ...list4,
    ...list5,
    ...list6,
    ...list7,
    ...leavers,
    ...list10,
  ].map((r) => r.person_id);
  ids.push(...list8.map((c) => c.personId));
  const people = await loadPeople(trx, ids);
  const allocated = await allocationsAt(trx, people.keys(), asAt);

  const child = (personId: string): Row | null => {
    const p = people.get(personId);
    return p ? childColumns(p, asAt) : null;
  };
  const team = (personId: string): Row => allocationColumns(allocated.get(personId));
  const rows = <T extends { person_id: string }>(items: T[], build: (item: T, person: Row) => Row): Row[] =>
    items.flatMap((item) => {
      const person = child(item.person_id);
      return person ? [build(item, person)] : [];
    });
  const disability = (personId: string): Cell => disabilityAnswer(people.get(personId)!);
  const inW12 = <T extends { person_id: string }>(
    personId: string,
    items: T[],
    date: (x: T) => string,
  ): number => items.filter((x) => x.person_id === personId && date(x) >= w12).length;

  const lists = Object.fromEntries(SHEETS.map((s) => [s, [] as Row[]])) as Record<SheetName, Row[]>;

  lists['List 1'] = rows(
    sortRows(contacts, (c) => c.contact_date),
    (c, person) => ({
      ...person,
      'Date of Contact': c.contact_date,
      'Contact Source': L.SOURCE.get(c.source) ?? c.source,
    }),
  );

  lists['List 2'] = rows(
    sortRows(earlyHelp, (e) => e.start_date),
    (e, person) => ({
      ...person,
      'Assessment start date': e.start_date,
      'Assessment completion date': byAsAt(e.completed_date, asAt),
      'Organisation completing assessment':
        e.organisation ?? (e.lead_agency ? (describeCode(LEAD_AGENCY, e.lead_agency) ?? null) : null),
    }),
  );

  lists['List 3'] = rows(
    sortRows(list3, (r) => r.referral_date),
    (r, person) => ({
      ...person,
      'Date of referral': r.referral_date,
      'Referral Source': L.SOURCE.get(r.source) ?? r.source,
      'Referral NFA?': r.nfa ? L.YES : L.NO,
      'Number of Referrals in Last 12 Months': inW12(
        r.person_id,
        referrals,
        (x: { referral_date: string }) => x.referral_date,
      ),
      ...team(r.person_id),
    }),
  );

  lists['List 4'] = rows(
    sortRows(list4, (a) => a.start_date),
    (a, person) => {
      const authorised = byAsAt(a.authorised_date, asAt);
      return {
        ...person,
        [L.DISABILITY]: disability(a.person_id),
        'Continuous Assessment Start Date': a.start_date,
        'Child Seen During Continuous Assessment': byAsAt(a.child_seen_date, asAt) ? L.YES : L.NO,
        'Continuous Assessment Date of Authorisation': authorised,
        "Was the child assessed as requiring LA children's social care support?":
          authorised === null ? null : NEEDS_SUPPORT.has(a.outcome ?? '') ? L.YES : L.NO,
        ...team(a.person_id),
      };
    },
  );

  const initialConference = new Map(
    conferences.filter((c) => c.kind === 'initial' && c.s47_id !== null).map((c) => [c.s47_id!, c]),
  );
  lists['List 5'] = rows(
    sortRows(list5, (s) => s.start_date),
    (s, person) => {
      const icpc = initialConference.get(s.id);
      const ended = byAsAt(s.end_date, asAt) !== null;
      const unnecessary =
        s.icpc_required !== null
          ? !s.icpc_required
          : icpc
            ? false
            : ended && s.outcome !== null
              ? s.outcome !== 'icpc'
              : null;
      return {
        ...person,
        [L.DISABILITY]: disability(s.person_id),
        'Strategy discussion initiating Section 47 Enquiry Start Date': s.start_date,
        'Was an Initial Child Protection Conference deemed unnecessary?':
          unnecessary === null ? null : unnecessary ? L.YES : L.NO,
        'Date of Initial Child Protection Conference': icpc?.conference_date ?? null,
        'Did the Initial Child Protection Conference Result in a Child Protection Plan': icpc
          ? icpc.outcome === 'plan'
            ? L.YES
            : L.NO
          : null,
        'Number of Section 47 Enquiries in the last 12 months': inW12(
          s.person_id,
          s47s,
          (x: { start_date: string }) => x.start_date,
        ),
        'Number of ICPCs in the last 12 months': inW12(
          s.person_id,
          conferences.filter((c) => c.kind === 'initial'),
          (x: { conference_date: string }) => x.conference_date,
        ),
        ...team(s.person_id),
      };
    },
  );

  const visitsByChild = byPerson(visits);
  lists['List 6'] = rows(
    sortRows(list6, (r) => r.referral_date),
    (r, person) => {
      const closed = byAsAt(r.closure_date, asAt);
      const seen = latestBy(
        (visitsByChild.get(r.person_id) ?? []).filter((v) => v.child_seen && v.visit_date >= r.referral_date),
        (v) => v.visit_date,
        asAt,
      );
      return {
        ...person,
        [L.DISABILITY]: disability(r.person_id),
        'CIN Start Date': r.referral_date,
        'Primary Need Code': r.primary_need ? (L.PRIMARY_NEED.get(r.primary_need) ?? r.primary_need) : null,
        'Date Child Was Last Seen': seen?.visit_date ?? null,
        'CIN Closure Date': closed,
        'Reason for Closure':
          closed && r.closure_reason ? (L.CLOSURE_REASON.get(r.closure_reason) ?? r.closure_reason) : null,
        'Case Status': closed ? L.CASE_STATUS.closed : caseStatus(r.person_id, r.id),
        ...team(r.person_id),
      };
    },
  );

  function caseStatus(personId: string, referralId: string): string | null {
    const openAt = (start: string, end: string | null) => overlaps(start, byAsAt(end, asAt), asAt, asAt);
    const periods = periodsOfCare(episodesByChild.get(personId) ?? [], asAt);
    if (periods.some((p) => p.end === null)) return L.CASE_STATUS.looked_after;
    if (cpPlans.some((p) => p.referral_id === referralId && openAt(p.start_date, p.end_date)))
      return L.CASE_STATUS.cp_plan;
    if (cinPlans.some((p) => p.referral_id === referralId && openAt(p.start_date, p.end_date)))
      return L.CASE_STATUS.cin_plan;
    if (assessments.some((a) => a.referral_id === referralId && byAsAt(a.authorised_date, asAt) === null))
      return L.CASE_STATUS.assessment;
    return null;
  }

  lists['List 7'] = rows(
    sortRows(list7, (p) => p.start_date),
    (p, person) => {
      const end = byAsAt(p.end_date, asAt);
      const visit = latestBy(
        (visitsByChild.get(p.person_id) ?? []).filter(
          (v) => v.kind === 'cp' && v.visit_date >= p.start_date && (end === null || v.visit_date <= end),
        ),
        (v) => v.visit_date,
        asAt,
      );
      const review = latestBy(
        conferences.filter((c) => c.kind === 'review' && c.cp_plan_id === p.id),
        (c) => c.conference_date,
        asAt,
      );
      const protectedLately = (episodesByChild.get(p.person_id) ?? []).some(
        (e) =>
          ['L1', 'L2'].includes(e.legal_status) && overlaps(e.start_date, byAsAt(e.end_date, asAt), w6, asAt),
      );
      return {
        ...person,
        [L.DISABILITY]: disability(p.person_id),
        'Child Protection Plan Start Date': p.start_date,
        'Initial Category of Abuse': L.CATEGORY_OF_ABUSE.get(p.initial_category) ?? p.initial_category,
        'Latest Category of Abuse': L.CATEGORY_OF_ABUSE.get(p.latest_category) ?? p.latest_category,
        'Date of the Last Statutory Visit': visit?.visit_date ?? null,
        'Was the Child Seen Alone?': visit ? (visit.seen_alone ? L.YES : L.NO) : null,
        'Date of latest review conference': review?.conference_date ?? null,
        'Child Protection Plan End Date': end,
        'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)':
          protectedLately ? L.YES : L.NO,
        'Number of Previous Child Protection Plans': p.previous_plans,
        ...team(p.person_id),
      };
    },
  );

  const missingByChild = byPerson(missing);
  const healthByChild = byPerson(health);
  const reviewsByChild = byPerson(reviews);
  const permanenceByChild = byPerson(permanence);
  lists['List 8'] = list8
    .sort(
      (a, b) =>
        byDate(a.period!.start, b.period!.start) ||
        byDate(a.period!.episodes[0]!.id, b.period!.episodes[0]!.id),
    )
    .flatMap(({ personId, periods, period }) => {
      const p = people.get(personId);
      if (!p || !period) return [];
      const eps = period.episodes;
      const last = eps.at(-1)!;
      let legalFrom = eps.length - 1;
      while (legalFrom > 0 && eps[legalFrom - 1]!.legal_status === last.legal_status) legalFrom--;
      let placementFrom = eps.length - 1;
      while (placementFrom > 0 && eps[placementFrom]!.rne === 'L') placementFrom--;
      const inCare12 = periods.filter((q) => overlaps(q.start, q.end, w12, asAt));
      const placements = inCare12
        .flatMap((q) => q.episodes)
        .filter((e) => overlaps(e.start_date, byAsAt(e.end_date, asAt), w12, asAt))
        .filter((e, i) => i === 0 || e.rne !== 'L').length;
      const latestMissing = latestBy(
        (missingByChild.get(personId) ?? []).filter((m) => m.kind === 'M'),
        (m) => m.start_date,
        asAt,
      );
      const offered = latestMissing
        ? byAsAt(latestMissing.return_interview_offered_date, asAt) !== null
        : null;
      const count = (kind: string) =>
        (missingByChild.get(personId) ?? []).filter((m) => m.kind === kind && m.start_date >= w12).length;
      const lastHealth = latestBy(
        (healthByChild.get(personId) ?? []).filter((h) =>
          ['initial_health_assessment', 'review_health_assessment'].includes(h.kind),
        ),
        (h) => h.event_date,
        asAt,
      );
      const lastDental = latestBy(
        (healthByChild.get(personId) ?? []).filter((h) => h.kind === 'dental_check'),
        (h) => h.event_date,
        asAt,
      );
      const plan = latestBy(permanenceByChild.get(personId) ?? [], (x) => x.plan_date, asAt);
      const review = latestBy(
        (reviewsByChild.get(personId) ?? []).filter((r) => r.review_date >= period.start),
        (r) => r.review_date,
        asAt,
      );
      const visit = latestBy(
        (visitsByChild.get(personId) ?? []).filter((v) => v.kind === 'cla' && v.visit_date >= period.start),
        (v) => v.visit_date,
        asAt,
      );
      const ceased = period.end;
      const row: Row = {
        ...childColumns(p, asAt),
        'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)':
          p.uasc_since !== null && overlaps(p.uasc_since, p.uasc_ceased, w12, asAt) ? L.YES : L.NO,
        [L.DISABILITY]: disabilityAnswer(p),
        'Date Started to be Looked After': period.start,
        "Child's Category of Need": L.PRIMARY_NEED.get(last.category_of_need) ?? last.category_of_need,
        'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)':
          inCare12.length > 1 ? L.YES : L.NO,
        'Start date of current legal status': eps[legalFrom]!.start_date,
        "Child's Legal Status": L.LEGAL_STATUS.get(last.legal_status) ?? last.legal_status,
        'Date of Latest Statutory Review': review?.review_date ?? null,
        'Date of Last Social Work Visit': visit?.visit_date ?? null,
        'What is the permanence plan for this child?': plan
          ? (L.PERMANENCE_PLAN.get(plan.plan) ?? null)
          : null,
        'Date of Last IRO Visit / Contact to the Child': null,
        'Date of Last Health Assessment': lastHealth?.event_date ?? null,
        'Date of Last Dental Check': lastDental?.event_date ?? null,
        'Number of Placements in the Last 12 months': placements,
        'Date Ceased to be Looked After': ceased,
        'Reason Ceased to be Looked After':
          ceased && last.reason_end ? (L.REASON_CEASED.get(last.reason_end) ?? last.reason_end) : null,
        'Start Date of Most Recent Placement': eps[placementFrom]!.start_date,
        'Placement Type': L.PLACEMENT_TYPE.get(last.placement_type) ?? last.placement_type,
        'Placement Provider': last.placement_provider
          ? (L.PLACEMENT_PROVIDER.get(last.placement_provider) ?? last.placement_provider)
          : null,
        'Placement postcode': last.placement_postcode,
        'URN of Placement': last.urn,
        'Placement Location': null,
        'LA of Placement': null,
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months":
          count('M'),
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months":
          count('A'),
        'Was the child offered a Return Interview after their last missing episode (Y/N)?':
          offered === null ? null : offered ? L.YES : L.NO,
        'Did the child accept a Return Interview after their last missing episode (Y/N)?':
          !offered || !latestMissing
            ? null
            : latestMissing.return_interview_accepted === null
              ? L.UNKNOWN
              : latestMissing.return_interview_accepted
                ? L.YES
                : L.NO,
        ...team(personId),
      };
      return [row];
    });

  const leaverContactsByChild = byPerson(leaverContacts);
  lists['List 9'] = rows(
    sortRows(leavers, (l) => l.start_date),
    (l, person) => {
      const p = people.get(l.person_id)!;
      const contact = latestBy(leaverContactsByChild.get(l.person_id) ?? [], (c) => c.contact_date, asAt);
      const accom = contact?.accommodation ?? null;
      const activity = contact?.activity ?? null;
      return {
        ...person,
        'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)':
          p.uasc_since !== null && p.uasc_since <= asAt ? L.YES : L.NO,
        [L.DISABILITY]: disabilityAnswer(p),
        ...team(l.person_id),
        'Allocated Personal Advisor': l.personal_adviser,
        'Eligibility Category': L.ELIGIBILITY.get(l.eligibility) ?? l.eligibility,
        'Latest Pathway Plan Review Date': byAsAt(l.pathway_plan_date, asAt),
        'LA in Touch': contact ? (L.IN_TOUCH.get(contact.in_touch) ?? contact.in_touch) : null,
        'Latest Date of Contact': contact?.contact_date ?? null,
        'Type of Accommodation': accom ? (L.ACCOMMODATION_TYPE.get(accom[0]!) ?? null) : null,
        'Suitability of Accommodation': accom ? (L.SUITABILITY.get(accom.slice(1)) ?? null) : null,
        'Activity Status': activity ? (L.ACTIVITY.get(activity) ?? null) : null,
      };
    },
  );

  lists['List 10'] = rows(
    sortRows(list10, (a) => a.decision_date),
    (a, person) => {
      const p = people.get(a.person_id)!;
      const periods = periodsOfCare(episodesByChild.get(a.person_id) ?? [], asAt);
      const period = periods.filter((q) => q.start <= a.decision_date).at(-1) ?? periods.at(-1);
      const ffa = (period?.episodes ?? []).find((e) => ['U2', 'U5'].includes(e.placement_type));
      const ceased = byAsAt(a.ceased_date, asAt);
      return {
        'Child Unique ID': person['Child Unique ID']!,
        'Family identifier': null,
        ...person,
        [L.DISABILITY]: disabilityAnswer(p),
        'Date the Child Entered Care': period?.start ?? null,
        'Date of Decision that Child Should be Placed for Adoption': a.decision_date,
        'Date of Placement Order': byAsAt(a.placement_order_date, asAt),
        'Date of Matching Child and Prospective Adopters': byAsAt(a.matched_date, asAt),
        'Date Placed for Adoption': byAsAt(a.placed_date, asAt),
        'Date of Adoption Order': byAsAt(a.adoption_order_date, asAt),
        'Date of Decision that Child Should No Longer be Placed for Adoption': ceased,
        'Reason Why Child No Longer Placed for Adoption':
          ceased && a.ceased_reason ? (L.ADOPTION_REVERSAL.get(a.ceased_reason) ?? a.ceased_reason) : null,
        'Date the child was placed for fostering in FFA or concurrent planning placement':
          ffa?.start_date ?? null,
      };
    },
  );

  return { laCode, asAt, lists };
}

/** Assessment outcomes that mean the child needs children's social care support. */
const NEEDS_SUPPORT = new Set(['cin_plan', 'strategy_discussion', 'looked_after', 'continue_support']);

/** Rows in date order, and records of one date by id (an import adds them in the file's order). */
function sortRows<T extends { person_id: string; id: string }>(rows: T[], date: (row: T) => string): T[] {
  return [...rows].sort((a, b) => byDate(date(a), date(b)) || byDate(a.id, b.id));
}

function latestPerChild<T extends { person_id: string }>(rows: T[], date: (row: T) => string): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const had = latest.get(row.person_id);
    if (!had || date(row) > date(had)) latest.set(row.person_id, row);
  }
  return [...latest.values()];
}

function childColumns(p: Person, asAt: string): Row {
  return {
    'Child Unique ID': p.la_child_id,
    Gender: L.GENDER.get(p.sex ?? 'U') ?? L.GENDER.get('U')!,
    Ethnicity: p.ethnicity ? (L.ETHNICITY.get(p.ethnicity) ?? p.ethnicity) : L.ETHNICITY.get('NOBT')!,
    'Date of Birth': p.date_of_birth,
    'Age of Child (Years)': ageAt(p.date_of_birth, asAt),
  };
}

function allocationColumns(a: Allocated | undefined): Row {
  return { 'Allocated Team': a?.team ?? null, 'Allocated Worker': a?.worker ?? null };
}

/** Yes when the record lists a disability, No when it records none (NONE), Unknown when it says nothing. */
function disabilityAnswer(p: Person): string {
  const codes = p.disabilities.filter((d) => d !== 'NONE');
  return codes.length > 0 ? L.YES : p.disabilities.includes('NONE') ? L.NO : L.UNKNOWN;
}

/** Excel's date for an ISO date: midnight UTC, so the serial is the day itself whatever the time zone. */
function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The workbook: one sheet per list with the template's headers in bold; dates as Excel dates (dd/mm/yyyy). */
export function annexAWorkbook(data: AnnexA): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hearth';
  for (const name of SHEETS) {
    const sheet = workbook.addWorksheet(name);
    const columns = COLUMNS[name];
    sheet.columns = columns.map((header) => ({
      header,
      key: header,
      width: Math.min(Math.max(header.length, 12), 40),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of data.lists[name]) {
      const added = sheet.addRow(columns.map((c) => cellValue(row[c] ?? null)));
      columns.forEach((c, i) => {
        if (typeof row[c] === 'string' && ISO_DATE.test(row[c])) added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      });
    }
  }
  return workbook;
}

function cellValue(value: Cell): string | number | Date | null {
  return typeof value === 'string' && ISO_DATE.test(value) ? excelDate(value) : value;
}

export async function writeAnnexAWorkbook(data: AnnexA, file: string): Promise<void> {
  fs.writeFileSync(file, await annexAWorkbookBytes(data));
}

/** The workbook's XLSX file. */
export async function annexAWorkbookBytes(data: AnnexA): Promise<Buffer> {
  return Buffer.from(await annexAWorkbook(data).xlsx.writeBuffer());
}
