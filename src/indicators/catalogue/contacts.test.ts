import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { contacts } from './contacts.ts';

const contact = (id: string, date: string, decision: string | null = 'nfa') => ({ id, date, decision });

describe('contacts', () => {
  it('counts each contact dated 1 to 29 February 2024 (leap year), twice for a child contacted twice', () => {
    const m = model([
      child('a', { contacts: [contact('a1', '2024-01-31'), contact('a2', '2024-02-01', 'referral')] }),
      child('b', {
        contacts: [
          contact('b1', '2024-02-10', null),
          contact('b2', '2024-02-29'),
          contact('b3', '2024-03-01'),
        ],
      }),
    ]);
    const period = monthOf('2024-02-01');
    const measure = contacts.compute(m, period);
    expect(figureOf(contacts, period, measure)).toEqual({
      id: 'contacts',
      period: '2024-02',
      value: 3,
      numerator: null,
      denominator: null,
    });
    expect(
      measure.members.map((x) => [x.personId, x.recordId, x.facts.contact_date, x.facts.decision]),
    ).toEqual([
      ['a', 'a2', '2024-02-01', "Referral to children's social care"],
      ['b', 'b1', '2024-02-10', null],
      ['b', 'b2', '2024-02-29', 'No further action'],
    ]);
  });

  it('gives 0 (a count, not a dash) for a month with no contacts', () => {
    const period = monthOf('2023-02-01');
    const m = model([child('a', { contacts: [contact('a1', '2023-03-01')] })]);
    expect(figureOf(contacts, period, contacts.compute(m, period)).value).toBe(0);
  });
});
