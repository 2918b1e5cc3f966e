import {
  ASSESSMENT_FACTORS,
  CATEGORY_OF_ABUSE,
  LS,
  PLACE,
  REASON_FOR_CLOSURE,
  REC,
  REFERRAL_SOURCE,
  SDQ_REASON,
  describeCode,
  type CodeList,
} from '../domain/codes.ts';
import {
  ASSESSMENT_OUTCOME,
  CARE_LEAVER_ELIGIBILITY,
  CONTACT_DECISION,
  EARLY_HELP_END,
  HEALTH_EVENT,
  LEAD_AGENCY,
  PERMANENCE_PLAN,
  S47_OUTCOME,
  VISIT_KIND,
} from '../domain/local-codes.ts';
import type { ChildRecord } from './child.ts';
import type { RecordTable } from './record.ts';

/** One line of the chronology: generated from what is recorded, never typed twice. */
export interface ChronologyEntry {
  date: string;
  title: string;
  detail: string;
  table: RecordTable;
  id: string;
  corrected: boolean;
}

/** The annual outcomes in a line: what was found, and the reason for no SDQ score when given. */
function outcomeSummary(o: ChildRecord['claOutcomes'][number]): string {
  const parts = [
    o.convicted === null ? '' : o.convicted ? 'Convicted in the year' : 'Not convicted',
    o.substance_misuse ? 'Substance misuse problem identified' : 'No substance misuse problem',
    o.intervention_received === null ? '' : o.intervention_received ? 'Intervention received' : '',
    o.intervention_offered ? 'Intervention offered and refused' : '',
    o.sdq_reason ? `No SDQ score: ${d(SDQ_REASON, o.sdq_reason)}` : '',
  ];
  return parts.filter(Boolean).join('. ');
}

function d(list: CodeList, code: string | null | undefined): string {
  return code ? (describeCode(list, code) ?? code) : '';
}

/** Every recorded event in the child's record, newest first; events of the same day in pathway order. */
export function chronology(child: ChildRecord): ChronologyEntry[] {
  const entries: ChronologyEntry[] = [];
  const add = (
    table: RecordTable,
    row: { id: string; version: number },
    date: string | null,
    title: string,
    detail = '',
  ) => {
    if (date) entries.push({ date, title, detail, table, id: row.id, corrected: row.version > 1 });
  };

  for (const c of child.contacts) {
    add(
      'contact',
      c,
      c.contact_date,
      'Contact',
      [d(REFERRAL_SOURCE, c.source), c.concern].filter(Boolean).join(': '),
    );
    add('contact', c, c.decision_date, 'Screening decision', d(CONTACT_DECISION, c.decision));
  }
  for (const r of child.referrals) {
    add(
      'referral',
      r,
      r.referral_date,
      'Referral',
      d(REFERRAL_SOURCE, r.source) + (r.nfa ? ' (no further action)' : ''),
    );
    add('referral', r, r.closure_date, 'Social care episode closed', d(REASON_FOR_CLOSURE, r.closure_reason));
  }
  for (const a of child.assessments) {
    add('assessment', a, a.start_date, 'Child and family assessment started');
    add('assessment', a, a.child_seen_date, 'Child seen during assessment');
    add(
      'assessment',
      a,
      a.authorised_date,
      'Assessment authorised',
      [d(ASSESSMENT_OUTCOME, a.outcome), a.factors.map((f) => d(ASSESSMENT_FACTORS, f)).join('; ')]
        .filter(Boolean)
        .join('. '),
    );
  }
  for (const s of child.strategyDiscussions) {
    add(
      'strategy_discussion',
      s,
      s.discussion_date,
      'Strategy discussion',
      s.decision === 's47' ? 'Section 47 enquiry started' : 'No section 47 enquiry',
    );
  }
  for (const s of child.s47Enquiries) {
    add('s47_enquiry', s, s.end_date, 'Section 47 enquiry completed', d(S47_OUTCOME, s.outcome));
  }
  for (const c of child.cpConferences) {
    add(
      'cp_conference',
      c,
      c.conference_date,
      c.kind === 'initial' ? 'Initial child protection conference' : 'Review child protection conference',
      {
        plan: 'Child protection plan',
        no_plan: 'No child protection plan',
        continue: 'Plan continues',
        end_plan: 'Plan ends',
      }[c.outcome] ?? c.outcome,
    );
  }
  for (const p of child.cpPlans) {
    add(
      'cp_plan',
      p,
      p.start_date,
      'Child protection plan started',
      d(CATEGORY_OF_ABUSE, p.initial_category),
    );
    add('cp_plan', p, p.end_date, 'Child protection plan ended');
  }
  for (const g of child.coreGroups) add('core_group', g, g.meeting_date, 'Core group meeting');
  for (const p of child.cinPlans) {
    add('cin_plan', p, p.start_date, 'Child in need plan started');
    add('cin_plan', p, p.end_date, 'Child in need plan ended');
  }
  for (const r of child.cinPlanReviews) add('cin_plan_review', r, r.review_date, 'Child in need plan review');
  for (const p of child.preProceedings) {
    add('pre_proceedings', p, p.decision_date, 'Pre-proceedings (PLO) started');
    add('pre_proceedings', p, p.letter_before_proceedings_date, 'Letter before proceedings sent');
    add('pre_proceedings', p, p.end_date, 'Pre-proceedings ended');
  }
  for (const p of child.careProceedings) {
    add('care_proceedings', p, p.issued_date, 'Care proceedings issued');
    add('care_proceedings', p, p.concluded_date, 'Care proceedings concluded', p.outcome ?? '');
  }
  for (const e of child.claEpisodes) {
    add(
      'cla_episode',
      e,
      e.start_date,
      e.rne === 'S' ? 'Started to be looked after' : 'Change of placement or legal status',
      [d(LS, e.legal_status), d(PLACE, e.placement_type)].filter(Boolean).join('. '),
    );
    if (e.reason_end && e.reason_end !== 'X1')
      add('cla_episode', e, e.end_date, 'Ceased to be looked after', d(REC, e.reason_end));
  }
  for (const r of child.claReviews) add('cla_review', r, r.review_date, 'Looked-after review');
  for (const v of child.visits) {
    add(
      'visit',
      v,
      v.visit_date,
      d(VISIT_KIND, v.kind),
      v.child_seen ? (v.seen_alone ? 'Child seen alone' : 'Child seen') : 'Child not seen',
    );
  }
  for (const h of child.healthEvents)
    add(
      'health_event',
      h,
      h.event_date,
      d(HEALTH_EVENT, h.kind),
      h.sdq_score === null ? '' : `Score ${h.sdq_score}`,
    );
  for (const o of child.claOutcomes)
    add('cla_outcome', o, o.year_end, 'Annual outcomes for the year to 31 March', outcomeSummary(o));
  for (const m of child.missingEpisodes) {
    add(
      'missing_episode',
      m,
      m.start_date,
      m.kind === 'M' ? 'Went missing' : 'Away from placement without authorisation',
    );
    add('missing_episode', m, m.end_date, 'Returned');
    add(
      'missing_episode',
      m,
      m.return_interview_offered_date,
      'Return interview offered',
      m.return_interview_accepted === null ? '' : m.return_interview_accepted ? 'Accepted' : 'Declined',
    );
  }
  for (const o of child.deprivationsOfLiberty) {
    add('deprivation_of_liberty', o, o.start_date, 'Deprivation of liberty order made');
    add('deprivation_of_liberty', o, o.end_date, 'Deprivation of liberty order ended');
  }
  for (const p of child.permanencePlans)
    add('permanence_plan', p, p.plan_date, 'Permanence plan', d(PERMANENCE_PLAN, p.plan));
  for (const a of child.adoptions) {
    add('adoption', a, a.decision_date, 'Decision that the child should be placed for adoption');
    add('adoption', a, a.placement_order_date, 'Placement order granted');
    add('adoption', a, a.matched_date, 'Matched with adopters');
    add('adoption', a, a.placed_date, 'Placed for adoption');
    add('adoption', a, a.adoption_order_date, 'Adoption order granted');
  }
  for (const c of child.careLeaver) {
    add('care_leaver', c, c.start_date, 'Care leaver status', d(CARE_LEAVER_ELIGIBILITY, c.eligibility));
    add('care_leaver', c, c.end_date, 'Care leaver status ended');
  }
  for (const c of child.careLeaverContacts)
    add('care_leaver_contact', c, c.contact_date, 'Care leaver contact', `In touch: ${c.in_touch}`);
  for (const e of child.earlyHelpEpisodes) {
    add('early_help_episode', e, e.start_date, 'Early help started', d(LEAD_AGENCY, e.lead_agency));
    add('early_help_episode', e, e.end_date, 'Early help ended', d(EARLY_HELP_END, e.end_reason));
  }
  for (const a of child.earlyHelpAssessments) {
    add('early_help_assessment', a, a.start_date, 'Early help assessment started');
    add('early_help_assessment', a, a.completed_date, 'Early help assessment completed');
  }
  for (const s of child.supervisions)
    add('case_supervision', s, s.supervision_date, 'Case supervision', s.decisions ?? '');
  for (const a of child.allocations) {
    add('allocation', a, a.start_date, 'Allocated', [a.team_name, a.worker_name].filter(Boolean).join(', '));
  }
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
