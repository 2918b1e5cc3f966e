import { describe, expect, it } from 'vitest';
import { rule504 } from './504.ts';
import { dataB } from './helpers-b.ts';

describe('504', () => {
  it('fails a change of category of need within a period of care', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '04/06/2025', REC: 'X1', CIN: 'N1' },
      { CHILD: 'a', DECOM: '04/06/2025', DEC: '06/06/2025', REC: 'X1', CIN: 'N2' },
      { CHILD: 'a', DECOM: '08/06/2025', DEC: '', REC: '', CIN: 'N3' },
      { CHILD: 'b', DECOM: '28/02/2024', DEC: '29/02/2024', REC: 'X1', CIN: 'N4' },
      { CHILD: 'b', DECOM: '29/02/2024', DEC: '', REC: '', CIN: 'N4' },
    ];
    expect(rule504.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule504.validate(dataB({ Episodes: Episodes.slice(3) }))).toEqual({});
  });
});
