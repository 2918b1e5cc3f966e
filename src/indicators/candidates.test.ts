import { describe, expect, it } from 'vitest';
import { addDays, toDayNumber } from '../domain/dates.ts';
import {
  childrenOfAny,
  childrenOverlapping,
  childrenWithAt,
  childrenWithin,
  day,
  eachWithin,
} from './candidates.ts';
import { child, model } from './testing.ts';

describe('day numbers for the indexes', () => {
  it('match toDayNumber over 1999-2036, leap days and month ends included', () => {
    for (let d = '1999-01-01'; d <= '2036-12-31'; d = addDays(d, 1)) expect(day(d)).toBe(toDayNumber(d));
    expect(day('2024-02-29')).toBe(toDayNumber('2024-02-29'));
    expect(day('2000-02-29') - day('2000-02-28')).toBe(1);
  });
});

describe('candidate children', () => {
  const a = child('a', { cpPlans: [{ id: 'p1', start: '2025-01-10', end: '2025-03-31' }] });
  const b = child('b', { cpPlans: [{ id: 'p2', start: '2025-04-01', end: null }] });
  const c = child('c', {
    cpPlans: [
      { id: 'p3', start: '2024-01-01', end: '2024-06-30' },
      { id: 'p4', start: '2025-03-01', end: null },
    ],
  });
  const m = model([a, b, c]);

  it('overlapping a day: records open on it or ending on it, once per child, in model order', () => {
    const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
    expect(ids(childrenOverlapping(m, 'cpPlans', '2025-03-31', '2025-03-31', 'start', 'end'))).toEqual([
      'a',
      'c',
    ]);
    expect(ids(childrenOverlapping(m, 'cpPlans', '2025-04-01', '2025-04-01', 'start', 'end'))).toEqual([
      'b',
      'c',
    ]);
    expect(ids(childrenOverlapping(m, 'cpPlans', '2024-07-01', '2025-01-09', 'start', 'end'))).toEqual([]);
  });

  it('each record within a window, with its child: both ends included, a child’s other records left out', () => {
    const seen: string[] = [];
    eachWithin(m, 'cpPlans', 'start', '2025-01-10', '2025-03-31', (x, p) => seen.push(`${x.id}:${p.id}`));
    expect(seen).toEqual(['a:p1', 'c:p4']);
    seen.length = 0;
    eachWithin(m, 'cpPlans', 'end', '2024-06-30', '2025-03-31', (x, p) => seen.push(`${x.id}:${p.id}`));
    expect(seen).toEqual(['a:p1', 'c:p3']);
  });

  it('within a window: both ends included', () => {
    const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
    expect(ids(childrenWithin(m, 'cpPlans', 'start', '2025-01-10', '2025-04-01'))).toEqual(['a', 'b', 'c']);
    expect(ids(childrenWithin(m, 'cpPlans', 'end', '2024-06-30', '2025-03-30'))).toEqual(['c']);
    expect(ids(childrenWithin(m, 'cpPlans', 'start', '2025-01-11', '2025-02-28'))).toEqual([]);
  });

  it('of any of several lists: each child once, in model order, whether or not a list came from an index', () => {
    const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
    const onPlan = childrenOverlapping(m, 'cpPlans', '2025-04-01', '2025-04-01', 'start', 'end');
    expect(childrenOverlapping(m, 'cpPlans', '2025-04-01', '2025-04-01', 'start', 'end')).toBe(onPlan);
    expect(
      ids(childrenOfAny(m, onPlan, childrenWithin(m, 'cpPlans', 'start', '2025-01-10', '2025-01-10'))),
    ).toEqual(['a', 'b', 'c']);
    expect(ids(childrenOfAny(m, [c, a], onPlan, []))).toEqual(['a', 'b', 'c']);
    const started = childrenWithin(m, 'cpPlans', 'start', '2025-03-01', '2025-03-01');
    const merged = childrenOfAny(m, onPlan, started);
    expect(ids(merged)).toEqual(['b', 'c']);
    expect(childrenOfAny(m, started, onPlan)).toBe(merged);
    expect(childrenOfAny(m, onPlan, [a])).not.toBe(merged);
  });

  it('with an answer at a date: only children answered, with the answer, worked out once per model, name and date', () => {
    const asked: string[] = [];
    const openPlan = (date: string) => (x: (typeof m.children)[number]) => {
      asked.push(x.id);
      return x.cpPlans.find((p) => p.start <= date && (p.end === null || p.end > date))?.id;
    };
    const onPlan = childrenWithAt(m, 'plan', 'cpPlans', '2025-03-31', openPlan('2025-03-31'));
    // a's plan ends on the day, so a is asked (a candidate) but not answered; b's starts the day after.
    expect(onPlan.map(({ child, value }) => [child.id, value])).toEqual([['c', 'p4']]);
    expect(asked).toEqual(['a', 'c']);
    expect(childrenWithAt(m, 'plan', 'cpPlans', '2025-03-31', openPlan('2025-03-31'))).toBe(onPlan);
    expect(asked).toEqual(['a', 'c']);
    const later = childrenWithAt(m, 'plan', 'cpPlans', '2025-04-01', openPlan('2025-04-01'));
    expect(later.map(({ child, value }) => [child.id, value])).toEqual([
      ['b', 'p2'],
      ['c', 'p4'],
    ]);
    const everyone = { ...m, exhaustive: true };
    expect(childrenWithAt(everyone, 'plan', 'cpPlans', '2025-03-31', openPlan('2025-03-31'))).not.toBe(
      onPlan,
    );
    expect(asked).toEqual(['a', 'c', 'b', 'c', 'a', 'b', 'c']);
  });
});
