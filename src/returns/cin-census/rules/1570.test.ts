import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule1570 } from './1570.ts';

describe('1570', () => {
  it('fails an LA child ID longer than 20 characters', () => {
    const rows = ['X'.repeat(20), 'X'.repeat(21), ''].map((id) => ({ LAchildID: id }));
    expect(rule1570.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ ChildIdentifiers: [1] });
  });
});
