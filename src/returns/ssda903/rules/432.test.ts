import { describe, expect, it } from 'vitest';
import { rule432 } from './432.ts';
import { dataB } from './helpers-b.ts';

describe('432', () => {
  it('fails an episode after the end of a period of care that is not RNE S', () => {
    const Episodes = [
      { CHILD: 'a', RNE: 'S', DECOM: '01/06/2025', REC: 'E2' },
      { CHILD: 'a', RNE: 'P', DECOM: '05/06/2025', REC: 'X1' },
      { CHILD: 'a', RNE: 'T', DECOM: '06/06/2025', REC: 'E3' },
      { CHILD: 'a', RNE: 'S', DECOM: '08/06/2025', REC: '' },
      { CHILD: 'b', RNE: 'P', DECOM: '05/06/2025', REC: '' },
    ];
    expect(rule432.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule432.validate(dataB({ Episodes: Episodes.slice(2) }))).toEqual({});
  });
});
