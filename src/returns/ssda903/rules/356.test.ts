import { describe, expect, it } from 'vitest';
import { rule356 } from './356.ts';
import { dataB } from './helpers-b.ts';

describe('356', () => {
  it('fails episodes ceasing before they start', () => {
    const Episodes = [
      { DECOM: '01/03/2024', DEC: '29/02/2024' },
      { DECOM: '16/06/2019', DEC: '24/08/2021' },
      { DECOM: '03/10/2020', DEC: '' },
      { DECOM: '07/09/2021', DEC: '07/09/2021' },
    ];
    expect(rule356.validate(dataB({ Episodes }))).toEqual({ Episodes: [0] });
    expect(rule356.validate(dataB({ Episodes: Episodes.slice(1) }))).toEqual({});
  });
});
