import { describe, expect, it } from 'vitest';
import { rule444 } from './444.ts';
import { dataB } from './helpers-b.ts';

describe('444', () => {
  it('fails duplicated UPNs but not UN codes or blanks', () => {
    const Header = [
      { UPN: 'UN1' },
      { UPN: 'UN1' },
      { UPN: 'A123456789012' },
      { UPN: 'B123456789012' },
      { UPN: 'B123456789012' },
      { UPN: '' },
      { UPN: '' },
    ];
    expect(rule444.validate(dataB({ Header }))).toEqual({ Header: [3, 4] });
    expect(rule444.validate(dataB({ Header: Header.slice(0, 4) }))).toEqual({});
  });
});
