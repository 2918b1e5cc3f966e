import { describe, expect, it } from 'vitest';
import { rule393 } from './393.ts';
import { dataB } from './helpers-b.ts';

describe('393', () => {
  it('fails a looked-after girl with no mother field', () => {
    const Header = [
      { CHILD: 'a', SEX: 'F', MOTHER: '1' },
      { CHILD: 'b', SEX: 'M', MOTHER: '' },
      { CHILD: 'c', SEX: 'F', MOTHER: '0' },
      { CHILD: 'd', SEX: 'F', MOTHER: '' },
      { CHILD: 'e', SEX: 'F', MOTHER: '' },
    ];
    const Episodes = [
      { CHILD: 'a', LS: 'C2' },
      { CHILD: 'b', LS: 'C2' },
      { CHILD: 'c', LS: 'C2' },
      { CHILD: 'd', LS: 'C1' },
      { CHILD: 'e', LS: 'v4' },
    ];
    expect(rule393.validate(dataB({ Header, Episodes }))).toEqual({ Header: [3] });
    expect(rule393.validate(dataB({ Header, Episodes: Episodes.filter((e) => e.CHILD !== 'd') }))).toEqual(
      {},
    );
  });
});
