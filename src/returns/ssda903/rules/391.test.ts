import { describe, expect, it } from 'vitest';
import { rule391 } from './391.ts';
import { dataB } from './helpers-b.ts';

describe('391', () => {
  it('fails care leaver information for a young person under 17 at the collection end', () => {
    const OC3 = [
      { DOB: '31/03/2009', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { DOB: '01/04/2009', IN_TOUCH: '', ACTIV: 'F1', ACCOM: '' },
      { DOB: '01/04/2009', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
      { DOB: '29/02/2012', IN_TOUCH: '', ACTIV: '', ACCOM: 'B1' },
    ];
    expect(rule391.validate(dataB({ OC3 }))).toEqual({ OC3: [1, 3] });
    expect(rule391.validate(dataB({ OC3: OC3.slice(0, 3).filter((_, i) => i !== 1) }))).toEqual({});
  });
});
