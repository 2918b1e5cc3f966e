import { describe, expect, it } from 'vitest';
import { rule433 } from './433.ts';
import { dataB } from './helpers-b.ts';

describe('433', () => {
  it('fails a continuation episode not starting when the previous one ended', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '20/10/2025', RNE: 'S', DEC: '20/11/2025' },
      { CHILD: 'b', DECOM: '29/02/2024', RNE: 'P', DEC: '' },
      { CHILD: 'b', DECOM: '17/06/2023', RNE: 'S', DEC: '29/02/2024' },
      { CHILD: 'c', DECOM: '04/04/2025', RNE: 'S', DEC: '12/09/2025' },
      { CHILD: 'c', DECOM: '11/09/2025', RNE: 'B', DEC: '' },
      { CHILD: 'd', DECOM: '04/04/2025', RNE: 'S', DEC: '' },
      { CHILD: 'd', DECOM: '11/09/2025', RNE: 'L', DEC: '' },
    ];
    expect(rule433.validate(dataB({ Episodes }))).toEqual({ Episodes: [4, 6] });
    expect(rule433.validate(dataB({ Episodes: Episodes.slice(0, 3) }))).toEqual({});
  });
});
