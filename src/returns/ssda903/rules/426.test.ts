import { describe, expect, it } from 'vitest';
import { rule426 } from './426.ts';
import { dataB } from './helpers-b.ts';

describe('426', () => {
  it('fails children with both V3 and V4 episodes', () => {
    const Episodes = [
      { CHILD: 'a', LS: 'V3' },
      { CHILD: 'a', LS: 'V3' },
      { CHILD: 'b', LS: 'V3' },
      { CHILD: 'b', LS: 'V4' },
      { CHILD: 'b', LS: 'C2' },
    ];
    expect(rule426.validate(dataB({ Episodes }))).toEqual({ Episodes: [2, 3] });
    expect(rule426.validate(dataB({ Episodes: Episodes.slice(0, 3) }))).toEqual({});
  });
});
