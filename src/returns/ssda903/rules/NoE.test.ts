import { describe, expect, it } from 'vitest';
import { ruleNoE } from './NoE.ts';
import { dataC } from './helpers-c.ts';

describe('NoE', () => {
  it('flags episodes starting before the year for children absent last year', () => {
    const now = [
      { CHILD: '101', DECOM: '14/03/2025' },
      { CHILD: '102', DECOM: '01/04/2025' },
      { CHILD: '103', DECOM: '31/03/2025' },
    ];
    const last = [{ CHILD: '101', DECOM: '14/03/2025' }];
    expect(ruleNoE.validate(dataC({ Episodes: now }, { Episodes: last }))).toEqual({ Episodes: [2] });
    expect(ruleNoE.validate(dataC({ Episodes: now.slice(0, 2) }, { Episodes: last }))).toEqual({});
  });
});
