import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CIN_BATCH_E } from './batch-E.ts';

const RULES_FILE = new URL('../dfe-rules-2025-26.txt', import.meta.url);
const ASSIGNED =
  '8606 1104 4011 8898 8545Q 2885 4015 8610 8805 8870Q 8866 8915 8500 4010 8715 1550 1530 8568 8935 8815 4013 8600 4012Q 8820 2887Q 8925 8940 8620 8670Q 1520 2991Q 8730 4220 8772 8640 8890 8608 8896 8897Q 4017 8750 4180 8841 8720 4016 8565 2889 8832 4001 8555Q 8950Q 8945Q 1580 1570'.split(
    ' ',
  );

describe('CIN batch E', () => {
  it('carries the DfE code, message and type of every rule exactly', () => {
    const lines = new Map(
      readFileSync(RULES_FILE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [code = '', ...rest] = l.split('\t');
          return [code.trim(), rest.join('\t')] as const;
        }),
    );
    expect(CIN_BATCH_E.map((r) => r.code)).toEqual(ASSIGNED);
    for (const rule of CIN_BATCH_E) {
      const suffix = rule.type === 'error' ? ' (ERROR)' : ' (QUERY)';
      expect(`${rule.message}${suffix}`).toBe(lines.get(rule.code));
    }
  });

  it('finds nothing in an empty census', () => {
    const empty = {
      year: 2025,
      laCode: '999',
      referenceDate: '2026-03-31',
      collectionStart: '2025-04-01',
      tables: {},
    };
    for (const rule of CIN_BATCH_E) {
      if (rule.code === '2887Q') continue;
      expect(rule.validate(empty)).toEqual({});
    }
  });
});
