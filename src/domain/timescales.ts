/**
 * The clocks that run on a child's record (shared/domain/journey.md, "Clocks"; shared/standards/README.md
 * section 8). Each rule has a stable id, stored beside every due date it sets, a unit and an amount.
 *
 * Statutory rules are fixed by law or statutory guidance. Local-policy rules (visit and supervision
 * intervals) have defaults here and are set per authority by passing a `LocalTimescalePolicy`; overriding a
 * statutory rule is refused.
 *
 * Arithmetic (shared/domain/indicators.md, "Conventions"):
 * - working_days: the N-th working day after the start (England and Wales bank holidays), see
 *   `addWorkingDays`.
 * - calendar_days: N days later. weeks: 7 N days later ("4 weeks" is 28 days, "6 weeks" 42 days).
 * - months: the same day of the month N months later, clamped to the month's last day.
 * - hours: Hearth's dates have no time of day, so N hours after an event on day D end on day D + ceil(N/24)
 *   at the latest (72 hours after an event on 1 March end on 4 March). That day is the due date.
 *
 * Chained clocks (a review every 6 months, a visit every 6 weeks) run from the actual date of the previous
 * event, so the caller passes that date as `fromDate`.
 */
import { addCalendarMonths, addDays, addWeeks, assertIsoDate } from './dates.ts';
import { addWorkingDays } from './working-days.ts';

export const TIMESCALE_UNITS = ['working_days', 'calendar_days', 'weeks', 'months', 'hours'] as const;
export type TimescaleUnit = (typeof TIMESCALE_UNITS)[number];

export interface Timescale {
  readonly unit: TimescaleUnit;
  readonly amount: number;
}

export interface TimescaleRule extends Timescale {
  readonly id: string;
  /** What must happen by the due date. */
  readonly description: string;
  /** The event whose date starts the clock (the `fromDate` to pass). */
  readonly runsFrom: string;
  /** 'statutory': law or statutory guidance, the same everywhere; 'local_policy': set per authority. */
  readonly basis: 'statutory' | 'local_policy';
  /** Where the timescale comes from. */
  readonly source: string;
}

const WT2023 = 'Working Together to Safeguard Children 2023';
const CPPCR = 'Care Planning, Placement and Case Review (England) Regulations 2010';

function rule<const Id extends string, const Basis extends TimescaleRule['basis']>(
  definition: TimescaleRule & { id: Id; basis: Basis },
): TimescaleRule & { id: Id; basis: Basis } {
  return Object.freeze(definition);
}

const RULES = [
  rule({
    id: 'contact_screening_1wd',
    description: 'Decide what happens to a contact (screening decision)',
    runsFrom: 'the contact',
    unit: 'working_days',
    amount: 1,
    basis: 'statutory',
    source: `${WT2023}: decision on the type of response within one working day of a referral`,
  }),
  rule({
    id: 'assessment_45wd',
    description: 'Complete and authorise the child and family assessment',
    runsFrom:
      'the assessment start date (Working Together counts from the referral; the CIN census and the indicator catalogue from the start)',
    unit: 'working_days',
    amount: 45,
    basis: 'statutory',
    source: `${WT2023}; CIN census rule 8670Q`,
  }),
  rule({
    id: 'icpc_15wd_from_strategy',
    description: 'Hold the initial child protection conference',
    runsFrom: 'the strategy discussion that started the section 47 enquiry (the last one, if several)',
    unit: 'working_days',
    amount: 15,
    basis: 'statutory',
    source: `${WT2023}; CIN census rule 8675Q`,
  }),
  rule({
    id: 'core_group_10wd',
    description: 'Hold the first core group meeting',
    runsFrom: 'the initial child protection conference',
    unit: 'working_days',
    amount: 10,
    basis: 'statutory',
    source: WT2023,
  }),
  rule({
    id: 'cp_review_first_3m',
    description: 'Hold the first child protection review conference',
    runsFrom: 'the initial child protection conference (the start of the plan)',
    unit: 'months',
    amount: 3,
    basis: 'statutory',
    source: WT2023,
  }),
  rule({
    id: 'cp_review_6m',
    description: 'Hold the next child protection review conference',
    runsFrom: 'the previous review conference',
    unit: 'months',
    amount: 6,
    basis: 'statutory',
    source: WT2023,
  }),
  rule({
    id: 'cla_review_first_20wd',
    description: 'Hold the first review of the looked-after child’s care plan',
    runsFrom: 'the day the child became looked after',
    unit: 'working_days',
    amount: 20,
    basis: 'statutory',
    source: `${CPPCR}, regulation 33`,
  }),
  rule({
    id: 'cla_review_second_3m',
    description: 'Hold the second looked-after review',
    runsFrom: 'the first review',
    unit: 'months',
    amount: 3,
    basis: 'statutory',
    source: `${CPPCR}, regulation 33`,
  }),
  rule({
    id: 'cla_review_6m',
    description: 'Hold the next looked-after review',
    runsFrom: 'the previous review (from the second on)',
    unit: 'months',
    amount: 6,
    basis: 'statutory',
    source: `${CPPCR}, regulation 33`,
  }),
  rule({
    id: 'cla_visit_first_1w',
    description: 'Visit the child in their new placement',
    runsFrom: 'the start of the placement',
    unit: 'weeks',
    amount: 1,
    basis: 'statutory',
    source: `${CPPCR}, regulation 28`,
  }),
  rule({
    id: 'cla_visit_6w',
    description:
      'Visit the looked-after child (first year of a placement, or a placement that is not long-term)',
    runsFrom: 'the previous statutory visit',
    unit: 'weeks',
    amount: 6,
    basis: 'statutory',
    source: `${CPPCR}, regulation 28`,
  }),
  rule({
    id: 'cla_visit_long_term_3m',
    description:
      'Visit the looked-after child in an agreed long-term placement after its first year (the indicator cla_visits_in_time_pct counts this interval as 91 days)',
    runsFrom: 'the previous statutory visit',
    unit: 'months',
    amount: 3,
    basis: 'statutory',
    source: `${CPPCR}, regulation 28`,
  }),
  rule({
    id: 'cla_placement_plan_5wd',
    description: 'Agree the placement plan (when it could not be agreed before the placement began)',
    runsFrom: 'the start of the placement',
    unit: 'working_days',
    amount: 5,
    basis: 'statutory',
    source: `${CPPCR}, regulation 9`,
  }),
  rule({
    id: 'cla_iha_20wd',
    description: 'Complete the initial health assessment, in time to inform the first review',
    runsFrom: 'the day the child became looked after',
    unit: 'working_days',
    amount: 20,
    basis: 'statutory',
    source: 'Promoting the health and well-being of looked-after children (statutory guidance, 2015)',
  }),
  rule({
    id: 'cla_health_6m_under5',
    description:
      'Complete the review health assessment of a child under 5 (the indicator cla_health_in_time_pct counts 183 days)',
    runsFrom: 'the previous health assessment',
    unit: 'months',
    amount: 6,
    basis: 'statutory',
    source: `${CPPCR}, schedule 1; Promoting the health and well-being of looked-after children (2015)`,
  }),
  rule({
    id: 'cla_health_12m',
    description:
      'Complete the review health assessment of a child aged 5 or over (the indicator cla_health_in_time_pct counts 365 days)',
    runsFrom: 'the previous health assessment',
    unit: 'months',
    amount: 12,
    basis: 'statutory',
    source: `${CPPCR}, schedule 1; Promoting the health and well-being of looked-after children (2015)`,
  }),
  rule({
    id: 'return_interview_72h',
    description: 'Offer a return (home) interview',
    runsFrom: 'the end of the missing or away episode (the child’s return)',
    unit: 'hours',
    amount: 72,
    basis: 'statutory',
    source: 'Children who run away or go missing from home or care (statutory guidance, 2014)',
  }),
  rule({
    id: 'cp_visit',
    description: 'Visit the child on a child protection plan and see them',
    runsFrom: 'the previous visit (or the start of the plan)',
    unit: 'working_days',
    amount: 10,
    basis: 'local_policy',
    source: 'Local policy; the usual standard is every 10 working days (some authorities use two weeks)',
  }),
  rule({
    id: 'cin_visit',
    description: 'Visit the child on a child in need plan and see them',
    runsFrom: 'the previous visit (or the start of the plan)',
    unit: 'weeks',
    amount: 4,
    basis: 'local_policy',
    source: 'Local policy; the indicator catalogue’s default is 4 weeks (28 days)',
  }),
  rule({
    id: 'supervision_cp',
    description: 'Record a case supervision for a child on a child protection plan',
    runsFrom: 'the previous case supervision (or the start of the plan)',
    unit: 'calendar_days',
    amount: 28,
    basis: 'local_policy',
    source: 'Local policy; default from the indicator catalogue',
  }),
  rule({
    id: 'supervision_cin',
    description: 'Record a case supervision for a child on a child in need plan',
    runsFrom: 'the previous case supervision (or the start of the plan)',
    unit: 'calendar_days',
    amount: 42,
    basis: 'local_policy',
    source: 'Local policy; default from the indicator catalogue',
  }),
  rule({
    id: 'supervision_cla',
    description: 'Record a case supervision for a looked-after child',
    runsFrom: 'the previous case supervision (or the start of the period of care)',
    unit: 'calendar_days',
    amount: 42,
    basis: 'local_policy',
    source: 'Local policy; default from the indicator catalogue',
  }),
  rule({
    id: 'supervision_care_leaver',
    description: 'Record a case supervision for a care leaver',
    runsFrom: 'the previous case supervision',
    unit: 'calendar_days',
    amount: 56,
    basis: 'local_policy',
    source: 'Local policy; default from the indicator catalogue',
  }),
] as const;

export type TimescaleRuleId = (typeof RULES)[number]['id'];

/** Every rule id, in the order of the child's journey. */
export const TIMESCALE_RULE_IDS: readonly TimescaleRuleId[] = Object.freeze(RULES.map((r) => r.id));

/** The rules with their national defaults, by id. */
export const TIMESCALE_RULES: Readonly<Record<TimescaleRuleId, TimescaleRule>> = Object.freeze(
  Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<TimescaleRuleId, TimescaleRule>,
);

/** The rules an authority may set: visit and supervision intervals. */
export type LocalPolicyRuleId = Extract<(typeof RULES)[number], { basis: 'local_policy' }>['id'];

/** An authority's settings for local-policy rules: { cp_visit: { unit: 'weeks', amount: 2 } }. */
export type LocalTimescalePolicy = Partial<Record<LocalPolicyRuleId, Timescale>>;

export function isTimescaleRuleId(value: unknown): value is TimescaleRuleId {
  return typeof value === 'string' && Object.hasOwn(TIMESCALE_RULES, value);
}

function problemWith(ruleId: string, timescale: unknown): string | null {
  if (!isTimescaleRuleId(ruleId)) return `there is no timescale rule '${ruleId}'`;
  const rule = TIMESCALE_RULES[ruleId];
  if (rule.basis !== 'local_policy') {
    return `'${ruleId}' is a statutory timescale (${rule.source}) and cannot be changed by local policy`;
  }
  const candidate = timescale as Partial<Timescale> | null | undefined;
  if (typeof candidate !== 'object' || candidate === null) {
    return `the local policy for '${ruleId}' must give a unit and an amount`;
  }
  if (!(TIMESCALE_UNITS as readonly unknown[]).includes(candidate.unit)) {
    return `the local policy for '${ruleId}' has unit ${JSON.stringify(candidate.unit)}; use one of ${TIMESCALE_UNITS.join(', ')}`;
  }
  if (typeof candidate.amount !== 'number' || !Number.isInteger(candidate.amount) || candidate.amount < 1) {
    return `the local policy for '${ruleId}' has amount ${JSON.stringify(candidate.amount)}; use a whole number of 1 or more`;
  }
  return null;
}

/** Every problem with an authority's local timescale policy, as sentences; empty when it is sound. */
export function validateLocalTimescalePolicy(policy: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(policy)
    .map(([ruleId, timescale]) => problemWith(ruleId, timescale))
    .filter((problem): problem is string => problem !== null);
}

/** The rule as it applies in an authority: its local unit and amount where its policy sets them. */
export function effectiveTimescaleRule(
  ruleId: TimescaleRuleId,
  localPolicy?: LocalTimescalePolicy,
): TimescaleRule {
  if (!isTimescaleRuleId(ruleId)) throw new RangeError(`there is no timescale rule '${String(ruleId)}'`);
  const rule = TIMESCALE_RULES[ruleId];
  const override = (localPolicy as Readonly<Record<string, Timescale | undefined>> | undefined)?.[ruleId];
  if (override === undefined) return rule;
  const problem = problemWith(ruleId, override);
  if (problem) throw new RangeError(problem);
  return Object.freeze({ ...rule, unit: override.unit, amount: override.amount });
}

/** The date `amount` units after `fromDate`, by the arithmetic in the module comment. */
export function addTimescale(fromDate: string, timescale: Timescale): string {
  assertIsoDate(fromDate, 'fromDate');
  const { unit, amount } = timescale;
  switch (unit) {
    case 'working_days':
      return addWorkingDays(fromDate, amount);
    case 'calendar_days':
      return addDays(fromDate, amount);
    case 'weeks':
      return addWeeks(fromDate, amount);
    case 'months':
      return addCalendarMonths(fromDate, amount);
    case 'hours':
      return addDays(fromDate, Math.ceil(amount / 24));
    default:
      throw new RangeError(`unknown timescale unit ${JSON.stringify(unit)}`);
  }
}

/** The due date a rule sets from the date of the event that starts its clock. */
export function dueDate(
  ruleId: TimescaleRuleId,
  fromDate: string,
  localPolicy?: LocalTimescalePolicy,
): string {
  return addTimescale(fromDate, effectiveTimescaleRule(ruleId, localPolicy));
}

/**
 * The catalogue's "overdue at D": the due date is before D. For a working-day rule this counts a weekend
 * day straight after a Friday due date as overdue, whereas the catalogue's "within N working days" test
 * (`isWithinWorkingDays`) does not; indicators use whichever their definition names.
 */
export function isOverdue(
  ruleId: TimescaleRuleId,
  fromDate: string,
  asAt: string,
  localPolicy?: LocalTimescalePolicy,
): boolean {
  assertIsoDate(asAt, 'asAt');
  return dueDate(ruleId, fromDate, localPolicy) < asAt;
}
