import { describe, expect, it } from 'vitest';
import { rule577 } from './577.ts';
import { dataC } from './helpers-c.ts';

describe('577', () => {
  it('flags missing periods that fit none of the child’s periods of care', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', DEC: '01/06/2025' },
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '01/08/2025' }, // same period
      { CHILD: 'b', DECOM: '01/04/2025', DEC: '' },
      { CHILD: 'c', DECOM: '01/04/2025', DEC: '01/05/2025' },
      { CHILD: 'c', DECOM: '01/07/2025', DEC: '' }, // a second, open period
    ];
    const missing = [
      { CHILD: 'a', MIS_START: '01/07/2025', MIS_END: '' }, // open after care ended
      { CHILD: 'a', MIS_START: '01/07/2025', MIS_END: '01/08/2025' }, // ends on DEC: fine
      { CHILD: 'a', MIS_START: '01/07/2025', MIS_END: '02/08/2025' }, // ends after care
      { CHILD: 'b', MIS_START: '01/05/2025', MIS_END: '' }, // open in open care
      { CHILD: 'c', MIS_START: '01/08/2025', MIS_END: '' }, // fits the open period
      { CHILD: 'z', MIS_START: '01/08/2025', MIS_END: '' }, // no episodes
      { CHILD: 'a', MIS_START: '', MIS_END: '' }, // no start: not checked
    ];
    expect(rule577.validate(dataC({ Episodes: episodes, Missing: missing }))).toEqual({ Missing: [0, 2] });
  });
  it('passes a closed period within care', () => {
    const episodes = [{ CHILD: 'a', DECOM: '29/02/2024', DEC: '31/03/2026' }];
    const missing = [{ CHILD: 'a', MIS_START: '29/02/2024', MIS_END: '31/03/2026' }];
    expect(rule577.validate(dataC({ Episodes: episodes, Missing: missing }))).toEqual({});
  });
  it('makes each episode with a blank CHILD a period of care of its own, as the reference does', () => {
    // For a child these two episodes are one open period from 1 April, which an open missing spell from 1 May
    // fits; without one they are two, the first ended and the second begun after the spell started.
    const episodes = [
      { CHILD: '', DECOM: '01/04/2025', DEC: '01/06/2025' },
      { CHILD: '', DECOM: '01/06/2025', DEC: '' },
    ];
    const missing = [{ CHILD: '', MIS_START: '01/05/2025', MIS_END: '' }];
    expect(rule577.validate(dataC({ Episodes: episodes, Missing: missing }))).toEqual({ Missing: [0] });
  });
});
