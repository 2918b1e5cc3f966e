import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule1530 } from './1530.ts';

describe('1530', () => {
  it('fails a UPN whose characters 2-4 are not an LA code', () => {
    const rows = [
      'H003278544154',
      'A943001783011',
      'R421962919251',
      'X817558133462',
      'ASFFAGSVSV123',
      'R34',
      '',
    ].map((u) => ({ LAchildID: 'a', UPN: u }));
    expect(rule1530.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ ChildIdentifiers: [2, 3, 4] });
  });
});
