import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4220 } from './4220.ts';

describe('4220', () => {
  it('fails a missing or unknown ethnicity', () => {
    const rows = ['WBRI', '', 'XXXX', 'wbri'].map((e) => ({ LAchildID: 'a', Ethnicity: e }));
    expect(rule4220.validate(censusE({ ChildCharacteristics: rows }))).toEqual({
      ChildCharacteristics: [1, 2, 3],
    });
  });
});
