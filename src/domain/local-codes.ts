/**
 * Hearth's own code lists, for what the DfE returns do not code. Each matches a CHECK constraint in
 * src/db/migrations/0002_journey.sql; keep the two in step.
 */
import { defineCodeList } from './codes.ts';

const HEARTH = 'Hearth (shared/domain/journey.md)';

export const CONTACT_DECISION = defineCodeList(
  { id: 'hearth.contact_decision', field: 'decision', source: HEARTH },
  [
    ['nfa', 'No further action'],
    ['information_advice', 'Information and advice'],
    ['early_help', 'Early help'],
    ['mash', 'Multi-agency (MASH) discussion'],
    ['referral', "Referral to children's social care"],
  ] as const,
);

export const ASSESSMENT_OUTCOME = defineCodeList(
  { id: 'hearth.assessment_outcome', field: 'outcome', source: HEARTH },
  [
    ['nfa', 'No further action'],
    ['early_help', 'Step down to early help'],
    ['cin_plan', 'Child in need plan'],
    ['strategy_discussion', 'Strategy discussion (section 47)'],
    ['looked_after', 'Become looked after'],
    ['continue_support', 'Continue existing support'],
  ] as const,
);

export const STRATEGY_DECISION = defineCodeList(
  { id: 'hearth.strategy_decision', field: 'decision', source: HEARTH },
  [
    ['s47', 'Start a section 47 enquiry'],
    ['no_s47', 'No section 47 enquiry'],
  ] as const,
);

export const S47_OUTCOME = defineCodeList({ id: 'hearth.s47_outcome', field: 'outcome', source: HEARTH }, [
  ['nfa', 'No further action'],
  ['cin', 'Child in need support'],
  ['icpc', 'Initial child protection conference'],
] as const);

export const CONFERENCE_OUTCOME = defineCodeList(
  { id: 'hearth.conference_outcome', field: 'outcome', source: HEARTH },
  [
    ['plan', 'Child protection plan'],
    ['no_plan', 'No child protection plan'],
    ['continue', 'Plan continues'],
    ['end_plan', 'Plan ends'],
  ] as const,
);

export const OVERDUE_REASON = defineCodeList(
  { id: 'hearth.overdue_reason', field: 'overdue_reason', source: HEARTH },
  [
    ['carer_unavailable', 'Foster carer or family unavailable'],
    ['family_avoiding', 'Family avoiding visits'],
    ['worker_absent', 'Worker absent'],
    ['child_abroad', 'Child abroad'],
    ['child_in_hospital', 'Child in hospital'],
    ['other', 'Other reason'],
  ] as const,
);

export const TEAM_TYPE = defineCodeList({ id: 'hearth.team_type', field: 'team_type', source: HEARTH }, [
  ['front_door', 'Front door / MASH'],
  ['assessment', 'Assessment'],
  ['children', "Children's (CIN and CP)"],
  ['adolescent', 'Adolescent'],
  ['children_in_care', 'Children in care'],
  ['care_leaving', 'Care leaving'],
  ['unaccompanied', 'Unaccompanied children'],
  ['disability', 'Children with disabilities'],
  ['family_safeguarding', 'Family Safeguarding'],
  ['early_help', 'Early help'],
  ['fostering', 'Fostering'],
  ['adoption', 'Adoption'],
  ['iro', 'IRO and CP chairs'],
  ['lado', 'Designated officer (LADO)'],
  ['service', 'Service or directorate'],
] as const);

export const RELATIONSHIP = defineCodeList(
  { id: 'hearth.relationship', field: 'relationship', source: HEARTH },
  [
    ['mother', 'Mother'],
    ['father', 'Father'],
    ['step_parent', 'Step-parent'],
    ['carer', 'Carer'],
    ['sibling', 'Sibling'],
    ['half_sibling', 'Half-sibling'],
    ['grandparent', 'Grandparent'],
    ['other_relative', 'Other relative'],
    ['household_member', 'Household member'],
    ['other', 'Other'],
  ] as const,
);

export const WARNING_CATEGORY = defineCodeList(
  { id: 'hearth.warning_category', field: 'category', source: HEARTH },
  [
    ['risk_to_worker', 'Risk to workers'],
    ['risk_to_child', 'Risk to the child'],
    ['disability_access', 'Disability or access needs'],
    ['interpreter', 'Interpreter needed'],
    ['other', 'Other'],
  ] as const,
);

export const VISIT_KIND = defineCodeList({ id: 'hearth.visit_kind', field: 'kind', source: HEARTH }, [
  ['cp', 'Child protection visit'],
  ['cin', 'Child in need visit'],
  ['cla', 'Looked-after child visit'],
  ['care_leaver', 'Care leaver visit'],
  ['assessment', 'Assessment visit'],
  ['other', 'Other visit'],
] as const);

export const HEALTH_EVENT = defineCodeList({ id: 'hearth.health_event', field: 'kind', source: HEARTH }, [
  ['initial_health_assessment', 'Initial health assessment'],
  ['review_health_assessment', 'Review health assessment'],
  ['dental_check', 'Dental check'],
  ['immunisations', 'Immunisations up to date'],
  ['sdq', 'Strengths and difficulties questionnaire (SDQ)'],
] as const);

export const PERMANENCE_PLAN = defineCodeList(
  { id: 'hearth.permanence_plan', field: 'plan', source: HEARTH },
  [
    ['return_home', 'Return home'],
    ['adoption', 'Adoption'],
    ['special_guardianship', 'Special guardianship'],
    ['child_arrangements_order', 'Child arrangements order'],
    ['long_term_fostering', 'Long-term fostering'],
    ['residential', 'Residential care'],
    ['independent_living', 'Independent living'],
    ['other', 'Other'],
  ] as const,
);

export const CARE_LEAVER_ELIGIBILITY = defineCodeList(
  { id: 'hearth.care_leaver_eligibility', field: 'eligibility', source: HEARTH },
  [
    ['eligible', 'Eligible (16-17, still looked after)'],
    ['relevant', 'Relevant (16-17, left care)'],
    ['former_relevant', 'Former relevant (18-25)'],
    ['qualifying', 'Qualifying'],
  ] as const,
);

export const LEAD_AGENCY = defineCodeList(
  { id: 'hearth.lead_agency', field: 'lead_agency', source: HEARTH },
  [
    ['local_authority', 'Local authority'],
    ['school', 'School'],
    ['health', 'Health'],
    ['voluntary', 'Voluntary sector'],
    ['other', 'Other'],
  ] as const,
);

export const EARLY_HELP_END = defineCodeList(
  { id: 'hearth.early_help_end', field: 'end_reason', source: HEARTH },
  [
    ['needs_met', 'Needs met'],
    ['step_up', "Stepped up to children's social care"],
    ['declined', 'Family declined'],
    ['moved_away', 'Moved away'],
    ['other', 'Other'],
  ] as const,
);

export const PRE_PROCEEDINGS_OUTCOME = defineCodeList(
  { id: 'hearth.pre_proceedings_outcome', field: 'outcome', source: HEARTH },
  [
    ['diverted', 'Diverted from proceedings'],
    ['proceedings_issued', 'Care proceedings issued'],
    ['ongoing_support', 'Ongoing support'],
    ['other', 'Other'],
  ] as const,
);

export const CARE_PROCEEDINGS_OUTCOME = defineCodeList(
  { id: 'hearth.care_proceedings_outcome', field: 'outcome', source: HEARTH },
  [
    ['care_order', 'Care order'],
    ['supervision_order', 'Supervision order'],
    ['sgo', 'Special guardianship order'],
    ['child_arrangements_order', 'Child arrangements order'],
    ['placement_order', 'Placement order'],
    ['no_order', 'No order'],
    ['withdrawn', 'Withdrawn'],
  ] as const,
);
