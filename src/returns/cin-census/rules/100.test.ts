import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule100 } from './100.ts';

describe('100', () => {
  it('flags the header when the reference date is not 31 March 2026', () => {
    expect(rule100.validate(censusD({ Header: [{ ReferenceDate: '2026-03-31' }] }))).toEqual({});
    expect(rule100.validate(censusD({ Header: [{ ReferenceDate: '2025-03-31' }] }))).toEqual({ Header: [0] });
    expect(rule100.validate(censusD({ Header: [{ ReferenceDate: '' }] }))).toEqual({ Header: [0] });
    expect(rule100.validate(censusD({}))).toEqual({});
  });
});
