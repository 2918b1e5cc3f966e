import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule2991Q } from './2991Q.ts';

describe('2991Q', () => {
  it('queries a Section 47 on an episode with no assessment', () => {
    const assessments = [{ LAchildID: 'a', CINdetailsID: '2' }];
    const s47 = [
      { LAchildID: 'a', CINdetailsID: '1' },
      { LAchildID: 'a', CINdetailsID: '2' },
      { LAchildID: 'b', CINdetailsID: '2' },
    ];
    expect(rule2991Q.validate(censusE({ Assessments: assessments, Section47: s47 }))).toEqual({
      Section47: [0, 2],
    });
  });
});
