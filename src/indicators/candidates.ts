/**
 * Candidate children for an indicator's period: the children who hold a record of one kind in a date window,
 * found through an index instead of by visiting every child of the authority.
 *
 * An indicator still decides membership with its own per-child logic; it only visits fewer children. So each
 * use must ask for a superset of the children who can count: for example children with a child protection
 * plan overlapping the month, for an indicator about children on a plan at its end. The agreement test
 * computes the whole catalogue once through these indexes and once over every child (`exhaustive`) and
 * requires the same figures.
 */
import type { ChildJourney, JourneyModel } from './model.ts';

type ListKey = {
  [K in keyof ChildJourney]: ChildJourney[K] extends readonly unknown[] ? K : never;
}[keyof ChildJourney];
type RecordOf<K extends ListKey> = ChildJourney[K][number];
type DateField<K extends ListKey> = {
  [F in keyof RecordOf<K>]: RecordOf<K>[F] extends string | null ? F : never;
}[keyof RecordOf<K>];

/** Records of one kind sorted by their start day, with their end day and the index of their child. */
interface IntervalIndex {
  starts: Int32Array;
  ends: Int32Array;
  childIndex: Int32Array;
}

const OPEN = 2 ** 31 - 1;
const indexes = new WeakMap<JourneyModel, Map<string, IntervalIndex>>();

function cached(model: JourneyModel, key: string, build: () => IntervalIndex): IntervalIndex {
  let forModel = indexes.get(model);
  if (!forModel) {
    forModel = new Map();
    indexes.set(model, forModel);
  }
  let index = forModel.get(key);
  if (!index) {
    index = build();
    forModel.set(key, index);
  }
  return index;
}

/** The day number of an ISO date, as `toDayNumber` gives it, from the characters (no Date, no cache). */
export function day(date: string): number {
  let y =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  // Days from civil (proleptic Gregorian), counting from 1970-01-01.
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function buildIndex(
  model: JourneyModel,
  kind: ListKey,
  startField: string,
  endField: string | null,
): IntervalIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const owners: number[] = [];
  model.children.forEach((child, i) => {
    for (const record of child[kind] as unknown as Record<string, string | null>[]) {
      const start = record[startField];
      if (start === null || start === undefined) continue;
      const end = endField === null ? start : record[endField];
      starts.push(day(start));
      ends.push(end === null || end === undefined ? OPEN : day(end));
      owners.push(i);
    }
  });
  // A counting sort by start day: stable, and linear in the records and the days they span.
  let first = OPEN;
  let last = -OPEN;
  for (const start of starts) {
    if (start < first) first = start;
    if (start > last) last = start;
  }
  const slots = new Int32Array(Math.max(0, last - first + 2));
  for (const start of starts) slots[start - first + 1]!++;
  for (let i = 1; i < slots.length; i++) slots[i]! += slots[i - 1]!;
  const index = {
    starts: new Int32Array(starts.length),
    ends: new Int32Array(starts.length),
    childIndex: new Int32Array(starts.length),
  };
  starts.forEach((start, position) => {
    const i = slots[start - first]!++;
    index.starts[i] = start;
    index.ends[i] = ends[position]!;
    index.childIndex[i] = owners[position]!;
  });
  return index;
}

/** The first position whose start is after `value`. */
function upperBound(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function children(model: JourneyModel, positions: ArrayLike<number>): ChildJourney[] {
  const sorted = Int32Array.from(positions).sort();
  const found: ChildJourney[] = [];
  let previous = -1;
  for (const i of sorted) {
    if (i !== previous) found.push(model.children[i]!);
    previous = i;
  }
  return found;
}

/**
 * Children with a record of `kind` whose interval [start, end] meets [from, to]; a record without an end is
 * open, and one without a start is left out. Children come in the model's order.
 */
export function childrenOverlapping<K extends ListKey>(
  model: JourneyModel,
  kind: K,
  from: string,
  to: string,
  startField: DateField<K>,
  endField: DateField<K>,
): ChildJourney[] {
  if (model.exhaustive) return model.children;
  const index = cached(model, `${kind}|${String(startField)}|${String(endField)}`, () =>
    buildIndex(model, kind, String(startField), String(endField)),
  );
  const fromDay = day(from);
  const last = upperBound(index.starts, day(to));
  const found: number[] = [];
  for (let i = 0; i < last; i++) if ((index.ends[i] as number) >= fromDay) found.push(index.childIndex[i]!);
  return children(model, found);
}

/** Children with a record of `kind` whose `field` falls in [from, to], in the model's order. */
export function childrenWithin<K extends ListKey>(
  model: JourneyModel,
  kind: K,
  field: DateField<K>,
  from: string,
  to: string,
): ChildJourney[] {
  if (model.exhaustive) return model.children;
  const index = cached(model, `${kind}|${String(field)}`, () => buildIndex(model, kind, String(field), null));
  const first = upperBound(index.starts, day(from) - 1);
  const last = upperBound(index.starts, day(to));
  return children(model, index.childIndex.subarray(first, last));
}

const positions = new WeakMap<JourneyModel, Map<ChildJourney, number>>();

/** The children of several candidate lists, once each, in the model's order. */
export function childrenOfAny(model: JourneyModel, ...lists: ChildJourney[][]): ChildJourney[] {
  if (model.exhaustive) return model.children;
  let position = positions.get(model);
  if (!position) {
    position = new Map(model.children.map((c, i) => [c, i]));
    positions.set(model, position);
  }
  const at = position;
  return children(
    model,
    lists.flatMap((list) => list.map((c) => at.get(c)!)),
  );
}
