import { describe, expect, it } from 'vitest';
import { rule431 } from './431.ts';
import { dataB } from './helpers-b.ts';

describe('431', () => {
  it('fails a new period of care starting on or before the previous episode ended', () => {
    const Episodes = [
      { CHILD: 'a', RNE: 'S', DECOM: '01/06/2025', DEC: '04/06/2025' },
      { CHILD: 'a', RNE: 'S', DECOM: '05/06/2025', DEC: '06/06/2025' },
      { CHILD: 'a', RNE: 'P', DECOM: '06/06/2025', DEC: '08/06/2025' },
      { CHILD: 'b', RNE: 'S', DECOM: '28/02/2024', DEC: '29/02/2024' },
      { CHILD: 'b', RNE: 'S', DECOM: '29/02/2024', DEC: '' },
    ];
    expect(rule431.validate(dataB({ Episodes }))).toEqual({ Episodes: [4] });
    expect(rule431.validate(dataB({ Episodes: Episodes.slice(0, 3) }))).toEqual({});
  });
});
