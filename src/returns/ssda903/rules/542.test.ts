import { describe, expect, it } from 'vitest';
import { rule542 } from './542.ts';
import { dataB } from './helpers-b.ts';

describe('542', () => {
  it('fails conviction information for a child under 10 at 31 March', () => {
    const OC2 = [
      { DOB: '31/03/2016', CONVICTED: '0' },
      { DOB: '01/04/2016', CONVICTED: '0' },
      { DOB: '01/04/2016', CONVICTED: '' },
      { DOB: '', CONVICTED: '1' },
    ];
    expect(rule542.validate(dataB({ OC2 }))).toEqual({ OC2: [1] });
    expect(rule542.validate(dataB({ OC2: [OC2[0]!, OC2[2]!, OC2[3]!] }))).toEqual({});
  });
});
