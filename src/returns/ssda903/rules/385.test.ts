import { describe, expect, it } from 'vitest';
import { rule385 } from './385.ts';
import { dataB } from './helpers-b.ts';

describe('385', () => {
  it('fails episodes ceasing after 31 March of the collection year', () => {
    const Episodes = [{ DEC: '31/03/2026' }, { DEC: '01/04/2026' }, { DEC: '' }, { DEC: 'Tuesday 33st' }];
    expect(rule385.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule385.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
