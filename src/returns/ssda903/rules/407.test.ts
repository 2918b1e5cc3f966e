import { describe, expect, it } from 'vitest';
import { rule407 } from './407.ts';
import { dataB } from './helpers-b.ts';

describe('407', () => {
  it('fails an SGO ending after the 18th birthday', () => {
    const Header = [
      { CHILD: 'a', DOB: '01/01/2007' },
      { CHILD: 'b', DOB: '29/02/2008' },
      { CHILD: 'c', DOB: '01/01/2010' },
    ];
    const Episodes = [
      { CHILD: 'a', DEC: '01/01/2025', REC: 'E45' },
      { CHILD: 'b', DEC: '01/03/2026', REC: 'E46' },
      { CHILD: 'c', DEC: '01/03/2026', REC: 'E48' },
      { CHILD: 'a', DEC: '02/01/2025', REC: 'E8' },
    ];
    expect(rule407.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1], Header: [1] });
    expect(rule407.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[2]!, Episodes[3]!] }))).toEqual(
      {},
    );
  });
});
