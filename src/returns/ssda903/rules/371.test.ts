import { describe, expect, it } from 'vitest';
import { rule371 } from './371.ts';
import { dataB } from './helpers-b.ts';

describe('371', () => {
  it('fails a K3 placement starting before the 16th birthday, skipping open episodes', () => {
    const Header = [
      { CHILD: 'a', DOB: '15/03/2000' },
      { CHILD: 'b', DOB: '15/03/2000' },
      { CHILD: 'c', DOB: '29/02/2000' },
      { CHILD: 'd', DOB: '15/03/2000' },
    ];
    const day = (d: string, y: number) => `${d}/${2000 + y}`;
    const Episodes = [
      { CHILD: 'a', DECOM: day('15/03', 16), DEC: '01/05/2030', PLACE: 'K3' },
      { CHILD: 'b', DECOM: day('14/03', 16), DEC: '01/05/2030', PLACE: 'K3' },
      { CHILD: 'c', DECOM: day('01/03', 16), DEC: '01/05/2030', PLACE: 'K3' },
      { CHILD: 'd', DECOM: day('14/03', 16), DEC: '', PLACE: 'K3' },
      { CHILD: 'd', DECOM: day('14/03', 16), DEC: '01/05/2030', PLACE: 'U1' },
    ];
    expect(rule371.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1] });
    expect(rule371.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[3]!] }))).toEqual({});
  });
});
