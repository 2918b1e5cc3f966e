import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { careLeavers } from './care-leavers.ts';

const status = (id: string, eligibility: string, start: string, end: string | null = null) => ({
  id,
  eligibility,
  start,
  end,
});

describe('care_leavers', () => {
  it('counts young people with an eligible, relevant or former relevant status open at 31 March 2025', () => {
    const m = model([
      child('a', { dateOfBirth: '2004-06-01', careLeaver: [status('a1', 'former_relevant', '2022-06-01')] }),
      // Qualifying care leavers are not counted.
      child('b', { dateOfBirth: '2004-06-01', careLeaver: [status('b1', 'qualifying', '2022-06-01')] }),
      // Ended on 31 March: not open.
      child('c', {
        dateOfBirth: '2007-06-01',
        careLeaver: [status('c1', 'relevant', '2024-06-01', '2025-03-31')],
      }),
      // Eligible from 31 March.
      child('d', { dateOfBirth: '2008-06-01', careLeaver: [status('d1', 'eligible', '2025-03-31')] }),
      // Relevant until 10 March, former relevant from then: counted once.
      child('e', {
        dateOfBirth: '2007-03-10',
        careLeaver: [
          status('e1', 'relevant', '2024-06-01', '2025-03-10'),
          status('e2', 'former_relevant', '2025-03-10'),
        ],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = careLeavers.compute(m, period);
    expect(figureOf(careLeavers, period, measure)).toMatchObject({
      value: 3,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.personId, x.facts])).toEqual([
      ['a', { eligibility: 'former_relevant', since: '2022-06-01', age: 20 }],
      ['d', { eligibility: 'eligible', since: '2025-03-31', age: 16 }],
      ['e', { eligibility: 'former_relevant', since: '2025-03-10', age: 18 }],
    ]);
  });
});
