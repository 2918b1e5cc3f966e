import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule2884 } from './2884.ts';

describe('2884', () => {
  it('fails a conference date recorded at both levels for the same child', () => {
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: '2025-05-26' },
      { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2025-05-26' },
      { LAchildID: 'c', CINdetailsID: '1', DateOfInitialCPC: '' },
    ];
    const Section47 = [
      { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: '2025-05-26' },
      { LAchildID: 'a', CINdetailsID: '2', DateOfInitialCPC: '2025-05-26' },
      { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2025-05-27' },
      { LAchildID: 'c', CINdetailsID: '1', DateOfInitialCPC: '' },
    ];
    expect(rule2884.validate(censusD({ CINdetails, Section47 }))).toEqual({
      CINdetails: [0],
      Section47: [0, 1],
    });
  });
});
