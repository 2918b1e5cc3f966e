import { describe, expect, it } from 'vitest';
import { rule303 } from './303.ts';
import { testData } from './helpers-a.ts';

describe('303', () => {
  it('fails a DUC where the Header UASC flag is not 1', () => {
    const uasc = [
      { CHILD: 'a', DUC: '01/06/2025' },
      { CHILD: 'b', DUC: '01/06/2025' },
      { CHILD: 'c', DUC: '' },
    ];
    const header = [
      { CHILD: 'a', UASC: '1' },
      { CHILD: 'b', UASC: '0' },
      { CHILD: 'c', UASC: '0' },
    ];
    expect(rule303.validate(testData({ UASC: uasc, Header: header }))).toEqual({ UASC: [1], Header: [1] });
  });
  it('cannot fail for CSV headers, whose flag comes from the UASC table itself', () => {
    const uasc = [{ CHILD: 'a', DUC: '01/06/2025' }];
    expect(rule303.validate(testData({ UASC: uasc, Header: [{ CHILD: 'a' }] }))).toEqual({});
  });
});
