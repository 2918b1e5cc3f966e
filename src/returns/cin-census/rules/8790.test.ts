import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8790 } from './8790.ts';

describe('8790', () => {
  it('flags the other disability rows of a child recorded with NONE', () => {
    const Disabilities = [
      { LAchildID: 'a', Disability: 'NONE' },
      { LAchildID: 'a', Disability: 'MOB' },
      { LAchildID: 'b', Disability: 'NONE' },
      { LAchildID: 'b', Disability: '' },
      { LAchildID: 'c', Disability: 'MOB' },
      { LAchildID: 'c', Disability: 'HAND' },
    ];
    expect(rule8790.validate(censusD({ Disabilities }))).toEqual({ Disabilities: [1, 3] });
  });
});
