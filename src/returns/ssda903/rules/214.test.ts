import { describe, expect, it } from 'vitest';
import { rule214 } from './214.ts';
import { testData } from './helpers-a.ts';

describe('214', () => {
  it('fails a placement postcode or URN on short-break episodes', () => {
    const rows = [
      { LS: 'V3', PL_POST: 'M2 3RT', URN: '' },
      { LS: 'C2', PL_POST: 'M2 3RT', URN: 'SC045099' },
      { LS: 'V4', PL_POST: '', URN: 'SC045099' },
      { LS: 'V3', PL_POST: '', URN: '' },
    ].map((r) => ({ CHILD: 'a', ...r }));
    expect(rule214.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [0, 2] });
  });
});
