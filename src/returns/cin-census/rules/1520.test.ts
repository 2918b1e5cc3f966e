import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule1520 } from './1520.ts';

describe('1520', () => {
  it('fails the return (Header row 0) when two children share a UPN', () => {
    const rows = ['A123', 'B456', 'A123', '', ''].map((u, i) => ({ LAchildID: `c${i}`, UPN: u }));
    expect(rule1520.validate(censusE({ ChildIdentifiers: rows }))).toEqual({ Header: [0] });
  });
  it('does not compare blank UPNs', () => {
    const rows = ['A123', 'B456', '', ''].map((u, i) => ({ LAchildID: `c${i}`, UPN: u }));
    expect(rule1520.validate(censusE({ ChildIdentifiers: rows }))).toEqual({});
  });
});
