import { describe, expect, it } from 'vitest';
import { rule376 } from './376.ts';
import { dataB } from './helpers-b.ts';

describe('376', () => {
  it('fails T3 placements over 21 days', () => {
    const Header = [
      { CHILD: 'a', DOB: '01/01/2015' },
      { CHILD: 'b', DOB: '01/01/2015' },
    ];
    const Episodes = [
      { CHILD: 'a', DECOM: '08/02/2024', DEC: '29/02/2024', PLACE: 'T3' },
      { CHILD: 'a', DECOM: '08/02/2024', DEC: '01/03/2024', PLACE: 'T3' },
      { CHILD: 'b', DECOM: '01/01/2025', DEC: '', PLACE: 'T3' },
    ];
    expect(rule376.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1] });
    expect(rule376.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
