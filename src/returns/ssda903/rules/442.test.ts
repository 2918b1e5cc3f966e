import { describe, expect, it } from 'vitest';
import { rule442 } from './442.ts';
import { dataB } from './helpers-b.ts';

describe('442', () => {
  it('fails a looked-after child with no UPN', () => {
    const Episodes = [
      { CHILD: 'a', LS: '' },
      { CHILD: 'b', LS: 'C2' },
      { CHILD: 'c', LS: 'V4' },
      { CHILD: 'd', LS: 'C2' },
    ];
    const Header = [
      { CHILD: 'a', UPN: '' },
      { CHILD: 'b', UPN: 'UN1' },
      { CHILD: 'c', UPN: '' },
      { CHILD: 'd', UPN: '' },
      { CHILD: 'e', UPN: '' },
    ];
    expect(rule442.validate(dataB({ Episodes, Header }))).toEqual({ Header: [0, 3] });
    expect(rule442.validate(dataB({ Episodes: Episodes.slice(1, 3), Header }))).toEqual({});
  });
});
