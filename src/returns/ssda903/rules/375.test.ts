import { describe, expect, it } from 'vitest';
import { rule375 } from './375.ts';
import { dataB } from './helpers-b.ts';

describe('375', () => {
  it('fails T1 placements over 42 days', () => {
    const Header = [
      { CHILD: 'a', DOB: '01/01/2015' },
      { CHILD: 'b', DOB: '01/01/2015' },
      { CHILD: 'c', DOB: '' },
    ];
    const Episodes = [
      { CHILD: 'a', DECOM: '19/01/2024', DEC: '01/03/2024', PLACE: 'T1' },
      { CHILD: 'a', DECOM: '18/01/2024', DEC: '01/03/2024', PLACE: 'T1' },
      { CHILD: 'b', DECOM: '01/01/2025', DEC: '', PLACE: 'T1' },
      { CHILD: 'c', DECOM: '01/01/2024', DEC: '01/06/2024', PLACE: 'T1' },
      { CHILD: 'b', DECOM: '01/01/2024', DEC: '01/06/2024', PLACE: 'U1' },
    ];
    expect(rule375.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1] });
    expect(rule375.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
