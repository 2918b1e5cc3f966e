import type { Step } from '../step.ts';
import { contact } from './contact.ts';
import { personAddress, personRelationship, personUasc, personWarning } from './person-details.ts';
import { referral } from './referral.ts';
import { screeningDecision } from './screening-decision.ts';

/** Every step a worker can record, in the order the child's page offers them. */
export const STEPS: readonly Step[] = [
  contact,
  screeningDecision,
  referral,
  personRelationship,
  personWarning,
  personAddress,
  personUasc,
];

const BY_ID = new Map(STEPS.map((s) => [s.id, s]));

export function stepById(id: string): Step | undefined {
  return BY_ID.get(id);
}
