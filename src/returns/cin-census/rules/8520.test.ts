import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8520 } from './8520.ts';

describe('8520', () => {
  it('fails a date of birth after 31 March 2026', () => {
    const ChildIdentifiers = [
      { PersonBirthDate: '2026-03-31' },
      { PersonBirthDate: '2026-04-01' },
      { PersonBirthDate: '' },
    ];
    expect(rule8520.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [1] });
  });
});
