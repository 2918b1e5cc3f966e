import { describe, expect, it } from 'vitest';
import { rule526 } from './526.ts';
import { dataB } from './helpers-b.ts';

describe('526', () => {
  it('fails a missing placement provider outside T0-T4 and Z11-Z14', () => {
    const Episodes = [
      { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      { PLACE: 'T1', PLACE_PROVIDER: '' },
      { PLACE: 'Z14', PLACE_PROVIDER: '' },
      { PLACE: 'K2', PLACE_PROVIDER: '' },
      { PLACE: '', PLACE_PROVIDER: '' },
    ];
    expect(rule526.validate(dataB({ Episodes }))).toEqual({ Episodes: [3, 4] });
    expect(rule526.validate(dataB({ Episodes: Episodes.slice(0, 3) }))).toEqual({});
  });
});
