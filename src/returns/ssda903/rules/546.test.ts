import { describe, expect, it } from 'vitest';
import { rule546 } from './546.ts';
import { dataB } from './helpers-b.ts';

describe('546', () => {
  const Episodes = ['a', 'b', 'c'].map((CHILD) => ({
    CHILD,
    DECOM: '01/03/2024',
    DEC: '',
    RNE: 'S',
    REC: '',
    LS: 'C2',
  }));
  it('fails a health check for a child 5 or over continuously looked after', () => {
    const OC2 = [
      { CHILD: 'a', DOB: '31/03/2021', HEALTH_CHECK: '1' },
      { CHILD: 'b', DOB: '01/04/2021', HEALTH_CHECK: '1' },
      { CHILD: 'c', DOB: '01/01/2015', HEALTH_CHECK: '' },
      { CHILD: 'z', DOB: '01/01/2015', HEALTH_CHECK: '1' },
    ];
    expect(rule546.validate(dataB({ Episodes, OC2 }))).toEqual({ OC2: [0] });
    expect(rule546.validate(dataB({ Episodes, OC2: OC2.slice(1) }))).toEqual({});
  });

  it('does not take a blank CHILD as continuously looked after, as the reference does', () => {
    // Reference utils.py (add_col_to_episodes_CONTINUOUSLY_LOOKED_AFTER): groupby("CHILD").transform leaves a
    // blank (NaN) CHILD out, so it is never continuously looked after.
    const run = (c: string) =>
      rule546.validate(
        dataB({
          Episodes: [{ CHILD: c, DECOM: '01/03/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' }],
          OC2: [{ CHILD: c, DOB: '01/01/2010', HEALTH_CHECK: '1' }],
        }),
      );
    expect(run('a')).toEqual({ OC2: [0] });
    expect(run('')).toEqual({});
  });
});
