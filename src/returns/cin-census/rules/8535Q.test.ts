import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8535Q } from './8535Q.ts';

describe('8535Q', () => {
  it('queries a date of death before the date of birth', () => {
    const ChildIdentifiers = [
      { PersonBirthDate: '2024-02-29', PersonDeathDate: '2024-02-28' },
      { PersonBirthDate: '2024-02-29', PersonDeathDate: '2024-02-29' },
      { PersonBirthDate: '', PersonDeathDate: '2024-02-28' },
    ];
    expect(rule8535Q.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [0] });
  });
});
