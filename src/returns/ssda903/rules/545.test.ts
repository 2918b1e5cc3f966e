import { describe, expect, it } from 'vitest';
import { rule545 } from './545.ts';
import { dataB } from './helpers-b.ts';

describe('545', () => {
  const Episodes = ['a', 'b', 'c'].map((CHILD) => ({
    CHILD,
    DECOM: '01/03/2024',
    DEC: '',
    RNE: 'S',
    REC: '',
    LS: 'C2',
  }));
  Episodes.push({ CHILD: 'd', DECOM: '01/03/2024', DEC: '', RNE: 'S', REC: '', LS: 'V3' });
  it('fails a missing health check for an under-5 continuously looked after', () => {
    const OC2 = [
      { CHILD: 'a', DOB: '01/04/2021', HEALTH_CHECK: '' },
      { CHILD: 'b', DOB: '31/03/2021', HEALTH_CHECK: '' },
      { CHILD: 'c', DOB: '01/04/2022', HEALTH_CHECK: '1' },
      { CHILD: 'd', DOB: '01/04/2022', HEALTH_CHECK: '' },
    ];
    expect(rule545.validate(dataB({ Episodes, OC2 }))).toEqual({ OC2: [0] });
    expect(rule545.validate(dataB({ Episodes, OC2: OC2.slice(1) }))).toEqual({});
  });

  it('does not take a blank CHILD as continuously looked after, as the reference does', () => {
    // Reference utils.py (add_col_to_episodes_CONTINUOUSLY_LOOKED_AFTER): groupby("CHILD").transform leaves a
    // blank (NaN) CHILD out, so it is never continuously looked after.
    const run = (c: string) =>
      rule545.validate(
        dataB({
          Episodes: [{ CHILD: c, DECOM: '01/03/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' }],
          OC2: [{ CHILD: c, DOB: '01/01/2024', HEALTH_CHECK: '' }],
        }),
      );
    expect(run('a')).toEqual({ OC2: [0] });
    expect(run('')).toEqual({});
  });
});
