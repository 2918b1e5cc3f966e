import { describe, expect, it } from 'vitest';
import { ruleINT02 } from './INT02.ts';
import { dataC } from './helpers-c.ts';

describe('INT02', () => {
  it('flags PlacedAdoption rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT02.validate(dataC({ Header: header, PlacedAdoption: rows }))).toEqual({
      PlacedAdoption: [1, 3, 4],
    });
    expect(ruleINT02.validate(dataC({ Header: header, PlacedAdoption: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
