import { describe, expect, it } from 'vitest';
import { rule345 } from './345.ts';
import { dataB } from './helpers-b.ts';

describe('345', () => {
  it('fails in-touch care leavers with a zero activity or accommodation', () => {
    const OC3 = [
      { IN_TOUCH: 'NO', ACTIV: '', ACCOM: '0' },
      { IN_TOUCH: 'YES', ACTIV: '0', ACCOM: 'B1' },
      { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: '0' },
      { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
    ];
    expect(rule345.validate(dataB({ OC3 }))).toEqual({ OC3: [1, 2] });
    expect(rule345.validate(dataB({ OC3: [OC3[0]!, OC3[3]!] }))).toEqual({});
  });
});
