import { describe, expect, it } from 'vitest';
import { ruleEPI } from './EPI.ts';
import { dataC } from './helpers-c.ts';

describe('EPI', () => {
  it('flags Header children in neither Episodes nor OC3', () => {
    const header = [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '103' }, { CHILD: '106' }];
    expect(
      ruleEPI.validate(dataC({ Header: header, Episodes: [{ CHILD: '101' }, { CHILD: '103' }] })),
    ).toEqual({
      Header: [1, 3],
    });
    expect(
      ruleEPI.validate(
        dataC({
          Header: header,
          Episodes: [{ CHILD: '101' }, { CHILD: '103' }],
          OC3: [{ CHILD: '102' }, { CHILD: '106' }],
        }),
      ),
    ).toEqual({});
    expect(ruleEPI.validate(dataC({ Header: header.slice(0, 1) }))).toEqual({ Header: [0] });
  });
});
