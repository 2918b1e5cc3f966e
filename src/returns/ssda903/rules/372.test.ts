import { describe, expect, it } from 'vitest';
import { rule372 } from './372.ts';
import { dataB } from './helpers-b.ts';

describe('372', () => {
  it('fails a R5 placement starting before the 10th birthday, skipping open episodes', () => {
    const Header = [
      { CHILD: 'a', DOB: '15/03/2000' },
      { CHILD: 'b', DOB: '15/03/2000' },
      { CHILD: 'c', DOB: '29/02/2000' },
      { CHILD: 'd', DOB: '15/03/2000' },
    ];
    const day = (d: string, y: number) => `${d}/${2000 + y}`;
    const Episodes = [
      { CHILD: 'a', DECOM: day('15/03', 10), DEC: '01/05/2030', PLACE: 'R5' },
      { CHILD: 'b', DECOM: day('14/03', 10), DEC: '01/05/2030', PLACE: 'R5' },
      { CHILD: 'c', DECOM: day('01/03', 10), DEC: '01/05/2030', PLACE: 'R5' },
      { CHILD: 'd', DECOM: day('14/03', 10), DEC: '', PLACE: 'R5' },
      { CHILD: 'd', DECOM: day('14/03', 10), DEC: '01/05/2030', PLACE: 'U1' },
    ];
    expect(rule372.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1] });
    expect(rule372.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[3]!] }))).toEqual({});
  });
});
