import { describeCode, PLACE } from '../../domain/codes.ts';
import { formatLongDate } from '../../domain/dates.ts';
import { periodOfCareStart, type ChildRecord, type Row } from '../child.ts';
import type { Field, FieldErrors, Values } from '../fields.ts';
import { insertRecord, updateRecord } from '../record.ts';
import type { Step } from '../step.ts';

/**
 * The placements a child may be in while a deprivation of liberty order is in force: a children's home (K2),
 * or the other placements Z12 and Z13 (SSDA903 2026/27 rule 709; rule 710 names K1, P1, R5 and K3 as never
 * allowed, all of which 709's list leaves out).
 */
const DOLO_PLACEMENTS: readonly string[] = ['K2', 'Z12', 'Z13'];

const END_FIELD: Field = {
  id: 'end_date',
  label: 'Date the order ended',
  hint: 'Leave blank if the order is still in force',
  kind: 'date',
  optional: true,
};

type Episode = Row<'cla_episode'>;
type Order = Row<'deprivation_of_liberty'>;

/**
 * The period of care the child was in on `date` (SSDA903: episodes joined end to start by reason X1), as its
 * episodes in order, or undefined when the child was not looked after that day.
 */
function periodOfCareOn(episodes: readonly Episode[], date: string): Episode[] | undefined {
  const sorted = [...episodes].sort((a, b) => (a.start_date < b.start_date ? -1 : 1));
  const at = sorted.findIndex((e) => e.start_date <= date && (e.end_date === null || e.end_date > date));
  if (at < 0) return undefined;
  const periodStart = periodOfCareStart(sorted, sorted[at]!);
  const first = sorted.findIndex((e) => e.start_date === periodStart);
  let last = at;
  while (
    last < sorted.length - 1 &&
    sorted[last]!.reason_end === 'X1' &&
    sorted[last + 1]!.start_date === sorted[last]!.end_date
  )
    last++;
  return sorted.slice(first, last + 1);
}

/** Everything that must be true of an order's dates against the rest of the child's record. */
function orderErrors(child: ChildRecord, start: string, end: string | null, self?: string): FieldErrors {
  const dob = child.person.date_of_birth;
  if (dob && start < dob)
    return { start_date: 'The order must start on or after the child’s date of birth (SSDA903 rule 708)' };
  if (end !== null && end < start) {
    return {
      end_date: `The order must end on or after it started on ${formatLongDate(start)} (SSDA903 rule 702)`,
    };
  }
  const others = child.deprivationsOfLiberty.filter((o) => o.id !== self);
  const open = others.find((o) => o.end_date === null);
  if (open) {
    return {
      form: `An order has been in force since ${formatLongDate(open.start_date)}: record its end first (SSDA903 rule 705)`,
    };
  }
  const overlapping = others.find((o) => o.start_date <= (end ?? '9999-12-31') && start <= o.end_date!);
  if (overlapping) {
    return {
      start_date: `The child was already under an order from ${formatLongDate(overlapping.start_date)} to ${formatLongDate(overlapping.end_date!)}: orders cannot overlap`,
    };
  }
  const period = periodOfCareOn(child.claEpisodes, start);
  if (!period)
    return {
      start_date:
        'The child was not looked after on that date: an order is recorded for a looked-after child (SSDA903 rule 707)',
    };
  const periodEnd = period.at(-1)!.end_date;
  if (periodEnd !== null && (end === null || end > periodEnd)) {
    return {
      end_date: `The child ceased to be looked after on ${formatLongDate(periodEnd)}: the order must end by then (SSDA903 rule 707)`,
    };
  }
  const during = period.filter(
    (e) => e.start_date <= (end ?? '9999-12-31') && (e.end_date === null || e.end_date >= start),
  );
  const wrong = during.find((e) => !DOLO_PLACEMENTS.includes(e.placement_type));
  if (wrong) {
    return {
      form: `The child was placed in ${describeCode(PLACE, wrong.placement_type) ?? wrong.placement_type} from ${formatLongDate(wrong.start_date)}: a child under a deprivation of liberty order is placed in a children’s home (K2) or placement Z12 or Z13 (SSDA903 rules 709 and 710)`,
    };
  }
  return {};
}

const dates = (v: Values) => ({ start: String(v.start_date), end: v.end_date ? String(v.end_date) : null });

/**
 * A deprivation of liberty order (DoLO): the High Court's authority to deprive a looked-after child of their
 * liberty in their placement, from the day it is made to the day it ends (SSDA903 DoLo, from 2026/27).
 */
export const careDolo: Step = {
  id: 'care-dolo',
  title: 'Record a deprivation of liberty order',
  group: 'care',
  table: 'deprivation_of_liberty',
  fields: [{ id: 'start_date', label: 'Date the order was made', kind: 'date' }, END_FIELD],
  offered: (child) => child.claEpisodes.length > 0,
  check(ctx, v) {
    const { start, end } = dates(v);
    return orderErrors(ctx.child, start, end, ctx.recordId);
  },
  async save(ctx, v) {
    return insertRecord(ctx.trx, ctx.actor, 'deprivation_of_liberty', {
      person_id: ctx.child.person.id,
      ...v,
    });
  },
};

const openOrder = (child: ChildRecord): Order | undefined =>
  child.deprivationsOfLiberty.find((o) => o.end_date === null);

/** The end of the order in force. */
export const careDoloEnd: Step = {
  id: 'care-dolo-end',
  title: 'Record the end of a deprivation of liberty order',
  group: 'care',
  table: 'deprivation_of_liberty',
  fields: [{ ...END_FIELD, hint: undefined, optional: false }],
  offered: (child) => openOrder(child) !== undefined,
  check(ctx, v) {
    const order = openOrder(ctx.child);
    if (!order) return ctx.recordId ? {} : { form: 'There is no order in force to end' };
    return orderErrors(ctx.child, order.start_date, String(v.end_date), order.id);
  },
  async save(ctx, v) {
    const order = openOrder(ctx.child)!;
    await updateRecord(
      ctx.trx,
      ctx.actor,
      'deprivation_of_liberty',
      order.id,
      v,
      'End of the order recorded',
    );
    return order.id;
  },
};
