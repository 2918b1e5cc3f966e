import { describe, expect, it } from 'vitest';
import { rule387 } from './387.ts';
import { dataB } from './helpers-b.ts';

describe('387', () => {
  it('fails independent living before the 14th birthday', () => {
    const Header = [
      { CHILD: 'a', DOB: '16/03/2011' },
      { CHILD: 'b', DOB: '17/03/2011' },
      { CHILD: 'c', DOB: '29/02/2012' },
    ];
    const Episodes = [
      { CHILD: 'a', REC: 'E5', DEC: '16/03/2025' },
      { CHILD: 'b', REC: 'E6', DEC: '16/03/2025' },
      { CHILD: 'c', REC: 'E6', DEC: '28/02/2026' },
      { CHILD: 'b', REC: 'E6', DEC: '' },
      { CHILD: 'z', REC: 'E5', DEC: '01/01/2026' },
      { CHILD: 'b', REC: 'E8', DEC: '16/03/2025' },
    ];
    expect(rule387.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1, 4] });
    expect(rule387.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[2]!, Episodes[3]!] }))).toEqual(
      {},
    );
  });
});
