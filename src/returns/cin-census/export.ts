import { sql } from 'kysely';
import type { Trx } from '../../db/database.ts';
import { addWorkingDays } from '../../domain/working-days.ts';
import { currentLaCode } from '../ssda903/export.ts';
import { censusDates, censusYearStart, CIN_YEARS, type CinCensusData, type CinRow } from './spec.ts';

/**
 * The CIN census built from the record for one collection year (2025 is 1 April 2025 to 31 March 2026),
 * as the DfE's guidance scopes it and its rules check it. Voided records are left out, and anything dated
 * after the reference date is returned as not yet happened (a closure in April is an open episode).
 *
 * - Children: everyone with a CIN episode (a referral) open at any point in the year, NFA referrals
 *   included, each once, by LA child ID.
 * - CINdetails: those episodes, oldest first; CINdetailsID numbers them 1, 2, … within the child.
 * - Assessments open in the year (authorised in it, or not authorised by 31 March), one row per factor as
 *   the DfE validator reads them (an assessment with no factors is one row with none); AssessmentID numbers
 *   the assessments 1, 2, … within the episode. Factors only for an assessment authorised by 31 March.
 * - CINplanDates and ChildProtectionPlans open at any point in the year; CPPID numbers the plans within the
 *   episode; Reviews are the plan's review conferences held in the year.
 * - Section47: enquiries started in the year, or started before it with their initial conference in it.
 *   The target date is 15 working days after the start; DateOfInitialCPC is the enquiry's initial
 *   conference; ICPCnotRequired is true when the enquiry ended with no conference needed. An initial
 *   conference in the year that belongs to no returned enquiry is given on CINdetails instead.
 *
 * `specificationYear` is the specification the rows follow: a later year's census may be built to the latest
 * specification Hearth holds, to check it as the year goes on (never to send).
 */
export async function exportCinCensus(
  trx: Trx,
  year: number,
  specificationYear = year,
): Promise<CinCensusData> {
  if (!CIN_YEARS.includes(specificationYear) || specificationYear > year)
    throw new Error(`the CIN census for ${year} is not supported`);
  const { referenceDate: end, collectionStart: start } = censusDates(year);
  // Enquiries and initial conferences from the census year's start as the DfE's validator counts it (a
  // day earlier than the collection year's), so that a plan it takes to start in the year has its conference.
  const conferencesFrom = censusYearStart(end);
  const laCode = await currentLaCode(trx);
  const known = (date: string | null): string | null => (date !== null && date <= end ? date : null);

  const scope = trx
    .selectFrom('referral')
    .select('id')
    .where('voided_at', 'is', null)
    .where('referral_date', '<=', end)
    .where((eb) => eb.or([eb('closure_date', 'is', null), eb('closure_date', '>=', start)]));

  const referrals = await trx
    .selectFrom('referral')
    .innerJoin('person', (j) =>
      j.onRef('person.la_code', '=', 'referral.la_code').onRef('person.id', '=', 'referral.person_id'),
    )
    .select([
      'referral.id',
      'referral.person_id',
      'referral.referral_date',
      'referral.source',
      'referral.primary_need',
      'referral.nfa',
      'referral.closure_date',
      'referral.closure_reason',
    ])
    .where('referral.id', 'in', scope)
    .where('person.voided_at', 'is', null)
    .orderBy('referral.referral_date')
    .orderBy('referral.id')
    .execute();

  const people = await trx
    .selectFrom('person')
    .select([
      'id',
      'la_child_id',
      'upn',
      'former_upn',
      'upn_unknown',
      'date_of_birth',
      'expected_date_of_birth',
      'sex',
      'date_of_death',
      'ethnicity',
      'disabilities',
    ])
    .where('id', 'in', trx.selectFrom('referral').select('person_id').where('id', 'in', scope))
    .where('voided_at', 'is', null)
    .execute();
  people.sort((a, b) => (a.la_child_id < b.la_child_id ? -1 : a.la_child_id > b.la_child_id ? 1 : 0));

  // The rows of the episodes in scope, not voided; plans open at some point in the year.
  const ofScope = sql<boolean>`referral_id IN (${scope}) AND voided_at IS NULL`;
  const openInYear = sql<boolean>`start_date <= ${end} AND (end_date IS NULL OR end_date >= ${start})`;
  const [assessments, cinPlans, s47s, cpPlans, conferences] = await Promise.all([
    trx
      .selectFrom('assessment')
      .select(['id', 'referral_id', 'start_date', 'authorised_date', 'factors'])
      .where(ofScope)
      .where(sql<boolean>`start_date <= ${end} AND (authorised_date IS NULL OR authorised_date >= ${start})`)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    trx
      .selectFrom('cin_plan')
      .select(['referral_id', 'start_date', 'end_date'])
      .where(ofScope)
      .where(openInYear)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    trx
      .selectFrom('s47_enquiry')
      .select(['id', 'referral_id', 'start_date', 'end_date', 'icpc_required'])
      .where(ofScope)
      .where('start_date', '<=', end)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    trx
      .selectFrom('cp_plan')
      .select(['id', 'referral_id', 'start_date', 'end_date', 'initial_category', 'latest_category'])
      .select('previous_plans')
      .where(ofScope)
      .where(openInYear)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    trx
      .selectFrom('cp_conference')
      .select(['referral_id', 'kind', 'conference_date', 's47_id', 'cp_plan_id'])
      .where(ofScope)
      .where('conference_date', '<=', end)
      .orderBy('conference_date')
      .execute(),
  ]);

  const byReferral = <T extends { referral_id: string }>(rows: T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.referral_id);
      if (list) list.push(row);
      else map.set(row.referral_id, [row]);
    }
    return map;
  };
  const referralsOf = new Map<string, typeof referrals>();
  for (const r of referrals) {
    const list = referralsOf.get(r.person_id);
    if (list) list.push(r);
    else referralsOf.set(r.person_id, [r]);
  }
  const assessmentsOf = byReferral(assessments);
  const cinPlansOf = byReferral(cinPlans);
  const s47sOf = byReferral(s47s);
  const cpPlansOf = byReferral(cpPlans);
  const conferencesOf = byReferral(conferences);
  const initialOf = new Map<string, string>();
  const reviewsOf = new Map<string, string[]>();
  for (const c of conferences) {
    if (c.kind === 'initial' && c.s47_id !== null && !initialOf.has(c.s47_id))
      initialOf.set(c.s47_id, c.conference_date);
    if (c.kind === 'review' && c.cp_plan_id !== null && c.conference_date >= start) {
      const list = reviewsOf.get(c.cp_plan_id);
      if (list) list.push(c.conference_date);
      else reviewsOf.set(c.cp_plan_id, [c.conference_date]);
    }
  }

  const tables = {
    Header: [
      {
        Collection: 'CIN',
        Year: String(year + 1),
        ReferenceDate: end,
        SourceLevel: 'L',
        LEA: laCode,
        SoftwareCode: 'Hearth',
        Release: '1',
        SerialNo: '001',
        DateTime: new Date().toISOString().slice(0, 19),
      },
    ],
    ChildIdentifiers: [] as CinRow[],
    ChildCharacteristics: [] as CinRow[],
    Disabilities: [] as CinRow[],
    CINdetails: [] as CinRow[],
    Assessments: [] as CinRow[],
    CINplanDates: [] as CinRow[],
    Section47: [] as CinRow[],
    ChildProtectionPlans: [] as CinRow[],
    Reviews: [] as CinRow[],
  };

  for (const p of people) {
    const child = p.la_child_id;
    const episodes = referralsOf.get(p.id) ?? [];
    if (episodes.length === 0) continue;
    tables.ChildIdentifiers.push({
      LAchildID: child,
      UPN: p.upn ?? '',
      FormerUPN: p.former_upn ?? '',
      UPNunknown: p.upn ? '' : (p.upn_unknown ?? ''),
      PersonBirthDate: p.date_of_birth ?? '',
      ExpectedPersonBirthDate: p.date_of_birth ? '' : (p.expected_date_of_birth ?? ''),
      Sex: p.sex ?? '',
      PersonDeathDate: known(p.date_of_death) ?? '',
    });
    tables.ChildCharacteristics.push({ LAchildID: child, Ethnicity: p.ethnicity ?? '' });
    for (const disability of p.disabilities.length > 0 ? p.disabilities : ['NONE'])
      tables.Disabilities.push({ LAchildID: child, Disability: disability });

    episodes.forEach((r, e) => {
      const episode = { LAchildID: child, CINdetailsID: String(e + 1) };
      const closed = known(r.closure_date);
      const enquiries = (s47sOf.get(r.id) ?? []).filter((s) => {
        const icpc = known(initialOf.get(s.id) ?? null);
        return s.start_date >= conferencesFrom || (icpc !== null && icpc >= conferencesFrom);
      });
      const returned = new Set(enquiries.map((s) => s.id));
      const unattached = (conferencesOf.get(r.id) ?? []).find(
        (c) =>
          c.kind === 'initial' &&
          c.conference_date >= conferencesFrom &&
          (c.s47_id === null || !returned.has(c.s47_id)),
      );
      tables.CINdetails.push({
        ...episode,
        CINreferralDate: r.referral_date,
        ReferralSource: r.source,
        PrimaryNeedCode: r.primary_need ?? '',
        CINclosureDate: closed ?? '',
        ReasonForClosure: closed ? (r.closure_reason ?? '') : '',
        DateOfInitialCPC: unattached?.conference_date ?? '',
        ReferralNFA: r.nfa ? 'true' : 'false',
      });
      (assessmentsOf.get(r.id) ?? []).forEach((a, i) => {
        const authorised = known(a.authorised_date);
        const factors = authorised && a.factors.length > 0 ? a.factors : [''];
        for (const factor of factors)
          tables.Assessments.push({
            ...episode,
            AssessmentID: String(i + 1),
            AssessmentActualStartDate: a.start_date,
            AssessmentInternalReviewDate: '',
            AssessmentAuthorisationDate: authorised ?? '',
            AssessmentFactors: factor,
          });
      });
      for (const plan of cinPlansOf.get(r.id) ?? [])
        tables.CINplanDates.push({
          ...episode,
          CINPlanStartDate: plan.start_date,
          CINPlanEndDate: known(plan.end_date) ?? '',
        });
      for (const s of enquiries) {
        const icpc = known(initialOf.get(s.id) ?? null);
        const ended = known(s.end_date);
        tables.Section47.push({
          ...episode,
          S47ActualStartDate: s.start_date,
          InitialCPCtarget: addWorkingDays(s.start_date, 15),
          DateOfInitialCPC: icpc ?? '',
          ICPCnotRequired: icpc === null && ended !== null && s.icpc_required === false ? 'true' : 'false',
        });
      }
      (cpPlansOf.get(r.id) ?? []).forEach((plan, i) => {
        const cpp = { ...episode, CPPID: String(i + 1) };
        tables.ChildProtectionPlans.push({
          ...cpp,
          CPPstartDate: plan.start_date,
          CPPendDate: known(plan.end_date) ?? '',
          InitialCategoryOfAbuse: plan.initial_category,
          LatestCategoryOfAbuse: plan.latest_category,
          NumberOfPreviousCPP: String(plan.previous_plans),
        });
        for (const review of reviewsOf.get(plan.id) ?? [])
          tables.Reviews.push({ ...cpp, CPPreviewDate: review });
      });
    });
  }
  return { year, laCode, referenceDate: end, collectionStart: start, tables };
}
