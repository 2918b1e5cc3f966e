/**
 * The journey model: what happened to each synthetic child, as dated events, before it becomes rows. The
 * journey simulation (journeys.ts) builds it; the workforce (workforce.ts) allocates from it; records.ts
 * writes it out as the records a worker would have made. Days are day numbers (calendar.ts); `null` for an
 * end means still open at the as-at date.
 */
import type { Day } from './calendar.ts';

export type TeamType =
  | 'assessment'
  | 'children'
  | 'adolescent'
  | 'family_safeguarding'
  | 'children_in_care'
  | 'care_leaving'
  | 'unaccompanied'
  | 'disability'
  | 'early_help';

export interface Contact {
  date: Day;
  /** Minutes after midnight. */
  time: number;
  source: string;
  concern: string;
  decision: string | null;
  decisionDate: Day | null;
}

export interface Assessment {
  start: Day;
  seen: Day | null;
  authorised: Day | null;
  outcome: string | null;
  factors: string;
}

export interface S47 {
  start: Day;
  end: Day | null;
  outcome: string | null;
  icpcRequired: boolean | null;
}

export interface Strategy {
  date: Day;
  decision: 's47' | 'no_s47';
  s47: S47 | null;
}

export interface Conference {
  kind: 'initial' | 'review';
  date: Day;
  s47: S47 | null;
  plan: CpPlan | null;
  outcome: 'plan' | 'no_plan' | 'continue' | 'end_plan';
}

export interface CpPlan {
  start: Day;
  end: Day | null;
  initial: string;
  latest: string;
  previous: number;
}

export interface CinPlan {
  start: Day;
  end: Day | null;
  assessment: Assessment | null;
}

export interface Episode {
  start: Day;
  rne: string;
  ls: string;
  place: string;
  provider: string | null;
  postcode: string;
  urn: string | null;
  longTerm: boolean;
  reasonChange: string | null;
  end: Day | null;
  rec: string | null;
}

export interface Adoption {
  decision: Day;
  placementOrder: Day | null;
  matched: Day | null;
  placed: Day | null;
  order: Day | null;
  ceased: Day | null;
  ceasedReason: string | null;
  fosterCare: boolean | null;
  adopters: number | null;
  sexOfAdopters: string | null;
  legalStatusOfAdopters: string | null;
}

export interface PeriodOfCare {
  episodes: Episode[];
  categoryOfNeed: string;
  homePostcode: string;
  adoption: Adoption | null;
  permanence: { date: Day; plan: string } | null;
  /** Deprivation of liberty orders in the period, each within one K2, Z12 or Z13 placement (rare-care.ts). */
  dolos: { start: Day; end: Day | null }[];
}

export interface PreProceedings {
  decision: Day;
  letter: Day | null;
  end: Day | null;
  outcome: string | null;
}

export interface CareProceedings {
  issued: Day;
  concluded: Day | null;
  outcome: string | null;
}

export interface Referral {
  contact: Contact;
  date: Day;
  source: string;
  need: string;
  nfa: boolean;
  assessments: Assessment[];
  strategies: Strategy[];
  conferences: Conference[];
  cpPlans: CpPlan[];
  cinPlans: CinPlan[];
  periods: PeriodOfCare[];
  /**
   * Short breaks given under the child in need plan (SSDA903 legal status V3, one period of care of one
   * episode a break, or V4, one a agreement): never alongside a period of care.
   */
  shortBreaks: PeriodOfCare[];
  preProceedings: PreProceedings[];
  proceedings: CareProceedings[];
  closure: Day | null;
  closureReason: string | null;
  /** Whether a worker holds the case while it is open (a referral closed on its day has none). */
  allocated: boolean;
}

export interface EarlyHelp {
  start: Day;
  end: Day | null;
  endReason: string | null;
  agency: string;
  reason: string;
  steppedDownFrom: Referral | null;
  assessment: { start: Day; completed: Day | null } | null;
}

export interface CareLeaverStatus {
  eligibility: 'eligible' | 'relevant' | 'former_relevant' | 'qualifying';
  start: Day;
  end: Day | null;
  stayingPut: boolean;
  pathwayPlan: Day | null;
}

export interface Missing {
  kind: 'M' | 'A';
  start: Day;
  end: Day | null;
  offered: Day | null;
  accepted: boolean | null;
}

/** A span in which one kind of team holds the child's case. */
export interface Phase {
  team: TeamType;
  start: Day;
  end: Day | null;
  /** Why the worker changes at the start of this phase, when the child already had one (SW_REASON). */
  reason: string;
}

/** One allocation of the child to a team and (unless waiting for one) a worker. */
export interface Allocation {
  /** Row of the team table (negative: a team already in the database). */
  team: number;
  /** Row of the worker table, negative for a worker already in the database, null for the team only. */
  worker: number | null;
  start: Day;
  end: Day | null;
  reason: string | null;
}

export interface Child {
  /** The order the child was made in: names the child's random stream. */
  key: number;
  /** Row number in the person table once kept; -1 until then. */
  person: number;
  dob: Day;
  sex: 'M' | 'F';
  ethnicity: string;
  language: string;
  disabilities: readonly string[];
  district: number;
  postcode: string;
  uascSince: Day | null;
  uascCeased: Day | null;
  /** The day the child died, if they did (in care, SSDA903 reason episode ceased E2). */
  died: Day | null;
  contacts: Contact[];
  referrals: Referral[];
  earlyHelp: EarlyHelp[];
  careLeaver: CareLeaverStatus[];
  missing: Missing[];
  phases: Phase[];
  allocations: Allocation[];
  /** Adults to add as parents (mother, then father). */
  parents: number;
  /** The first and last dates anything happened, and whether anything is still open at the as-at date. */
  first: Day;
  last: Day;
  open: boolean;
}
