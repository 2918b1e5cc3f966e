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
import { inRange, upperBound } from './conventions.ts';
import type { ChildJourney, JourneyModel } from './model.ts';

type ListKey = {
  [K in keyof ChildJourney]: ChildJourney[K] extends readonly object[] ? K : never;
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

/**
 * An index of the model's records of one kind. Two plain passes over the children, counting and then reading
 * into arrays of that length: a large authority's indexes hold millions of records, which growing arrays
 * would copy and leave to the garbage collector.
 */
function buildIndex(
  model: JourneyModel,
  kind: ListKey,
  startField: string,
  endField: string | null,
): IntervalIndex {
  const children = model.children;
  let size = 0;
  for (let i = 0; i < children.length; i++) size += children[i]![kind].length;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const owners = new Int32Array(size);
  let count = 0;
  let first = OPEN;
  let last = -OPEN;
  for (let i = 0; i < children.length; i++) {
    const records = children[i]![kind] as unknown as readonly Record<string, string | null | undefined>[];
    for (let j = 0; j < records.length; j++) {
      const record = records[j]!;
      const start = record[startField];
      if (start === null || start === undefined) continue;
      const end = endField === null ? start : record[endField];
      const startDay = day(start);
      starts[count] = startDay;
      ends[count] = end === null || end === undefined ? OPEN : day(end);
      owners[count] = i;
      count++;
      if (startDay < first) first = startDay;
      if (startDay > last) last = startDay;
    }
  }
  // A counting sort by start day: stable, and linear in the records and the days they span.
  const slots = new Int32Array(Math.max(0, last - first + 2));
  for (let k = 0; k < count; k++) slots[starts[k]! - first + 1]!++;
  for (let k = 1; k < slots.length; k++) slots[k]! += slots[k - 1]!;
  const index = {
    starts: new Int32Array(count),
    ends: new Int32Array(count),
    childIndex: new Int32Array(count),
  };
  for (let k = 0; k < count; k++) {
    const at = slots[starts[k]! - first]!++;
    index.starts[at] = starts[k]!;
    index.ends[at] = ends[k]!;
    index.childIndex[at] = owners[k]!;
  }
  return index;
}

/**
 * The children at some positions of the model, once each and in the model's order. The list is remembered with
 * its positions, so `childrenOfAny` can merge lists without looking each child up.
 */
function children(model: JourneyModel, positions: ArrayLike<number>): readonly ChildJourney[] {
  const sorted = Int32Array.from(positions).sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[count++] = sorted[i]!;
  const unique = sorted.slice(0, count);
  const found: ChildJourney[] = new Array<ChildJourney>(count);
  for (let i = 0; i < count; i++) found[i] = model.children[unique[i]!]!;
  positionsOfList.set(found, unique);
  listNumber.set(found, ++listsFound);
  return found;
}

/** The model positions of each candidate list handed out, for `childrenOfAny`. */
const positionsOfList = new WeakMap<readonly ChildJourney[], Int32Array>();
/** A number for each candidate list handed out, so `childrenOfAny` can remember a merge of the same lists. */
const listNumber = new WeakMap<readonly ChildJourney[], number>();
let listsFound = 0;

/**
 * What is already worked out, per model: the indicators of one period ask for the same candidate windows
 * (children with an episode open at the month's end, for a dozen looked-after indicators) and the same state
 * at a date (who is looked after, on a plan). Answers are shared, so no caller may change one; a model is
 * never changed in place. Bounded, so a long-running process asking about many different dates of one model
 * cannot grow without limit.
 */
const workedOut = new WeakMap<JourneyModel, Map<string, unknown>>();
const WORKED_OUT_LIMIT = 2_000;

/** `work()` for this model and key, done once and then remembered (see `workedOut`). */
export function oncePerModel<T>(model: JourneyModel, key: string, work: () => T): T {
  let forModel = workedOut.get(model);
  if (!forModel) workedOut.set(model, (forModel = new Map()));
  if (forModel.has(key)) return forModel.get(key) as T;
  if (forModel.size >= WORKED_OUT_LIMIT) forModel.clear();
  const answer = work();
  forModel.set(key, answer);
  return answer;
}

/** Kinds of record with a start and an end, such as plans and episodes. */
type SpellKind = {
  [K in ListKey]: 'start' extends DateField<K> ? ('end' extends DateField<K> ? K : never) : never;
}[ListKey];

/**
 * The children for whom `answer` gives something at a date (care, a plan open), each with its answer, in the
 * model's order. Only children with a record of `kind` open at the date, or ending on it, are asked; the list
 * is worked out once per model, name and date, and shared by the indicators of a period that ask (no caller
 * may change it).
 */
export function childrenWithAt<T>(
  model: JourneyModel,
  name: string,
  kind: SpellKind,
  date: string,
  answer: (child: ChildJourney) => T | undefined,
): readonly { child: ChildJourney; value: T }[] {
  return oncePerModel(model, `${name}|${date}`, () => {
    const found: { child: ChildJourney; value: T }[] = [];
    for (const child of childrenOverlapping(model, kind, date, date, 'start', 'end')) {
      const value = answer(child);
      if (value !== undefined) found.push({ child, value });
    }
    return found;
  });
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
): readonly ChildJourney[] {
  if (model.exhaustive) return model.children;
  const key = `${kind}|${String(startField)}|${String(endField)}`;
  return oncePerModel(model, `${key}|${from}|${to}`, () => {
    const index = cached(model, key, () => buildIndex(model, kind, String(startField), String(endField)));
    const fromDay = day(from);
    const last = upperBound(index.starts, day(to));
    const positions: number[] = [];
    for (let i = 0; i < last; i++)
      if ((index.ends[i] as number) >= fromDay) positions.push(index.childIndex[i]!);
    return children(model, positions);
  });
}

/** Children with a record of `kind` whose `field` falls in [from, to], in the model's order. */
export function childrenWithin<K extends ListKey>(
  model: JourneyModel,
  kind: K,
  field: DateField<K>,
  from: string,
  to: string,
): readonly ChildJourney[] {
  if (model.exhaustive) return model.children;
  const key = `${kind}|${String(field)}`;
  return oncePerModel(model, `${key}|${from}|${to}`, () => {
    const index = cached(model, key, () => buildIndex(model, kind, String(field), null));
    const first = upperBound(index.starts, day(from) - 1);
    const last = upperBound(index.starts, day(to));
    return children(model, index.childIndex.subarray(first, last));
  });
}

/**
 * Each record of `kind` whose `field` falls in [from, to], with its child (children in the model's order, a
 * child's records in theirs): the records of a month or a year that most counts are made of.
 */
export function eachWithin<K extends ListKey, F extends DateField<K>>(
  model: JourneyModel,
  kind: K,
  field: F,
  from: string,
  to: string,
  each: (child: ChildJourney, record: RecordOf<K> & Record<F, string>) => void,
): void {
  for (const child of childrenWithin(model, kind, field, from, to))
    for (const record of child[kind] as readonly RecordOf<K>[])
      if (inRange(record[field] as string | null, from, to))
        each(child, record as RecordOf<K> & Record<F, string>);
}

const positions = new WeakMap<JourneyModel, Map<ChildJourney, number>>();

/**
 * The children of several candidate lists, once each, in the model's order. A merge of lists found through the
 * indexes is remembered per model (see `oncePerModel`), whatever order the lists are given in.
 */
export function childrenOfAny(
  model: JourneyModel,
  ...lists: (readonly ChildJourney[])[]
): readonly ChildJourney[] {
  if (model.exhaustive) return model.children;
  const numbers = lists.map((list) => listNumber.get(list));
  if (numbers.every((n) => n !== undefined)) {
    const key = `any of|${numbers.sort((x, y) => x - y).join(',')}`;
    return oncePerModel(model, key, () => merge(model, lists));
  }
  return merge(model, lists);
}

function merge(model: JourneyModel, lists: (readonly ChildJourney[])[]): readonly ChildJourney[] {
  const merged: number[] = [];
  for (const list of lists) {
    const known = positionsOfList.get(list);
    if (known) {
      for (const i of known) merged.push(i);
      continue;
    }
    // A list not found through an index: look its children up.
    let position = positions.get(model);
    if (!position) positions.set(model, (position = new Map(model.children.map((c, i) => [c, i]))));
    for (const c of list) merged.push(position.get(c)!);
  }
  return children(model, merged);
}
