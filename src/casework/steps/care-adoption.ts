import { LS_ADOPTR, SEX_ADOPTR } from '../../domain/codes.ts';
import { formatLongDate } from '../../domain/dates.ts';
import type { Field, FieldErrors, Values } from '../fields.ts';
import { optionsOf } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step, StepContext } from '../step.ts';
import { birthday, textOf } from './care-start.ts';

/** An adoption's milestones and, from the match, its adopters (SSDA903 AD1 and PlacedAdoption). */
export const ADOPTION_FIELDS: readonly Field[] = [
  {
    id: 'decision_date',
    label: 'Date of the decision that the child should be placed for adoption',
    name: 'the date of the decision',
    kind: 'date',
  },
  { id: 'placement_order_date', label: 'Date the placement order was granted', kind: 'date', optional: true },
  { id: 'matched_date', label: 'Date the child was matched with adopters', kind: 'date', optional: true },
  { id: 'placed_date', label: 'Date the child was placed for adoption', kind: 'date', optional: true },
  { id: 'adoption_order_date', label: 'Date of the adoption order', kind: 'date', optional: true },
  {
    id: 'foster_care',
    label: 'Were the adopters the child’s foster carers?',
    hint: 'Once the child is matched',
    kind: 'yes_no',
    optional: true,
  },
  {
    id: 'number_of_adopters',
    label: 'Number of adopters',
    hint: 'Once the child is matched: 1 or 2',
    kind: 'number',
    min: 1,
    max: 2,
    optional: true,
  },
  {
    id: 'sex_of_adopters',
    label: 'Sex of the adopters',
    hint: 'Once the child is matched',
    kind: 'select',
    options: optionsOf(SEX_ADOPTR, true),
    optional: true,
  },
  {
    id: 'legal_status_of_adopters',
    label: 'Legal status of the adopters',
    hint: 'Once the child is matched',
    kind: 'select',
    options: optionsOf(LS_ADOPTR, true),
    optional: true,
  },
];

const ADOPTER_KEYS = [
  'foster_care',
  'number_of_adopters',
  'sex_of_adopters',
  'legal_status_of_adopters',
] as const;
const given = (value: unknown) => value !== null && value !== undefined && value !== '';

/** The adopters' details agree with each other (SSDA903 rules 511, 514 and 517-524). */
function adopterErrors(v: Values): FieldErrors {
  const errors: FieldErrors = {};
  const number = v.number_of_adopters;
  const sex = textOf(v.sex_of_adopters);
  const status = textOf(v.legal_status_of_adopters);
  const single = (code: string | null) => code === 'M1' || code === 'F1' || code === 'L0';
  if (number === 1 && sex && !single(sex)) {
    errors.sex_of_adopters = 'Select a single adopter (M1 or F1) for one adopter (SSDA903 rule 511)';
  } else if (number === 2 && sex && single(sex)) {
    errors.sex_of_adopters = 'Select MM, FF or MF for two adopters (SSDA903 rule 511)';
  }
  if (number === 1 && status && status !== 'L0') {
    errors.legal_status_of_adopters = 'Select single adopter (L0) for one adopter (SSDA903 rule 514)';
  } else if (number === 2 && status === 'L0') {
    errors.legal_status_of_adopters =
      'A couple cannot have the legal status of a single adopter (SSDA903 rule 514)';
  } else if (status && sex && single(status) !== single(sex)) {
    errors.legal_status_of_adopters =
      'The legal status and the sex of the adopters must both be for one adopter, or both for a couple';
  } else if ((status === 'L3' || status === 'L11') && sex && sex !== 'MF') {
    errors.sex_of_adopters = `A couple of different sexes (${status}) is recorded as MF (SSDA903 rules 517 and 520)`;
  } else if ((status === 'L4' || status === 'L12') && sex && sex !== 'MM' && sex !== 'FF') {
    errors.sex_of_adopters = `A same-sex couple (${status}) is recorded as MM or FF (SSDA903 rules 518 and 524)`;
  }
  return errors;
}

/**
 * The milestones in order (SSDA903 rules 184, 331, 333, 334, 521, 552, 554), the adopters' details from the
 * match (151), and the order before the child's 18th birthday (386).
 */
export function adoptionErrors(ctx: StepContext, v: Values): FieldErrors {
  const errors: FieldErrors = {};
  const decision = String(v.decision_date);
  const [order, matched, placed, adopted] = [
    v.placement_order_date,
    v.matched_date,
    v.placed_date,
    v.adoption_order_date,
  ].map(textOf);
  const dob = ctx.child.person.date_of_birth;
  const from = ctx.status.periodOfCareStart;
  if (dob && decision < dob) {
    errors.decision_date = 'The decision must be on or after the child’s date of birth (SSDA903 rule 184)';
  } else if (from && decision < from) {
    errors.decision_date = `The decision must be on or after the child started to be looked after on ${formatLongDate(from)} (SSDA903 rule 334)`;
  }
  if (order && order < decision) {
    errors.placement_order_date =
      'The placement order must be on or after the decision to place for adoption (SSDA903 rule 554)';
  }
  if (matched && matched < decision) {
    errors.matched_date =
      'The match must be on or after the decision to place for adoption (SSDA903 rule 333)';
  }
  if (placed && !matched) {
    errors.placed_date = 'Enter the date the child was matched with adopters before they were placed';
  } else if (placed && matched && placed < matched) {
    errors.placed_date =
      'The child must be placed on or after they were matched with adopters (SSDA903 rule 331)';
  }
  if (adopted && !placed) {
    errors.adoption_order_date = 'Enter the date the child was placed for adoption before the adoption order';
  } else if (adopted && placed && adopted < placed) {
    errors.adoption_order_date = 'The adoption order must be on or after the child was placed for adoption';
  } else if (adopted && dob && adopted >= birthday(dob, 18)) {
    errors.adoption_order_date = 'A young person of 18 cannot be adopted (SSDA903 rule 386)';
  }
  for (const key of ADOPTER_KEYS) {
    if (!matched && given(v[key])) {
      errors[key] = 'Leave the adopters’ details blank until the child is matched with adopters';
    } else if (adopted && !given(v[key])) {
      errors[key] = 'Enter the adopters’ details: the child has been adopted (SSDA903 rules 151 and 601)';
    }
  }
  const place = ctx.status.episode?.placement_type;
  if (v.foster_care === true && (place === 'A4' || place === 'A6')) {
    errors.foster_care = `The child is placed for adoption with adopters who were not their foster carers (${place}) (SSDA903 rule 335)`;
  } else if (v.foster_care === false && (place === 'A3' || place === 'A5')) {
    errors.foster_care = `The child is placed for adoption with their foster carers (${place}) (SSDA903 rule 335)`;
  }
  return { ...adopterErrors(v), ...errors };
}

/** The decision that a looked-after child should be placed for adoption, and what is known of it so far. */
export const careAdoption: Step = {
  id: 'care-adoption',
  title: 'Record a decision to place for adoption',
  group: 'care',
  table: 'adoption',
  fields: ADOPTION_FIELDS,
  offered: (_child, status) => status.episode !== undefined && status.adoption === undefined,
  check(ctx, v) {
    if (!ctx.status.periodOfCareStart && !ctx.recordId) return { form: 'The child is not looked after' };
    return adoptionErrors(ctx, v);
  },
  async save(ctx, v) {
    return insertRecord(ctx.trx, ctx.actor, 'adoption', { person_id: ctx.child.person.id, ...v });
  },
};
