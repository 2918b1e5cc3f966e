import { describe, expect, it } from 'vitest';
import { rule373 } from './373.ts';
import { dataB } from './helpers-b.ts';

describe('373', () => {
  it('fails a S1 placement starting before the 4th birthday, skipping open episodes', () => {
    const Header = [
      { CHILD: 'a', DOB: '15/03/2000' },
      { CHILD: 'b', DOB: '15/03/2000' },
      { CHILD: 'c', DOB: '29/02/2000' },
      { CHILD: 'd', DOB: '15/03/2000' },
    ];
    const day = (d: string, y: number) => `${d}/${2000 + y}`;
    const Episodes = [
      { CHILD: 'a', DECOM: day('15/03', 4), DEC: '01/05/2030', PLACE: 'S1' },
      { CHILD: 'b', DECOM: day('14/03', 4), DEC: '01/05/2030', PLACE: 'S1' },
      { CHILD: 'c', DECOM: day('01/03', 4), DEC: '01/05/2030', PLACE: 'S1' },
      { CHILD: 'd', DECOM: day('14/03', 4), DEC: '', PLACE: 'S1' },
      { CHILD: 'd', DECOM: day('14/03', 4), DEC: '01/05/2030', PLACE: 'U1' },
    ];
    expect(rule373.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1] });
    expect(rule373.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[3]!] }))).toEqual({});
  });
});
