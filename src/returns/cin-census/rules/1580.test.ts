import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule1580 } from './1580.ts';

describe('1580', () => {
  it('fails an LA child ID with non-alphanumeric characters', () => {
    const rows = ['ABC123', 'ABC-123', 'ABC 123', 'XXXXXXXXXXXXXXXXXXXX;', ''].map((id) => ({
      LAchildID: id,
    }));
    expect(rule1580.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ ChildIdentifiers: [1, 2, 3] });
  });
});
