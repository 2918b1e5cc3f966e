import { describe, expect, it } from 'vitest';
import { rule131 } from './131.ts';
import { testData } from './helpers-a.ts';

describe('131', () => {
  it('passes valid codes and fails invalid, lower-case and blank ones', () => {
    const rows = ['YES', 'RHOM', 'NREQ', 'yes', 'REFUSE', ''].map((v) => ({ CHILD: 'a', IN_TOUCH: v }));
    expect(rule131.validate(testData({ OC3: rows }))).toEqual({ OC3: [3, 4, 5] });
    expect(rule131.validate(testData({ OC3: rows.slice(0, 3) }))).toEqual({});
  });
});
