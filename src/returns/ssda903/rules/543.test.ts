import { describe, expect, it } from 'vitest';
import { rule543 } from './543.ts';
import { dataB } from './helpers-b.ts';

describe('543', () => {
  const Episodes = [
    { CHILD: 'a', DECOM: '01/03/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
    { CHILD: 'b', DECOM: '01/03/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
    { CHILD: 'c', DECOM: '01/03/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
    { CHILD: 'd', DECOM: '01/05/2025', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
    { CHILD: 'e', DECOM: '01/03/2024', DEC: '01/01/2026', RNE: 'S', REC: 'E8', LS: 'C2' },
  ];
  it('fails missing conviction data for a child 10+ continuously looked after', () => {
    const OC2 = [
      { CHILD: 'a', DOB: '30/03/2016', CONVICTED: '' },
      { CHILD: 'b', DOB: '31/03/2016', CONVICTED: '' },
      { CHILD: 'c', DOB: '01/01/2010', CONVICTED: '0' },
      { CHILD: 'd', DOB: '01/01/2010', CONVICTED: '' },
      { CHILD: 'e', DOB: '01/01/2010', CONVICTED: '' },
      { CHILD: 'z', DOB: '01/01/2010', CONVICTED: '' },
    ];
    expect(rule543.validate(dataB({ Episodes, OC2 }))).toEqual({ OC2: [0] });
    expect(rule543.validate(dataB({ Episodes, OC2: OC2.slice(1) }))).toEqual({});
  });

  it('does not take a blank CHILD as continuously looked after, as the reference does', () => {
    // Reference utils.py (add_col_to_episodes_CONTINUOUSLY_LOOKED_AFTER): groupby("CHILD").transform leaves a
    // blank (NaN) CHILD out, so it is never continuously looked after.
    const run = (c: string) =>
      rule543.validate(
        dataB({
          Episodes: [{ CHILD: c, DECOM: '01/03/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' }],
          OC2: [{ CHILD: c, DOB: '01/01/2010', CONVICTED: '' }],
        }),
      );
    expect(run('a')).toEqual({ OC2: [0] });
    expect(run('')).toEqual({});
  });
});
