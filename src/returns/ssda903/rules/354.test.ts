import { describe, expect, it } from 'vitest';
import { rule354 } from './354.ts';
import { dataB } from './helpers-b.ts';

describe('354', () => {
  it('fails episodes starting after 31 March of the collection year', () => {
    const Episodes = [
      { DECOM: '31/03/2026' },
      { DECOM: '01/04/2026' },
      { DECOM: '' },
      { DECOM: '38/04/2026' },
    ];
    expect(rule354.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule354.validate(dataB({ Episodes: [Episodes[0]!] }))).toEqual({});
  });
});
