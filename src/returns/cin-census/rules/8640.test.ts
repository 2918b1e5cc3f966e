import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8640 } from './8640.ts';

describe('8640', () => {
  it('fails an unknown reason for closure, not a blank one', () => {
    const rows = ['RC1', 'RC9', '', 'RC10', 'rc1'].map((r) => ({ LAchildID: 'a', ReasonForClosure: r }));
    expect(rule8640.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [3, 4] });
  });
});
