import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8805 } from './8805.ts';

describe('8805', () => {
  it('fails a closure date with no reason', () => {
    const rows = [
      { CINclosureDate: '2026-03-31', ReasonForClosure: '' },
      { CINclosureDate: '2026-03-31', ReasonForClosure: 'RC1' },
      { CINclosureDate: '', ReasonForClosure: '' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8805.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [0] });
  });
});
