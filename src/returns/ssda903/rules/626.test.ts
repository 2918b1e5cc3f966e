import { describe, expect, it } from 'vitest';
import { rule626 } from './626.ts';
import { dataC } from './helpers-c.ts';

describe('626', () => {
  it('flags a new mother whose first child was born before the year', () => {
    const now = [
      { CHILD: 'a', MOTHER: '1', MC_DOB: '31/03/2025' },
      { CHILD: 'b', MOTHER: '1', MC_DOB: '01/04/2025' },
      { CHILD: 'c', MOTHER: '1', MC_DOB: '31/03/2025' },
      { CHILD: 'd', MOTHER: '1', MC_DOB: '' },
    ];
    const last = [
      { CHILD: 'a', MOTHER: '0' },
      { CHILD: 'b', MOTHER: '0' },
      { CHILD: 'c', MOTHER: '1' },
      { CHILD: 'd', MOTHER: '0' },
    ];
    expect(rule626.validate(dataC({ Header: now }, { Header: last }))).toEqual({ Header: [0] });
    expect(rule626.validate(dataC({ Header: now.slice(1) }, { Header: last }))).toEqual({});
  });
});
