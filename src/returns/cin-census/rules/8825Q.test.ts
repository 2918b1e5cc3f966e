import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8825Q } from './8825Q.ts';

describe('8825Q', () => {
  it('queries an RC8 or RC9 episode with no assessment in the same episode', () => {
    const Assessments = [
      { LAchildID: 'a', CINdetailsID: '1' },
      { LAchildID: 'b', CINdetailsID: '2' },
    ];
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC8' },
      { LAchildID: 'a', CINdetailsID: '2', ReasonForClosure: 'RC9' },
      { LAchildID: 'b', CINdetailsID: '1', ReasonForClosure: 'RC8' },
      { LAchildID: 'c', CINdetailsID: '1', ReasonForClosure: 'RC7' },
      { LAchildID: 'c', CINdetailsID: '2', ReasonForClosure: '' },
    ];
    expect(rule8825Q.validate(censusD({ Assessments, CINdetails }))).toEqual({ CINdetails: [1, 2] });
  });
});
