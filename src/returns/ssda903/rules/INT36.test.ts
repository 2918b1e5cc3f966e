import { describe, expect, it } from 'vitest';
import { ruleINT36 } from './INT36.ts';
import { dataC } from './helpers-c.ts';

describe('INT36', () => {
  it('flags every row of a child repeated in UASC', () => {
    const rows = [
      { CHILD: '1' },
      { CHILD: '2' },
      { CHILD: '1' },
      { CHILD: '' },
      { CHILD: '' },
      { CHILD: '3' },
    ];
    expect(ruleINT36.validate(dataC({ UASC: rows }))).toEqual({ UASC: [0, 2] });
    expect(ruleINT36.validate(dataC({ UASC: rows.slice(1) }))).toEqual({});
  });
});
