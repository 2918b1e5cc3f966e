import { describe, expect, it } from 'vitest';
import { rule389 } from './389.ts';
import { dataB } from './helpers-b.ts';

describe('389', () => {
  it('fails transfers to adult social care before the 16th birthday', () => {
    const Header = [
      { CHILD: 'a', DOB: '16/03/2009' },
      { CHILD: 'b', DOB: '17/03/2009' },
      { CHILD: 'c', DOB: '29/02/2008' },
    ];
    const Episodes = [
      { CHILD: 'a', REC: 'E7', DEC: '16/03/2025' },
      { CHILD: 'b', REC: 'E7', DEC: '16/03/2025' },
      { CHILD: 'c', REC: 'E7', DEC: '29/02/2024' },
      { CHILD: 'a', REC: 'E7', DEC: '' },
      { CHILD: 'b', REC: 'X1', DEC: '16/03/2025' },
    ];
    expect(rule389.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1, 3] });
    expect(rule389.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[2]!, Episodes[4]!] }))).toEqual(
      {},
    );
  });
});
