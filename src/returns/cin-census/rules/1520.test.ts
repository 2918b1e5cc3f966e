import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule1520 } from './1520.ts';

describe('1520', () => {
  it('fails the children who share a UPN', () => {
    const rows = ['A123', 'B456', 'A123', '', ''].map((u, i) => ({ LAchildID: `c${i}`, UPN: u }));
    expect(rule1520.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ ChildIdentifiers: [0, 2] });
  });
  it('does not compare blank UPNs', () => {
    const rows = ['A123', 'B456', '', ''].map((u, i) => ({ LAchildID: `c${i}`, UPN: u }));
    expect(rule1520.validate(censusE({ ChildIdentifiers: rows }))).toEqual({});
  });
  it('flags each child row that shares a UPN, as the reference does', () => {
    // Reference rule_1520.py: push_type_1 on ChildIdentifiers rows where duplicated(subset=[UPN], keep=False).
    const rows = ['A123', 'B456', 'A123'].map((u, i) => ({ LAchildID: `c${i}`, UPN: u }));
    expect(rule1520.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ ChildIdentifiers: [0, 2] });
  });
});
