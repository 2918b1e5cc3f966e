import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8794 } from './8794.ts';

describe('8794', () => {
  it('flags a child’s repeated disability code', () => {
    const Disabilities = [
      { LAchildID: 'a', Disability: 'MOB' },
      { LAchildID: 'a', Disability: 'MOB' },
      { LAchildID: 'a', Disability: 'HAND' },
      { LAchildID: 'b', Disability: 'MOB' },
    ];
    expect(rule8794.validate(censusD({ Disabilities }))).toEqual({ Disabilities: [0, 1] });
  });
});
