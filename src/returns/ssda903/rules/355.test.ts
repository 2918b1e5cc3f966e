import { describe, expect, it } from 'vitest';
import { rule355 } from './355.ts';
import { dataB } from './helpers-b.ts';

describe('355', () => {
  it('fails episodes ending on the day they start', () => {
    const Episodes = [
      { DECOM: '29/02/2024', DEC: '29/02/2024' },
      { DECOM: '01/02/2000', DEC: '01/03/2000' },
      { DECOM: '01/03/2000', DEC: '' },
    ];
    expect(rule355.validate(dataB({ Episodes }))).toEqual({ Episodes: [0] });
    expect(rule355.validate(dataB({ Episodes: Episodes.slice(1) }))).toEqual({});
  });
});
