import { describe, expect, it } from 'vitest';
import { rule334 } from './334.ts';
import { dataB } from './helpers-b.ts';

describe('334', () => {
  it('compares the latest RNE S episode start with the date should be placed', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/03/2020', RNE: 'S' },
      { CHILD: 'b', DECOM: '01/03/2019', RNE: 'S' },
      { CHILD: 'b', DECOM: '01/01/2020', RNE: 'S' },
      { CHILD: 'b', DECOM: '01/01/2021', RNE: 'P' },
      { CHILD: 'c', DECOM: '01/01/2020', RNE: 'P' },
    ];
    const AD1 = [
      { CHILD: 'a', DATE_INT: '29/02/2020' },
      { CHILD: 'b', DATE_INT: '01/01/2020' },
      { CHILD: 'c', DATE_INT: '01/01/2010' },
    ];
    expect(rule334.validate(dataB({ Episodes, AD1 }))).toEqual({ Episodes: [0], AD1: [0] });
    expect(rule334.validate(dataB({ Episodes, AD1: AD1.slice(1) }))).toEqual({});
  });
});

describe('334, episodes without a child id', () => {
  it('leaves out episodes whose CHILD is blank', () => {
    // Reference lac2022_23/rule_334.py finds the latest RNE S episode with groupby('CHILD'), which leaves
    // out rows with a blank (NaN) CHILD.
    const Episodes = [{ CHILD: '', DECOM: '01/06/2025', RNE: 'S' }];
    const AD1 = [{ CHILD: '', DATE_INT: '01/01/2025' }];
    expect(rule334.validate(dataB({ Episodes, AD1 }))).toEqual({});
  });
});
