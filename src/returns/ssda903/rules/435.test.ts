import { describe, expect, it } from 'vitest';
import { rule435 } from './435.ts';
import { dataB } from './helpers-b.ts';

describe('435', () => {
  it('fails RNE P where the legal status changed or nothing about the placement did', () => {
    const ep = (CHILD: string, DECOM: string, RNE: string, LS: string, PL_POST: string) => ({
      CHILD,
      DECOM,
      RNE,
      LS,
      PL_POST,
      URN: 'SC1',
      PLACE: 'R1',
      PLACE_PROVIDER: 'PR1',
    });
    const Episodes = [
      ep('a', '01/06/2025', 'S', 'C2', 'XX1'),
      ep('a', '03/06/2025', 'P', 'C2', 'XX3'),
      ep('a', '04/06/2025', 'P', 'C2', 'XX3'),
      ep('b', '28/02/2024', 'S', 'C2', 'XX1'),
      ep('b', '29/02/2024', 'P', 'C1', 'XX2'),
    ];
    expect(rule435.validate(dataB({ Episodes }))).toEqual({ Episodes: [2, 4] });
    expect(rule435.validate(dataB({ Episodes: Episodes.slice(0, 2) }))).toEqual({});
  });
});
