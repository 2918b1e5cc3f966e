/**
 * The Standard Safeguarding Dataset as at a date: one CSV per SSD table, `ssd_<table>.csv`, with the SSD's
 * field names, written as shared/standards/ssd-conventions.md fixes (YYYY-MM-DD dates, Y/N flags, DfE
 * codes, RFC 4180 quoting, a table with no rows still written with its header).
 *
 * The record as at the date (see ../as-at.ts): rows dated after it are left out and end dates after it are
 * blank. Ids are Hearth's own (person, record, team and worker ids); `pers_legacy_id` is the LA child id.
 *
 * Filled from the record: person, disability, immigration_status (UASC), address, mother, contacts,
 * early_help_episodes, cin_episodes, cin_assessments, assessment_factors, cin_plans, cin_visits,
 * s47_enquiry, initial_cp_conference, cp_plans, cp_reviews, cp_visits, cla_episodes, cla_placement,
 * legal_status, cla_reviews, cla_visits, cla_health, cla_immunisations, sdq_scores, missing,
 * care_leavers, permanence, pre_proceedings (decision, letter, outcome and end), professionals, department
 * and involvements (allocations). Beside them, Hearth's side files: case supervisions, team types, visiting
 * patterns (3-monthly for a long-term placement) and the authority's population (ssd-conventions.md).
 * What the SSD lacks (a care leaver's start, when a child was seen) the importer (./import.ts) infers, so
 * this export read back and exported again is the same, byte for byte.
 *
 * Left empty (headers only), because Hearth does not hold them: api_data_staging, cla_care_plan,
 * cla_convictions, cla_previous_permanence, cla_substance_misuse, ehcp_* (4 tables), family,
 * linked_identifiers, s251_finance, send, sen_need, version_log, voice_of_child. Within filled tables,
 * fields Hearth does not hold are blank, among them the outcome JSON of contacts, assessments, section 47
 * enquiries and conferences (Hearth records one outcome code, not the SSD's flag sets), visit "bedroom"
 * flags, review due dates and quoracy, placement distance, and most PLO fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Trx } from '../../db/database.ts';
import { describeCode, isShortBreak } from '../../domain/codes.ts';
import { LEAD_AGENCY } from '../../domain/local-codes.ts';
import { byAsAt, byDate, currentLaCode, loadAllocations, loadPeople, periodsOfCare } from '../as-at.ts';
import { REFERRAL_OUTCOME_KEYS, SSD_SIDE_FILES, SSD_TABLES } from './spec.ts';

export type SsdRow = Record<string, string>;

export interface SsdData {
  laCode: string;
  asAt: string;
  tables: Map<string, SsdRow[]>;
}

type Value = string | number | boolean | null | undefined;

const yn = (v: boolean | null | undefined): string => (v === null || v === undefined ? '' : v ? 'Y' : 'N');

export async function exportSsd(trx: Trx, asAt: string): Promise<SsdData> {
  const laCode = await currentLaCode(trx);
  const tables = new Map<string, SsdRow[]>(
    [...SSD_TABLES.keys(), ...SSD_SIDE_FILES.keys()].map((t) => [t, []]),
  );
  const add = (table: string, values: Record<string, Value>): void => {
    const fields = SSD_TABLES.get(table) ?? SSD_SIDE_FILES.get(table);
    if (!fields) throw new Error(`There is no SSD table ${table}`);
    for (const k of Object.keys(values))
      if (!fields.includes(k)) throw new Error(`${table} has no field ${k}`);
    const row: SsdRow = {};
    for (const f of fields) {
      const v = values[f];
      row[f] = v === null || v === undefined ? '' : typeof v === 'boolean' ? yn(v) : String(v);
    }
    tables.get(table)!.push(row);
  };
  const end = (d: string | null) => byAsAt(d, asAt);
  /* eslint-disable @typescript-eslint/no-explicit-any -- rows of several tables read alike */
  const upTo = async (table: string, date: string): Promise<any[]> =>
    (await (trx as any)
      .selectFrom(table)
      .selectAll()
      .where('voided_at', 'is', null)
      .where(date, '<=', asAt)
      .orderBy(date)
      .orderBy('id')
      .execute()) as any[];
  /* eslint-enable @typescript-eslint/no-explicit-any */

  const contacts = await upTo('contact', 'contact_date');
  const earlyHelp = await upTo('early_help_episode', 'start_date');
  const referrals = await upTo('referral', 'referral_date');
  const assessments = await upTo('assessment', 'start_date');
  const cinPlans = await upTo('cin_plan', 'start_date');
  const visits = await upTo('visit', 'visit_date');
  const s47s = await upTo('s47_enquiry', 'start_date');
  const conferences = await upTo('cp_conference', 'conference_date');
  const cpPlans = await upTo('cp_plan', 'start_date');
  const episodes = await upTo('cla_episode', 'start_date');
  const reviews = await upTo('cla_review', 'review_date');
  const health = await upTo('health_event', 'event_date');
  const missing = await upTo('missing_episode', 'start_date');
  const leavers = await upTo('care_leaver', 'start_date');
  const leaverContacts = await upTo('care_leaver_contact', 'contact_date');
  const adoptions = await upTo('adoption', 'decision_date');
  const preProceedings = await upTo('pre_proceedings', 'decision_date');
  const addresses = await upTo('person_address', 'start_date');

  const all = [
    contacts,
    earlyHelp,
    referrals,
    assessments,
    cinPlans,
    visits,
    s47s,
    cpPlans,
    episodes,
    reviews,
    health,
    missing,
    leavers,
    adoptions,
    preProceedings,
  ];
  const people = await loadPeople(
    trx,
    all.flatMap((rows) => rows.map((r: { person_id: string }) => r.person_id)),
  );
  const allocations = await loadAllocations(trx, people.keys(), asAt);
  const workerAt = (personId: string, date: string) =>
    allocations
      .filter(
        (a) =>
          a.person_id === personId && a.start_date <= date && (a.end_date === null || a.end_date >= date),
      )
      .sort((a, b) => byDate(a.start_date, b.start_date))
      .at(-1);
  const known = <T extends { person_id: string }>(rows: T[]): T[] =>
    rows.filter((r) => people.has(r.person_id));

  // People and identity.
  const mothers = await trx
    .selectFrom('relationship')
    .select(['id', 'person_id', 'related_person_id'])
    .where('relationship', '=', 'mother')
    .where('voided_at', 'is', null)
    .execute();
  const motherOf = new Set(mothers.map((m) => m.related_person_id));
  for (const p of [...people.values()].sort((a, b) => byDate(a.la_child_id, b.la_child_id))) {
    add('ssd_person', {
      pers_person_id: p.id,
      pers_forename: p.given_name,
      pers_surname: p.family_name,
      pers_sex: p.sex,
      pers_gender: p.gender,
      pers_ethnicity: p.ethnicity,
      pers_dob: byAsAt(p.date_of_birth, asAt),
      pers_legacy_id: p.la_child_id,
      pers_upn_unknown: p.upn_unknown,
      pers_expected_dob: p.expected_date_of_birth,
      pers_death_date: byAsAt(p.date_of_death, asAt),
      pers_is_mother: p.sex === 'F' ? yn(motherOf.has(p.id)) : null,
    });
    for (const code of p.disabilities)
      add('ssd_disability', {
        disa_person_id: p.id,
        disa_table_id: `${p.id}-${code}`,
        disa_disability_code: code,
      });
    if (p.uasc_since !== null && p.uasc_since <= asAt)
      add('ssd_immigration_status', {
        immi_person_id: p.id,
        immi_immigration_status_id: p.id,
        immi_immigration_status: 'UASC',
        immi_immigration_status_start_date: p.uasc_since,
        immi_immigration_status_end_date: end(p.uasc_ceased),
      });
  }
  for (const a of known(addresses))
    add('ssd_address', {
      addr_table_id: a.id,
      addr_person_id: a.person_id,
      addr_address_start_date: a.start_date,
      addr_address_end_date: end(a.end_date),
      addr_address_postcode: a.postcode,
    });
  for (const m of mothers)
    if (people.has(m.person_id) && people.has(m.related_person_id))
      add('ssd_mother', {
        moth_table_id: m.id,
        moth_person_id: m.related_person_id,
        moth_childs_person_id: m.person_id,
        moth_childs_dob: people.get(m.person_id)!.date_of_birth,
      });

  // Front door and children in need.
  for (const c of known(contacts))
    add('ssd_contacts', {
      cont_contact_id: c.id,
      cont_person_id: c.person_id,
      cont_contact_date: c.contact_date,
      cont_contact_source_code: c.source,
    });
  for (const e of known(earlyHelp))
    add('ssd_early_help_episodes', {
      earl_episode_id: e.id,
      earl_person_id: e.person_id,
      earl_episode_start_date: e.start_date,
      earl_episode_end_date: end(e.end_date),
      earl_episode_reason: e.reason,
      earl_episode_end_reason: end(e.end_date) ? EARLY_HELP_END[e.end_reason as string] : null,
      earl_episode_organisation: describeCode(LEAD_AGENCY, e.lead_agency),
    });
  for (const r of known(referrals)) {
    const closed = end(r.closure_date);
    const mine = (rows: { referral_id: string }[]) => rows.filter((x) => x.referral_id === r.id);
    const outcome = Object.fromEntries(REFERRAL_OUTCOME_KEYS.map((k) => [k, '']));
    outcome.NFA_FLAG = yn(r.nfa);
    outcome.SINGLE_ASSESSMENT_FLAG = yn(mine(assessments).length > 0);
    outcome.STRATEGY_DISCUSSION_FLAG = yn(mine(s47s).length > 0);
    const worker = workerAt(r.person_id, r.referral_date);
    add('ssd_cin_episodes', {
      cine_referral_id: r.id,
      cine_person_id: r.person_id,
      cine_referral_date: r.referral_date,
      cine_cin_primary_need_code: r.primary_need,
      cine_referral_source_code: r.source,
      cine_referral_outcome_json: JSON.stringify(outcome),
      cine_referral_nfa: yn(r.nfa),
      cine_close_reason: closed ? r.closure_reason : null,
      cine_close_date: closed,
      cine_referral_worker_id: worker?.worker_id,
    });
  }
  for (const a of known(assessments)) {
    const authorised = end(a.authorised_date);
    add('ssd_cin_assessments', {
      cina_assessment_id: a.id,
      cina_person_id: a.person_id,
      cina_referral_id: a.referral_id,
      cina_assessment_start_date: a.start_date,
      cina_assessment_child_seen: yn(end(a.child_seen_date) !== null),
      cina_assessment_auth_date: authorised,
      cina_assessment_outcome_nfa: authorised ? yn(a.outcome === 'nfa') : null,
    });
    if (authorised && a.factors.length > 0)
      add('ssd_assessment_factors', {
        cinf_table_id: a.id,
        cinf_assessment_id: a.id,
        cinf_assessment_factors_json: JSON.stringify(a.factors),
      });
  }
  for (const p of known(cinPlans))
    add('ssd_cin_plans', {
      cinp_cin_plan_id: p.id,
      cinp_referral_id: p.referral_id,
      cinp_person_id: p.person_id,
      cinp_cin_plan_start_date: p.start_date,
      cinp_cin_plan_end_date: end(p.end_date),
    });
  const visitPrefix: Record<string, string> = { cin: 'cinv', cp: 'cppv', cla: 'clav' };
  for (const v of known(visits)) {
    const kind = v.kind as string;
    const p = visitPrefix[kind];
    if (!p) continue;
    add(`ssd_${kind}_visits`, {
      [`${p}_${kind}_visit_id`]: v.id,
      [`${p}_person_id`]: v.person_id,
      [`${p}_${kind}_visit_date`]: v.visit_date,
      [`${p}_${kind}_visit_seen`]: yn(v.child_seen),
      [`${p}_${kind}_visit_seen_alone`]: yn(v.seen_alone),
    });
  }

  // Child protection.
  for (const s of known(s47s))
    add('ssd_s47_enquiry', {
      s47e_s47_enquiry_id: s.id,
      s47e_referral_id: s.referral_id,
      s47e_person_id: s.person_id,
      s47e_s47_start_date: s.start_date,
      s47e_s47_end_date: end(s.end_date),
      s47e_s47_nfa: end(s.end_date) && s.outcome ? yn(s.outcome === 'nfa') : null,
    });
  for (const c of known(conferences).filter((c) => c.kind === 'initial'))
    add('ssd_initial_cp_conference', {
      icpc_icpc_id: c.id,
      icpc_s47_enquiry_id: c.s47_id,
      icpc_person_id: c.person_id,
      icpc_cp_plan_id: c.cp_plan_id,
      icpc_referral_id: c.referral_id,
      icpc_icpc_date: c.conference_date,
      icpc_icpc_outcome_cp_flag: yn(c.outcome === 'plan'),
    });
  for (const p of known(cpPlans))
    add('ssd_cp_plans', {
      cppl_cp_plan_id: p.id,
      cppl_referral_id: p.referral_id,
      cppl_icpc_id: conferences.find((c) => c.kind === 'initial' && c.cp_plan_id === p.id)?.id,
      cppl_person_id: p.person_id,
      cppl_cp_plan_start_date: p.start_date,
      cppl_cp_plan_end_date: end(p.end_date),
      cppl_cp_plan_initial_category: p.initial_category,
      cppl_cp_plan_latest_category: p.latest_category,
    });
  for (const c of known(conferences).filter((c) => c.kind === 'review'))
    add('ssd_cp_reviews', {
      cppr_cp_review_id: c.id,
      cppr_person_id: c.person_id,
      cppr_cp_plan_id: c.cp_plan_id,
      cppr_cp_review_date: c.conference_date,
      cppr_cp_review_outcome_continue_cp: yn(c.outcome === 'continue'),
    });

  // Looked after: each 903 episode is an SSD episode with its placement; the period of care is clae_cla_id.
  // A short break (V3, V4), which periodsOfCare leaves out, is a period of its own.
  const byChild = new Map<string, typeof episodes>();
  for (const e of known(episodes)) byChild.set(e.person_id, [...(byChild.get(e.person_id) ?? []), e]);
  for (const [personId, mine] of byChild) {
    const breaks = mine
      .filter((e) => e.start_date <= asAt && isShortBreak(e.legal_status))
      .map((e) => ({ start: e.start_date as string, end: end(e.end_date), episodes: [e] }));
    const periods = [...periodsOfCare(mine, asAt), ...breaks].sort((a, b) => byDate(a.start, b.start));
    for (const period of periods) {
      const claId = period.episodes[0]!.id;
      for (const e of period.episodes) {
        const ceased = end(e.end_date);
        const referral = referrals
          .filter((r) => r.person_id === personId && r.referral_date <= e.start_date)
          .at(-1);
        add('ssd_cla_episodes', {
          clae_cla_episode_id: e.id,
          clae_person_id: personId,
          clae_cla_episode_start_date: e.start_date,
          clae_cla_episode_start_reason: e.rne,
          clae_cla_primary_need_code: e.category_of_need,
          clae_cla_episode_ceased_date: ceased,
          clae_cla_episode_ceased_reason: ceased ? e.reason_end : null,
          clae_cla_id: claId,
          clae_referral_id: referral?.id,
          clae_cla_placement_id: e.id,
          clae_entered_care_date: period.start,
        });
        add('ssd_cla_placement', {
          clap_cla_placement_id: e.id,
          clap_cla_placement_start_date: e.start_date,
          clap_cla_placement_type: e.placement_type,
          clap_cla_placement_urn: e.urn,
          clap_cla_id: claId,
          clap_cla_placement_provider: e.placement_provider,
          clap_cla_placement_postcode: e.placement_postcode,
          clap_cla_placement_end_date: ceased,
          clap_cla_placement_change_reason: e.reason_place_change,
          clap_person_id: personId,
        });
        add('ssd_legal_status', {
          lega_legal_status_id: e.id,
          lega_person_id: personId,
          lega_legal_status: e.legal_status,
          lega_legal_status_start_date: e.start_date,
          lega_legal_status_end_date: ceased,
        });
      }
      for (const r of reviews.filter(
        (r) =>
          r.person_id === personId &&
          r.review_date >= period.start &&
          (period.end === null || r.review_date <= period.end),
      ))
        add('ssd_cla_reviews', {
          clar_cla_review_id: r.id,
          clar_cla_id: claId,
          clar_cla_review_date: r.review_date,
          clar_cla_review_participation: r.participation,
        });
    }
  }
  for (const h of known(health)) {
    if (h.kind === 'sdq')
      add('ssd_sdq_scores', {
        csdq_table_id: h.id,
        csdq_person_id: h.person_id,
        csdq_sdq_completed_date: h.event_date,
        csdq_sdq_score: h.sdq_score,
      });
    else if (h.kind === 'immunisations')
      add('ssd_cla_immunisations', {
        clai_person_id: h.person_id,
        clai_immunisations_status: 'Y',
        clai_immunisations_status_date: h.event_date,
      });
    else
      add('ssd_cla_health', {
        clah_health_check_id: h.id,
        clah_person_id: h.person_id,
        clah_health_check_type: HEALTH_CHECK[h.kind as string],
        clah_health_check_date: h.event_date,
        clah_health_check_status: 'Completed',
      });
  }
  for (const m of known(missing))
    add('ssd_missing', {
      miss_table_id: m.id,
      miss_person_id: m.person_id,
      miss_missing_episode_start_date: m.start_date,
      miss_missing_episode_type: m.kind,
      miss_missing_episode_end_date: end(m.end_date),
      miss_missing_rhi_offered: yn(end(m.return_interview_offered_date) !== null),
      miss_missing_rhi_accepted: end(m.return_interview_offered_date)
        ? yn(m.return_interview_accepted)
        : null,
    });
  // By young person, then start: the SSD has no start, and an import infers it (from the law's definitions).
  const byYoungPerson = (a: { person_id: string; start_date: string }, b: typeof a) =>
    a.person_id < b.person_id ? -1 : a.person_id > b.person_id ? 1 : byDate(a.start_date, b.start_date);
  for (const l of known(leavers).sort(byYoungPerson)) {
    const contact = leaverContacts.filter((c) => c.person_id === l.person_id).at(-1);
    const worker = workerAt(l.person_id, asAt);
    add('ssd_care_leavers', {
      clea_table_id: l.id,
      clea_person_id: l.person_id,
      clea_care_leaver_eligibility: ELIGIBILITY[l.eligibility as string],
      clea_care_leaver_in_touch: contact?.in_touch,
      clea_care_leaver_latest_contact: contact?.contact_date,
      clea_care_leaver_accommodation: contact?.accommodation,
      clea_care_leaver_accom_suitable: contact?.accommodation ? String(contact.accommodation).slice(1) : null,
      clea_care_leaver_activity: contact?.activity,
      clea_pathway_plan_review_date: end(l.pathway_plan_date),
      clea_care_leaver_personal_advisor: l.personal_adviser,
      clea_care_leaver_worker_id: worker?.worker_id,
    });
  }
  for (const a of known(adoptions)) {
    const ceased = end(a.ceased_date);
    add('ssd_permanence', {
      perm_table_id: a.id,
      perm_person_id: a.person_id,
      perm_adm_decision_date: a.decision_date,
      perm_placement_order_date: end(a.placement_order_date),
      perm_placed_for_adoption_date: end(a.placed_date),
      perm_matched_date: end(a.matched_date),
      perm_adopted_by_carer_flag: a.foster_care,
      perm_decision_reversed_date: ceased,
      perm_decision_reversed_reason: ceased ? a.ceased_reason : null,
      perm_permanence_order_date: end(a.adoption_order_date),
      perm_permanence_order_type: end(a.adoption_order_date) ? 'Adoption' : null,
      perm_adopter_sex: a.sex_of_adopters,
      perm_adopter_legal_status: a.legal_status_of_adopters,
      perm_number_of_adopters: a.number_of_adopters,
    });
  }
  for (const p of known(preProceedings))
    add('ssd_pre_proceedings', {
      prep_table_id: p.id,
      prep_person_id: p.person_id,
      prep_plo_family_id: p.id,
      prep_pre_pro_decision_date: p.decision_date,
      prep_pre_pro_outcome: end(p.end_date) ? p.outcome : null,
      prep_agree_stepdown_issue_date: end(p.end_date),
      prep_pre_pro_letter_date: end(p.letter_before_proceedings_date),
    });

  // The workforce: the teams and workers of the allocations, and the allocations as involvements.
  const teams = await trx
    .selectFrom('team')
    .select(['id', 'name', 'parent_id'])
    .where('voided_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  for (const t of teams)
    add('ssd_department', {
      dept_team_id: t.id,
      dept_team_name: t.name,
      dept_team_parent_id: t.parent_id,
      dept_team_parent_name: t.parent_id ? teamName.get(t.parent_id) : null,
    });
  const workers = await trx
    .selectFrom('worker')
    .select(['id', 'name', 'swe_number', 'job_title', 'team_id', 'fte', 'agency'])
    .where('voided_at', 'is', null)
    .where('start_date', '<=', asAt)
    .execute();
  for (const w of workers)
    add('ssd_professionals', {
      prof_professional_id: w.id,
      prof_staff_id: w.id,
      prof_professional_name: w.name,
      prof_social_worker_registration_no: w.swe_number,
      prof_professional_job_title: w.job_title,
      prof_professional_department: teamName.get(w.team_id),
      prof_full_time_equivalency: w.fte,
      prof_agency_worker_flag: yn(w.agency),
    });
  const involvements = await trx
    .selectFrom('allocation')
    .select(['id', 'person_id', 'team_id', 'worker_id', 'start_date', 'end_date', 'change_reason'])
    .where('voided_at', 'is', null)
    .where('start_date', '<=', asAt)
    .orderBy('start_date')
    .execute();
  for (const a of known(involvements))
    add('ssd_involvements', {
      invo_involvements_id: a.id,
      invo_professional_id: a.worker_id,
      invo_professional_role_id: 'Allocated worker',
      invo_professional_team: a.team_id,
      invo_involvement_start_date: a.start_date,
      invo_involvement_end_date: end(a.end_date),
      invo_worker_change_reason: a.change_reason,
      invo_person_id: a.person_id,
    });

  // Beside the SSD: what it lacks and Hearth holds (shared/standards/ssd-conventions.md).
  for (const s of known(await upTo('case_supervision', 'supervision_date')))
    add('hearth_case_supervisions', {
      person_id: s.person_id,
      supervision_date: s.supervision_date,
      worker_id: s.supervisor_worker_id,
    });
  const types = await trx
    .selectFrom('team')
    .select(['id', 'team_type', 'caseload_target'])
    .where('voided_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  for (const t of types)
    add('hearth_team_types', {
      dept_team_id: t.id,
      team_type: t.team_type,
      caseload_target: t.caseload_target,
    });
  for (const e of known(episodes)
    .filter((e) => e.long_term_placement)
    .sort((a, b) => byDate(a.person_id, b.person_id) || byDate(a.start_date, b.start_date)))
    add('hearth_visit_patterns', {
      person_id: e.person_id,
      pattern: '3-monthly',
      start_date: e.start_date,
      end_date: end(e.end_date),
    });
  const authority = await trx
    .selectFrom('local_authority')
    .select('name')
    .where('la_code', '=', laCode)
    .executeTakeFirstOrThrow();
  const populations = await trx
    .selectFrom('authority_population')
    .select(['year', 'population'])
    .orderBy('year')
    .execute();
  for (const p of populations)
    add('hearth_authority', {
      la_code: laCode,
      name: authority.name,
      year: p.year,
      population_0_17: p.population,
    });

  return { laCode, asAt, tables };
}

export const EARLY_HELP_END: Record<string, string> = {
  needs_met: 'Outcomes met',
  step_up: 'Step-up',
  declined: 'Other',
  moved_away: 'Moved away',
  other: 'Other',
};
export const ELIGIBILITY: Record<string, string> = {
  eligible: 'Eligible',
  relevant: 'Relevant',
  former_relevant: 'Former relevant',
  qualifying: 'Qualifying',
};
export const HEALTH_CHECK: Record<string, string> = {
  initial_health_assessment: 'Initial health assessment',
  review_health_assessment: 'Review health assessment',
  dental_check: 'Dental check',
};

/** An RFC 4180 cell: quoted when it holds a comma, a quote or a line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `ssd_<table>.csv` for every SSD table, and Hearth's side files: each file's name and text. */
export function ssdCsvFiles(data: SsdData): { name: string; content: string }[] {
  return [...SSD_TABLES, ...SSD_SIDE_FILES].map(([table, fields]) => {
    const lines = [fields.join(',')];
    for (const row of data.tables.get(table) ?? [])
      lines.push(fields.map((f) => csvCell(row[f] ?? '')).join(','));
    return { name: `${table}.csv`, content: `${lines.join('\r\n')}\r\n` };
  });
}

/** Writes the SSD's files (ssdCsvFiles) into `dir` (made if missing); returns their paths. */
export function writeSsdDirectory(data: SsdData, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return ssdCsvFiles(data).map(({ name, content }) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content, 'utf8');
    return file;
  });
}
