import { describe, expect, it } from 'vitest';
import { rule379 } from './379.ts';
import { dataB } from './helpers-b.ts';

describe('379', () => {
  it('fails T4 placements over 7 days', () => {
    const Header = [{ CHILD: 'a', DOB: '01/01/2015' }];
    const Episodes = [
      { CHILD: 'a', DECOM: '22/02/2024', DEC: '29/02/2024', PLACE: 'T4' },
      { CHILD: 'a', DECOM: '22/02/2024', DEC: '01/03/2024', PLACE: 'T4' },
      { CHILD: 'a', DECOM: '01/01/2025', DEC: '', PLACE: 'T4' },
    ];
    expect(rule379.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1] });
    expect(rule379.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
