import { describe, expect, it } from 'vitest';
import { rule153 } from './153.ts';
import { testData } from './helpers-a.ts';

describe('153', () => {
  it('passes all or none of the care leaver items and fails a partial set', () => {
    const rows = [
      { CHILD: 'a', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      { CHILD: 'b', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
      { CHILD: 'c', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'd', IN_TOUCH: '', ACTIV: 'F1', ACCOM: 'B1' },
    ];
    expect(rule153.validate(testData({ OC3: rows }))).toEqual({ OC3: [2, 3] });
  });
});
