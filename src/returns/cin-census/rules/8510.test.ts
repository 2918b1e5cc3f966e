import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8510 } from './8510.ts';

describe('8510', () => {
  it('flags every record of a repeated LA child ID', () => {
    const ChildIdentifiers = [{ LAchildID: 'a' }, { LAchildID: 'b' }, { LAchildID: 'a' }, { LAchildID: 'c' }];
    expect(rule8510.validate(censusD({ ChildIdentifiers }))).toEqual({ ChildIdentifiers: [0, 2] });
    expect(rule8510.validate(censusD({ ChildIdentifiers: [{ LAchildID: 'a' }] }))).toEqual({});
    expect(rule8510.validate(censusD({ ChildIdentifiers: [{ LAchildID: '' }, { LAchildID: '' }] }))).toEqual({
      ChildIdentifiers: [0, 1],
    });
  });
});
