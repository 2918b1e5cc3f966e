import { describe, expect, it } from 'vitest';
import { rule546 } from './546.ts';
import { dataB } from './helpers-b.ts';

describe('546', () => {
  const Episodes = ['a', 'b', 'c'].map((CHILD) => ({
    CHILD,
    DECOM: '01/03/2024',
    DEC: '',
    RNE: 'S',
    REC: '',
    LS: 'C2',
  }));
  it('fails a health check for a child 5 or over continuously looked after', () => {
    const OC2 = [
      { CHILD: 'a', DOB: '31/03/2021', HEALTH_CHECK: '1' },
      { CHILD: 'b', DOB: '01/04/2021', HEALTH_CHECK: '1' },
      { CHILD: 'c', DOB: '01/01/2015', HEALTH_CHECK: '' },
      { CHILD: 'z', DOB: '01/01/2015', HEALTH_CHECK: '1' },
    ];
    expect(rule546.validate(dataB({ Episodes, OC2 }))).toEqual({ OC2: [0] });
    expect(rule546.validate(dataB({ Episodes, OC2: OC2.slice(1) }))).toEqual({});
  });
});
