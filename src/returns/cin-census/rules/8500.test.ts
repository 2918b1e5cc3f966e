import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8500 } from './8500.ts';

describe('8500', () => {
  it('fails a missing LA child ID', () => {
    const rows: Record<string, string>[] = [
      { LAchildID: 'a' },
      { LAchildID: '' },
      { LAchildID: '  ' },
      { UPN: 'x' },
    ];
    expect(rule8500.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ ChildIdentifiers: [1, 2, 3] });
  });
});
