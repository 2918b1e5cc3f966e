import { describe, expect, it } from 'vitest';
import { rule502 } from './502.ts';
import { dataB } from './helpers-b.ts';

describe('502', () => {
  it('fails a first episode not starting when last year’s open episode did', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/03/2025' },
      { CHILD: 'a', DECOM: '05/06/2025' },
      { CHILD: 'b', DECOM: '29/02/2024' },
      { CHILD: 'c', DECOM: '05/06/2025' },
      { CHILD: 'd', DECOM: '06/06/2025' },
    ];
    const last = [
      { CHILD: 'a', DECOM: '05/06/2024', DEC: '' },
      { CHILD: 'b', DECOM: '29/02/2024', DEC: '' },
      { CHILD: 'c', DECOM: '09/06/2024', DEC: '' },
      { CHILD: 'd', DECOM: '06/06/2024', DEC: '05/06/2025' },
    ];
    expect(rule502.validate(dataB({ Episodes }, { Episodes: last }))).toEqual({ Episodes: [0, 3] });
    expect(rule502.validate(dataB({ Episodes: Episodes.slice(2, 3) }, { Episodes: last }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_502.py: groupby(["CHILD"])["DECOM"].idxmin() leaves a blank (NaN) CHILD out.
    const run = (c: string) =>
      rule502.validate(
        dataB(
          { Episodes: [{ CHILD: c, DECOM: '01/04/2025', DEC: '' }] },
          { Episodes: [{ CHILD: c, DECOM: '01/01/2025', DEC: '' }] },
        ),
      );
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
