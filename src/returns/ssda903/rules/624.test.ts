import { describe, expect, it } from 'vitest';
import { rule624 } from './624.ts';
import { dataC } from './helpers-c.ts';

describe('624', () => {
  it('flags an MC_DOB different from last year’s', () => {
    const now = [
      { CHILD: 'a', MC_DOB: '01/06/2020' },
      { CHILD: 'b', MC_DOB: '' },
      { CHILD: 'c', MC_DOB: '08/09/2020' },
      { CHILD: 'd', MC_DOB: '01/02/2020' },
    ];
    const last = [
      { CHILD: 'a', MC_DOB: '01/06/2020' },
      { CHILD: 'b', MC_DOB: '01/06/2019' },
      { CHILD: 'c', MC_DOB: '10/09/2020' },
      { CHILD: 'd', MC_DOB: '' },
    ];
    expect(rule624.validate(dataC({ Header: now }, { Header: last }))).toEqual({ Header: [1, 2] });
    expect(rule624.validate(dataC({ Header: [now[0]!, now[3]!] }, { Header: last }))).toEqual({});
  });
});
