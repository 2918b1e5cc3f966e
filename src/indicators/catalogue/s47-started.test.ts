import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { s47Started } from './s47-started.ts';

const s47 = (id: string, start: string) => ({ id, start, end: null, icpcRequired: null });

describe('s47_started', () => {
  it('counts enquiries started from 1 to 29 February 2024, each one (a child with two counts twice)', () => {
    const m = model([
      child('a', { s47s: [s47('a1', '2024-02-01'), s47('a2', '2024-02-29')] }),
      child('b', { s47s: [s47('b1', '2024-01-31'), s47('b2', '2024-03-01')] }),
      child('c', { s47s: [{ id: 'c1', start: '2024-02-15', end: '2024-02-20', icpcRequired: false }] }),
    ]);
    const period = monthOf('2024-02-10');
    const measure = s47Started.compute(m, period);
    expect(figureOf(s47Started, period, measure)).toEqual({
      id: 's47_started',
      period: '2024-02',
      value: 3,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.recordId, x.facts.s47_start])).toEqual([
      ['a1', '2024-02-01'],
      ['a2', '2024-02-29'],
      ['c1', '2024-02-15'],
    ]);
  });

  it('gives 0, not a dash, for a month with none', () => {
    const period = monthOf('2024-04-01');
    expect(figureOf(s47Started, period, s47Started.compute(model([]), period)).value).toBe(0);
  });
});
