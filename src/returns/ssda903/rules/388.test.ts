import { describe, expect, it } from 'vitest';
import { rule388 } from './388.ts';
import { dataB } from './helpers-b.ts';

describe('388', () => {
  it('checks X1 against the continuation episode', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '04/06/2025', REC: 'X1' },
      { CHILD: 'a', DECOM: '05/06/2025', DEC: '06/06/2025', REC: 'X1' },
      { CHILD: 'a', DECOM: '06/06/2025', DEC: '08/06/2025', REC: 'X1' },
      { CHILD: 'b', DECOM: '06/06/2025', DEC: '29/02/2028', REC: 'E11' },
      { CHILD: 'b', DECOM: '29/02/2028', DEC: '', REC: '' },
      { CHILD: 'c', DECOM: '28/02/2024', DEC: '29/02/2024', REC: 'X1' },
      { CHILD: 'c', DECOM: '29/02/2024', DEC: '', REC: '' },
    ];
    expect(rule388.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 2, 3] });
    expect(rule388.validate(dataB({ Episodes: Episodes.slice(5) }))).toEqual({});
  });
});
