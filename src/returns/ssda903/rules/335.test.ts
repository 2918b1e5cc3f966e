import { describe, expect, it } from 'vitest';
import { rule335 } from './335.ts';
import { dataB } from './helpers-b.ts';

describe('335', () => {
  it('fails FOSTER_CARE contradicting the adoptive placement', () => {
    const Episodes = [
      { CHILD: 'a', PLACE: 'A5', REC: 'E11' },
      { CHILD: 'b', PLACE: 'A4', REC: 'E12' },
      { CHILD: 'c', PLACE: 'A3', REC: 'E12' },
      { CHILD: 'd', PLACE: 'A6', REC: 'E8' },
    ];
    const AD1 = [
      { CHILD: 'a', FOSTER_CARE: '0' },
      { CHILD: 'b', FOSTER_CARE: '1' },
      { CHILD: 'c', FOSTER_CARE: '1' },
      { CHILD: 'd', FOSTER_CARE: '1' },
    ];
    expect(rule335.validate(dataB({ Episodes, AD1 }))).toEqual({ Episodes: [0, 1], AD1: [0, 1] });
    expect(rule335.validate(dataB({ Episodes: Episodes.slice(2), AD1 }))).toEqual({});
  });

  it('compares FOSTER_CARE as given, so a value with spaces is neither 0 nor 1', () => {
    const Episodes = [
      { CHILD: 'a', PLACE: 'A5', REC: 'E11' },
      { CHILD: 'b', PLACE: 'A4', REC: 'E12' },
    ];
    const AD1 = [
      { CHILD: 'a', FOSTER_CARE: ' 0' },
      { CHILD: 'b', FOSTER_CARE: '1 ' },
    ];
    expect(rule335.validate(dataB({ Episodes, AD1 }))).toEqual({});
  });
});
