import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule100 } from './100.ts';

describe('100', () => {
  it('flags the header when the reference date is not 31 March 2026', () => {
    expect(rule100.validate(censusD({ Header: [{ Year: '2026', ReferenceDate: '2026-03-31' }] }))).toEqual(
      {},
    );
    expect(rule100.validate(censusD({ Header: [{ Year: '2026', ReferenceDate: '2025-03-31' }] }))).toEqual({
      Header: [0],
    });
    expect(rule100.validate(censusD({ Header: [{ Year: '2026', ReferenceDate: '' }] }))).toEqual({
      Header: [0],
    });
    expect(rule100.validate(censusD({}))).toEqual({});
  });
  it('compares the reference date with 31 March of the header’s Year, as the reference does', () => {
    // Reference rule_100.py: expected_date = "31/03/" + Year, so a blank Year fails whatever the date.
    expect(rule100.validate(censusD({ Header: [{ Year: '', ReferenceDate: '2026-03-31' }] }))).toEqual({
      Header: [0],
    });
    expect(rule100.validate(censusD({ Header: [{ Year: '2025', ReferenceDate: '2026-03-31' }] }))).toEqual({
      Header: [0],
    });
  });
});
