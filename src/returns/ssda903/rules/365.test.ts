import { describe, expect, it } from 'vitest';
import { rule365 } from './365.ts';
import { dataB } from './helpers-b.ts';

describe('365', () => {
  it('fails short breaks over 17 days', () => {
    const Episodes = [
      { DECOM: '01/01/2025', DEC: '18/01/2025', LS: 'V3' },
      { DECOM: '12/02/2024', DEC: '01/03/2024', LS: 'V3' },
      { DECOM: '14/03/2026', DEC: '', LS: 'V3' },
      { DECOM: '13/03/2026', DEC: '', LS: 'V3' },
      { DECOM: '01/01/2025', DEC: '01/05/2025', LS: 'C2' },
    ];
    expect(rule365.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 3] });
    expect(rule365.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!, Episodes[4]!] }))).toEqual({});
  });
});
