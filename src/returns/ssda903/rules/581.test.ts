import { describe, expect, it } from 'vitest';
import { rule581 } from './581.ts';
import { dataC } from './helpers-c.ts';

describe('581', () => {
  it('flags missing periods that start outside every episode', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '08/06/2025', DEC: '10/06/2025' },
      { CHILD: 'a', DECOM: '12/06/2025', DEC: '' },
      { CHILD: 'b', DECOM: '15/06/2025', DEC: '20/06/2025' },
    ];
    const missing = [
      { CHILD: 'a', MIS_START: '08/06/2025' }, // on DECOM
      { CHILD: 'a', MIS_START: '11/06/2025' }, // between episodes
      { CHILD: 'a', MIS_START: '31/03/2026' }, // in the open episode
      { CHILD: 'b', MIS_START: '21/06/2025' }, // after
      { CHILD: 'b', MIS_START: '' }, // blank start fits nothing
      { CHILD: 'z', MIS_START: '01/01/2020' }, // no episodes
    ];
    expect(rule581.validate(dataC({ Episodes: episodes, Missing: missing }))).toEqual({ Missing: [1, 3, 4] });
    expect(rule581.validate(dataC({ Episodes: episodes, Missing: [missing[0]!, missing[2]!] }))).toEqual({});
  });
});
