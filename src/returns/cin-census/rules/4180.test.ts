import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4180 } from './4180.ts';

describe('4180', () => {
  it('fails a sex that is missing or not M, F or U', () => {
    const rows = ['M', '', '7', 'Male', 'F', 'U', 'm'].map((s) => ({ LAchildID: 'a', Sex: s }));
    expect(rule4180.validate(censusE({ ChildIdentifiers: rows }))).toEqual({
      ChildIdentifiers: [1, 2, 3, 6],
    });
  });
});
