import { describe, expect, it } from 'vitest';
import { rule168 } from './168.ts';
import { testData } from './helpers-a.ts';

describe('168', () => {
  it('passes well-formed UPNs, UN1-UN5 and blank, fails others', () => {
    const upns = [
      'A123456789012',
      'Z12345678901A',
      'UN5',
      '',
      'UN6',
      'I123456789012',
      'S123456789012',
      'A12345678901',
      'a123456789012',
    ];
    const rows = upns.map((UPN) => ({ CHILD: 'a', UPN }));
    expect(rule168.validate(testData({ Header: rows }))).toEqual({ Header: [4, 5, 6, 7, 8] });
  });
});
