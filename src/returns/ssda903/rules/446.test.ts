import { describe, expect, it } from 'vitest';
import { rule446 } from './446.ts';
import { dataB } from './helpers-b.ts';

describe('446', () => {
  it('fails E1 episodes starting before December 2005', () => {
    const Episodes = [
      { LS: 'E1', DECOM: '01/12/2005' },
      { LS: 'E1', DECOM: '30/11/2005' },
      { LS: 'E1', DECOM: '' },
      { LS: 'C1', DECOM: '20/02/2005' },
    ];
    expect(rule446.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule446.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!, Episodes[3]!] }))).toEqual({});
  });
});
