import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { careProceedingsIssued } from './care-proceedings-issued.ts';

describe('care_proceedings_issued', () => {
  it('counts children with proceedings issued from 1 to 29 February 2024, once each', () => {
    const m = model([
      child('a', {
        careProceedings: [
          { id: 'a2', issued: '2024-02-29' },
          { id: 'a1', issued: '2024-02-01' },
        ],
      }),
      child('b', { careProceedings: [{ id: 'b1', issued: '2024-01-31' }] }),
      child('c', { careProceedings: [{ id: 'c1', issued: '2024-03-01' }] }),
      child('d', { careProceedings: [{ id: 'd1', issued: '2024-02-29' }] }),
    ]);
    const period = monthOf('2024-02-15');
    const measure = careProceedingsIssued.compute(m, period);
    expect(figureOf(careProceedingsIssued, period, measure)).toEqual({
      id: 'care_proceedings_issued',
      period: '2024-02',
      value: 2,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.laChildId, x.recordId, x.facts.issued])).toEqual([
      ['a', 'a1', '2024-02-01'],
      ['d', 'd1', '2024-02-29'],
    ]);
  });

  it('gives 0 for a month with none', () => {
    const period = monthOf('2024-04-30');
    expect(
      figureOf(careProceedingsIssued, period, careProceedingsIssued.compute(model([]), period)).value,
    ).toBe(0);
  });
});
