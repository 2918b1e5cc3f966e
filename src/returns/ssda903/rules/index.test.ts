import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SSDA903_RULES_2025 } from './index.ts';

// The DfE's rule list for 2025/26, as published (shared/standards/903_rules_2025_26.tsv), kept with the rules.
const TSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dfe-rules-2025-26.tsv');

describe('the 2025/26 SSDA903 rules', () => {
  it('are each registered once, with the DfE code and message exactly', () => {
    const codes = SSDA903_RULES_2025.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const dfe = new Map(
      fs
        .readFileSync(TSV, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [code, , message] = line.split('\t');
          return [code!, message!] as const;
        }),
    );
    for (const rule of SSDA903_RULES_2025) expect(rule.message, rule.code).toBe(dfe.get(rule.code));
    // Every one of the DfE's 311 rules, the 21 that need reference data (postcodes, Ofsted's lists) included.
    expect([...dfe.keys()].filter((code) => !codes.includes(code))).toEqual([]);
    expect(codes).toHaveLength(311);
  });
});
