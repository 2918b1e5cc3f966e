import { describe, expect, it } from 'vitest';
import { rule344 } from './344.ts';
import { dataB } from './helpers-b.ts';

describe('344', () => {
  it('fails died or returned-home care leavers with activity or accommodation other than 0, blanks included', () => {
    const OC3 = [
      { IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' },
      { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      { IN_TOUCH: 'RHOM', ACTIV: 'F1', ACCOM: '0' },
      { IN_TOUCH: 'DIED', ACTIV: '', ACCOM: '0' },
    ];
    expect(rule344.validate(dataB({ OC3 }))).toEqual({ OC3: [2, 3] });
    expect(rule344.validate(dataB({ OC3: OC3.slice(0, 2) }))).toEqual({});
  });
});
