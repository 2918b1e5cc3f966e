import { describe, expect, it } from 'vitest';
import { rule575 } from './575.ts';
import { dataC } from './helpers-c.ts';

describe('575', () => {
  it('flags open missing periods that started within an ended episode', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '10/06/2025' },
      { CHILD: 'b', DECOM: '01/06/2025', DEC: '' },
      { CHILD: 'c', DECOM: '01/06/2025', DEC: '10/06/2025' },
    ];
    const missing = [
      { CHILD: 'a', MIS_START: '10/06/2025', MIS_END: '' }, // on DEC
      { CHILD: 'a', MIS_START: '01/06/2025', MIS_END: '02/06/2025' },
      { CHILD: 'b', MIS_START: '05/06/2025', MIS_END: '' }, // episode open
      { CHILD: 'c', MIS_START: '11/06/2025', MIS_END: '' }, // after the episode
    ];
    expect(rule575.validate(dataC({ Episodes: episodes, Missing: missing }))).toEqual({ Missing: [0] });
    expect(rule575.validate(dataC({ Episodes: episodes, Missing: missing.slice(1) }))).toEqual({});
  });
});
