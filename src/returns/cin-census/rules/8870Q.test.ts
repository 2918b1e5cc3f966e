import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8870Q } from './8870Q.ts';

describe('8870Q', () => {
  it('queries a conference target on a Saturday or Sunday, not on a weekday bank holiday', () => {
    const s47 = ['2025-06-14', '2025-06-15', '2025-12-25', '2024-02-29', ''].map((d) => ({
      LAchildID: 'a',
      InitialCPCtarget: d,
    }));
    expect(rule8870Q.validate(censusE({ Section47: s47 }))).toEqual({ Section47: [0, 1] });
  });
});
