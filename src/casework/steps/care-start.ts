import { CATEGORY_OF_NEED, hasNoUrn, LS, PLACE, PLACE_PROVIDER, PREV_PERM } from '../../domain/codes.ts';
import { LA_CODES } from '../../returns/ssda903/rules/633.ts';
import { ageOn, formatLongDate, isLeapYear } from '../../domain/dates.ts';
import type { TimescaleRuleId } from '../../domain/timescales.ts';
import { startClock } from '../clocks.ts';
import { optionsOf, type Field, type FieldErrors, type FieldValue, type Values } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step, StepContext } from '../step.ts';

// Shared by the looked-after steps (care-change, care-end, …), which import them from here.

/** A value as text, or null when it was left blank. */
export function textOf(value: FieldValue | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

/**
 * The day a person born on `dob` reaches `years`, as `ageOn` counts it: someone born on 29 February reaches
 * an age on 1 March in a year with no 29 February.
 */
export function birthday(dob: string, years: number): string {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${year}-03-01`;
  return `${year}${dob.slice(4)}`;
}

/** T0-T4: temporary placements (holidays, hospital, respite for the carers). */
export function isTemporaryPlacement(place: string | null | undefined): boolean {
  return place !== null && place !== undefined && /^T[0-4]$/.test(place);
}

const OTHER_PLACEMENTS = ['Z11', 'Z12', 'Z13', 'Z14'];
/** SSDA903 rules 371-374: the youngest a child may be at the start of these placements. */
const MINIMUM_AGE: Readonly<Record<string, readonly [number, string, string]>> = {
  K3: [16, '371', 'supported accommodation (K3)'],
  R5: [10, '372', 'a young offender institution or prison (R5)'],
  S1: [4, '373', 'a residential school (S1)'],
  P3: [14, '374', 'residential employment (P3)'],
};

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/;

/** A UK postcode as it is stored ('SW1A 1AA'), or the text as entered when it is not one. */
export function normalisePostcode(value: FieldValue | undefined): string | null {
  const text = textOf(value);
  if (text === null) return null;
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return POSTCODE.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : text.trim();
}

function postcodeProblem(value: FieldValue | undefined, name: string): string | null {
  const text = textOf(value);
  if (text === null || POSTCODE.test(text.replace(/\s+/g, '').toUpperCase())) return null;
  return `Enter ${name} as a real UK postcode, like SW1A 1AA, or leave it blank (SSDA903 rule 392c)`;
}

/** The questions about a placement, the same for the first episode of a period of care and later ones. */
export const PLACEMENT_FIELDS: readonly Field[] = [
  { id: 'placement_type', label: 'Placement type', kind: 'select', options: optionsOf(PLACE, true) },
  {
    id: 'placement_provider',
    label: 'Placement provider',
    hint: 'Leave blank for a temporary placement (T0 to T4) and for Z11 to Z14',
    kind: 'select',
    options: optionsOf(PLACE_PROVIDER, true),
    optional: true,
  },
  { id: 'placement_postcode', label: 'Placement postcode', kind: 'text', optional: true, maxLength: 8 },
  {
    id: 'urn',
    label: 'Ofsted unique reference number (URN)',
    name: 'the Ofsted URN',
    hint: 'Not recorded for placements P1, P3, R1, R2, R5, T0 to T4 or Z11 to Z14',
    kind: 'text',
    optional: true,
    maxLength: 10,
  },
];

export const LONG_TERM_FIELD: Field = {
  id: 'long_term_placement',
  label: 'Is this an agreed long-term placement?',
  hint: 'After its first year, visits can then be every 3 months instead of every 6 weeks',
  kind: 'yes_no',
};

/**
 * What the SSDA903 rules say about an episode's legal status and placement, by field: provider and URN
 * (rules 213, 222, 527-531, 550), the child's age for the placement type (371-374), placement with parents
 * under section 20 (378) and the postcodes (392c). `start` is the episode's start date.
 */
export function placementErrors(v: Values, dob: string | null, start: string): FieldErrors {
  const errors: FieldErrors = {};
  const place = String(v.placement_type);
  const provider = textOf(v.placement_provider);
  const temporaryOrOther = isTemporaryPlacement(place) || OTHER_PLACEMENTS.includes(place);
  if (temporaryOrOther && provider) {
    errors.placement_provider = `Leave the placement provider blank for placement ${place} (SSDA903 rule 213)`;
  } else if (!temporaryOrOther && !provider) {
    errors.placement_provider = `Select the placement provider for placement ${place} (SSDA903 rule 526)`;
  } else if (provider === 'PR0' && place !== 'P1') {
    errors.placement_provider =
      'Parents or others with parental responsibility (PR0) only provide placements with parents (P1) (SSDA903 rule 550)';
  } else if (place === 'P1' && provider !== 'PR0') {
    errors.placement_provider =
      'Select parents or others with parental responsibility (PR0) for a placement with parents (P1) (SSDA903 rules 527 to 531)';
  } else if ((provider === 'PR1' || provider === 'PR2') && (place === 'R2' || place === 'R5')) {
    errors.placement_provider = `A local authority (${provider}) cannot provide placement ${place} (SSDA903 rules 527 and 528)`;
  } else if (provider === 'PR3' && /^(A[3-6]|K[12]|U[1-6])$/.test(place)) {
    errors.placement_provider = `Other public provision (PR3) cannot provide placement ${place} (SSDA903 rule 529)`;
  }
  if (textOf(v.urn) && hasNoUrn(place)) {
    errors.urn = `Leave the Ofsted URN blank for placement ${place} (SSDA903 rule 222)`;
  }
  const minimum = MINIMUM_AGE[place];
  if (minimum && dob && start >= dob && ageOn(dob, start) < minimum[0]) {
    errors.placement_type = `A child must be at least ${minimum[0]} to be placed in ${minimum[2]} (SSDA903 rule ${minimum[1]})`;
  }
  if (place === 'P1' && v.legal_status === 'V2') {
    errors.placement_type =
      'A child placed with parents (P1) cannot be accommodated under section 20 (V2) (SSDA903 rule 378)';
  }
  const placementPostcode = postcodeProblem(v.placement_postcode, 'the placement postcode');
  if (placementPostcode) errors.placement_postcode = placementPostcode;
  if ('home_postcode' in v) {
    const homePostcode = postcodeProblem(v.home_postcode, 'the home postcode');
    if (homePostcode) errors.home_postcode = homePostcode;
  }
  return errors;
}

/** An episode's placement and legal status as they are stored (postcodes and URN tidied). */
export function episodeColumns(v: Values): Values {
  return {
    ...v,
    placement_provider: textOf(v.placement_provider),
    placement_postcode: normalisePostcode(v.placement_postcode),
    urn: textOf(v.urn)?.trim().toUpperCase() ?? null,
    ...('home_postcode' in v ? { home_postcode: normalisePostcode(v.home_postcode) } : {}),
  };
}

/** Every clock of a looked-after child, cancelled when the period of care ends. */
export const CLA_RULES: readonly TimescaleRuleId[] = [
  'cla_review_first_20wd',
  'cla_review_second_3m',
  'cla_review_6m',
  'cla_visit_first_1w',
  'cla_visit_6w',
  'cla_visit_long_term_3m',
  'cla_placement_plan_5wd',
  'cla_iha_20wd',
  'cla_health_6m_under5',
  'cla_health_12m',
  'supervision_cla',
];

/** The clocks that start the day a child becomes looked after. */
const START_RULES: readonly TimescaleRuleId[] = [
  'cla_review_first_20wd',
  'cla_visit_first_1w',
  'cla_iha_20wd',
  'cla_placement_plan_5wd',
  // Its rule runs "from the previous case supervision (or the start of the period of care)".
  'supervision_cla',
];

function startProblem(ctx: StepContext, start: string): string | null {
  const dob = ctx.child.person.date_of_birth;
  if (!dob) return 'Record the child’s date of birth before they start to be looked after';
  if (start < dob)
    return 'The date the child started to be looked after must be on or after their date of birth';
  if (ageOn(dob, start) >= 18) {
    return `The young person turned 18 on ${formatLongDate(birthday(dob, 18))}: a period of care must start before their 18th birthday`;
  }
  const episodes = ctx.child.claEpisodes;
  if (ctx.recordId) {
    // A correction: the start may move, but not into another period of care (SSDA903 rules 431 and 501).
    const inside = episodes.find(
      (e) => e.start_date <= start && (e.end_date === null || start <= e.end_date),
    );
    return inside
      ? `The child was looked after from ${formatLongDate(inside.start_date)}${inside.end_date ? ` to ${formatLongDate(inside.end_date)}` : ''}: a period of care cannot start during another one`
      : null;
  }
  const open = episodes.find((e) => e.end_date === null);
  if (open) {
    return `The child has been looked after since ${formatLongDate(open.start_date)}: record a change of placement or legal status instead`;
  }
  const lastEnd = episodes.reduce<string | null>(
    (last, e) => (last && last > e.end_date! ? last : e.end_date),
    null,
  );
  if (lastEnd && start <= lastEnd) {
    return `The child’s last period of care ended on ${formatLongDate(lastEnd)}: a new one must start after that day (SSDA903 rule 431)`;
  }
  return null;
}

/** Whether the child had a permanent home before the period of care (SSDA903 PrevPerm, rules 630-635). */
const PREVIOUS_PERMANENCE_FIELDS: readonly Field[] = [
  {
    id: 'previous_permanence',
    label: 'Permanence before this period of care',
    hint: 'Whether the child was adopted, or lived with someone under a special guardianship, residence or child arrangements order, before they were looked after. Z1 when none is known',
    kind: 'select',
    options: optionsOf(PREV_PERM, true),
  },
  {
    id: 'previous_permanence_la',
    label: 'Local authority that arranged it',
    hint: 'Its three-digit DfE code, or WAL, SCO, NIR or NUK outside England. Leave blank for Z1',
    kind: 'text',
    optional: true,
    maxLength: 3,
  },
  {
    id: 'previous_permanence_date',
    label: 'Date of the adoption or order',
    hint: 'Leave blank for Z1',
    kind: 'date',
    optional: true,
  },
];

function previousPermanenceErrors(v: Values, dob: string | null, start: string): FieldErrors {
  const errors: FieldErrors = {};
  const option = textOf(v.previous_permanence);
  const la = textOf(v.previous_permanence_la)?.toUpperCase() ?? null;
  const date = textOf(v.previous_permanence_date);
  if (option === 'Z1') {
    if (la)
      errors.previous_permanence_la = 'Leave the local authority blank when no permanence is known (Z1)';
    if (date) errors.previous_permanence_date = 'Leave the date blank when no permanence is known (Z1)';
    return errors;
  }
  if (!la) errors.previous_permanence_la = 'Enter the local authority that arranged it (SSDA903 rule 630)';
  else if (!LA_CODES.has(la))
    errors.previous_permanence_la =
      'Enter a three-digit DfE local authority code, or WAL, SCO, NIR or NUK (SSDA903 rule 633)';
  if (!date) errors.previous_permanence_date = 'Enter the date of the adoption or order (SSDA903 rule 630)';
  else if (date >= start)
    errors.previous_permanence_date = `The adoption or order must be before the child started to be looked after on ${formatLongDate(start)} (SSDA903 rule 632)`;
  else if (dob && date < dob)
    errors.previous_permanence_date = 'The adoption or order must be on or after the child’s date of birth';
  else if (option === 'P3' && date > '2014-04-21')
    errors.previous_permanence_date =
      'Residence orders were replaced by child arrangements orders (P4) on 22 April 2014';
  return errors;
}

/** A child starts to be looked after: the first episode of a period of care (SSDA903 RNE S). */
export const careStart: Step = {
  id: 'care-start',
  title: 'Record the start of a period of care',
  group: 'care',
  table: 'cla_episode',
  fields: [
    { id: 'start_date', label: 'Date the child started to be looked after', kind: 'date' },
    { id: 'legal_status', label: 'Legal status', kind: 'select', options: optionsOf(LS, true) },
    {
      id: 'category_of_need',
      label: 'Category of need',
      hint: 'The main reason the child is looked after; it stays the same for the whole period of care',
      kind: 'select',
      options: optionsOf(CATEGORY_OF_NEED, true),
    },
    ...PLACEMENT_FIELDS,
    {
      id: 'home_postcode',
      label: 'Postcode of the child’s home',
      hint: 'Where the child lived before they were looked after',
      kind: 'text',
      optional: true,
      maxLength: 8,
    },
    LONG_TERM_FIELD,
    ...PREVIOUS_PERMANENCE_FIELDS,
  ],
  offered: (child, status) =>
    status.episode === undefined && !child.claEpisodes.some((e) => e.end_date === null),
  prefill(ctx) {
    const need = ctx.status.referral?.primary_need;
    return {
      home_postcode: ctx.child.person.postcode,
      long_term_placement: false,
      ...(need && /^N[1-8]$/.test(need) ? { category_of_need: need } : {}),
    };
  },
  check(ctx, v) {
    const start = String(v.start_date);
    const problem = startProblem(ctx, start);
    const errors = placementErrors(v, ctx.child.person.date_of_birth, start);
    if (problem) errors.start_date = problem;
    if (isTemporaryPlacement(String(v.placement_type))) {
      errors.placement_type = 'A period of care cannot start with a temporary placement (SSDA903 rule 380)';
    }
    Object.assign(errors, previousPermanenceErrors(v, ctx.child.person.date_of_birth, start));
    return errors;
  },
  async save(ctx, v) {
    const personId = ctx.child.person.id;
    const id = await insertRecord(ctx.trx, ctx.actor, 'cla_episode', {
      person_id: personId,
      ...episodeColumns(v),
      previous_permanence_la: textOf(v.previous_permanence_la)?.toUpperCase() ?? null,
      rne: 'S',
    });
    for (const ruleId of START_RULES) {
      await startClock(ctx.trx, ctx.actor, ctx.policy, {
        personId,
        ruleId,
        fromDate: String(v.start_date),
        sourceType: 'cla_episode',
        sourceId: id,
      });
    }
    return id;
  },
};
