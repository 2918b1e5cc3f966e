import { describe, expect, it } from 'vitest';
import { rule353 } from './353.ts';
import { dataB } from './helpers-b.ts';

describe('353', () => {
  it('fails episodes starting before 14 October 1991', () => {
    const Episodes = [
      { DECOM: '' },
      { DECOM: '13/10/1991' },
      { DECOM: '14/10/1991' },
      { DECOM: '08/06/2020' },
    ];
    expect(rule353.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule353.validate(dataB({ Episodes: Episodes.slice(2) }))).toEqual({});
  });
});
