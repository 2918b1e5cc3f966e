import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule1550 } from './1550.ts';

describe('1550', () => {
  it('fails a 13th UPN character that is not a digit or a permitted letter', () => {
    const rows = [
      'A12345678912A',
      '123456789123I',
      '123456789123O',
      '123456789123S',
      '1234567891234',
      'R34',
      '',
    ].map((u) => ({ LAchildID: 'a', UPN: u }));
    expect(rule1550.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ ChildIdentifiers: [1, 2, 3] });
  });
});
