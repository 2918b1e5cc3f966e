import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8590 } from './8590.ts';

describe('8590', () => {
  it('fails a child with no CIN episode', () => {
    const ChildIdentifiers = [{ LAchildID: 'a' }, { LAchildID: 'b' }, { LAchildID: 'c' }];
    const CINdetails = [{ LAchildID: 'a' }, { LAchildID: 'c' }, { LAchildID: 'z' }];
    expect(rule8590.validate(censusD({ ChildIdentifiers, CINdetails }))).toEqual({ ChildIdentifiers: [1] });
  });
});
