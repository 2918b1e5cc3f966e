import { describe, expect, it } from 'vitest';
import { rule398 } from './398.ts';
import { dataB } from './helpers-b.ts';

describe('398', () => {
  it('fails postcodes on short-break episodes', () => {
    const Episodes = [
      { LS: 'V3', HOME_POST: 'AB1 0JD', PL_POST: 'AB1 0JD' },
      { LS: 'C2', HOME_POST: 'AB1 0JD', PL_POST: 'AB1 0JD' },
      { LS: 'V4', HOME_POST: '', PL_POST: 'AB1 0JD' },
      { LS: 'V4', HOME_POST: '', PL_POST: '' },
    ];
    expect(rule398.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 2] });
    expect(rule398.validate(dataB({ Episodes: [Episodes[1]!, Episodes[3]!] }))).toEqual({});
  });
});
