import { describe, expect, it } from 'vitest';
import { rule209 } from './209.ts';
import { testData } from './helpers-a.ts';

describe('209', () => {
  it('fails UN1 for a child aged 4 by 31 August before the collection year', () => {
    const rows = [
      { CHILD: 'a', DOB: '31/08/2020', UPN: 'UN1' }, // 4 on 31/08/2024
      { CHILD: 'b', DOB: '01/09/2020', UPN: 'UN1' }, // 4 the next day
      { CHILD: 'c', DOB: '29/02/2020', UPN: 'UN1' },
      { CHILD: 'd', DOB: '01/01/2015', UPN: 'UN2' },
    ];
    expect(rule209.validate(testData({ Header: rows }))).toEqual({ Header: [0, 2] });
  });
});
