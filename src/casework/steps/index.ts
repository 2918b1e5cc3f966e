import type { Step, StepGroup } from '../step.ts';
import { allocate } from './allocate.ts';
import { assessmentComplete } from './assessment-complete.ts';
import { assessmentStart } from './assessment-start.ts';
import { careProceedings } from './care-proceedings.ts';
import { careAdoptionUpdate } from './care-adoption-update.ts';
import { careAdoption } from './care-adoption.ts';
import { careChange } from './care-change.ts';
import { careDolo, careDoloEnd } from './care-dolo.ts';
import { careEnd } from './care-end.ts';
import { careHealth } from './care-health.ts';
import { careMissingReturn } from './care-missing-return.ts';
import { careOutcome } from './care-outcome.ts';
import { careMissing } from './care-missing.ts';
import { carePermanencePlan } from './care-permanence-plan.ts';
import { carePlacementPlan } from './care-placement-plan.ts';
import { careReview } from './care-review.ts';
import { careStart } from './care-start.ts';
import { earlyHelpAssessment } from './early-help-assessment.ts';
import { earlyHelpEnd } from './early-help-end.ts';
import { earlyHelpStart } from './early-help-start.ts';
import { leavingCareContact } from './leaving-care-contact.ts';
import { leavingCareEnd } from './leaving-care-end.ts';
import { leavingCareStart } from './leaving-care-start.ts';
import { cinPlanEnd } from './cin-plan-end.ts';
import { cinPlanReview } from './cin-plan-review.ts';
import { cinPlanStart } from './cin-plan-start.ts';
import { closeReferral } from './close-referral.ts';
import { contact } from './contact.ts';
import { coreGroup } from './core-group.ts';
import { initialConference } from './initial-conference.ts';
import { personAddress, personRelationship, personUasc, personWarning } from './person-details.ts';
import { preProceedings } from './pre-proceedings.ts';
import { referral } from './referral.ts';
import { reviewConference } from './review-conference.ts';
import { s47Outcome } from './s47-outcome.ts';
import { screeningDecision } from './screening-decision.ts';
import { strategyDiscussion } from './strategy-discussion.ts';
import { supervision } from './supervision.ts';
import { visit } from './visit.ts';

/** Every step a worker can record, in the order the child's page offers them within each group. */
export const STEPS: readonly Step[] = [
  contact,
  screeningDecision,
  referral,
  assessmentStart,
  assessmentComplete,
  strategyDiscussion,
  s47Outcome,
  initialConference,
  coreGroup,
  reviewConference,
  cinPlanStart,
  cinPlanReview,
  cinPlanEnd,
  preProceedings,
  careProceedings,
  careStart,
  careChange,
  carePlacementPlan,
  careReview,
  careHealth,
  careOutcome,
  careMissing,
  careMissingReturn,
  careDolo,
  careDoloEnd,
  carePermanencePlan,
  careAdoption,
  careAdoptionUpdate,
  careEnd,
  leavingCareStart,
  leavingCareContact,
  leavingCareEnd,
  earlyHelpStart,
  earlyHelpAssessment,
  earlyHelpEnd,
  visit,
  supervision,
  allocate,
  closeReferral,
  personRelationship,
  personWarning,
  personAddress,
  personUasc,
];

/** The headings the child's page groups its actions under, in order. */
export const STEP_GROUPS: readonly (readonly [StepGroup, string])[] = [
  ['front_door', 'Front door'],
  ['assessment', 'Assessment'],
  ['protection', 'Child protection'],
  ['in_need', 'Child in need'],
  ['proceedings', 'Proceedings'],
  ['care', 'Looked after'],
  ['leaving_care', 'Leaving care'],
  ['early_help', 'Early help'],
  ['oversight', 'Visits, supervision and allocation'],
  ['person', 'The child and their family'],
];

const BY_ID = new Map(STEPS.map((s) => [s.id, s]));

export function stepById(id: string): Step | undefined {
  return BY_ID.get(id);
}
