import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateCinCensus } from '../validate.ts';
import { CIN_BATCH_D } from './batch-D.ts';
import { censusD } from './helpers-d.ts';

// The DfE's rule list for 2025/26, as published (shared/standards/cin_rules_2025_26.txt), kept with the rules.
const RULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dfe-rules-2025-26.txt');

describe('CIN batch D', () => {
  it('registers each rule once with the DfE code, message and type exactly', () => {
    const codes = CIN_BATCH_D.map((r) => r.code);
    expect(codes).toHaveLength(54);
    expect(new Set(codes).size).toBe(codes.length);
    const dfe = new Map(
      fs
        .readFileSync(RULES, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [code, text] = line.split('\t') as [string, string];
          const match = /^(.*) \((ERROR|QUERY)\)$/.exec(text.trim());
          return [code, match] as const;
        }),
    );
    for (const rule of CIN_BATCH_D) {
      const match = dfe.get(rule.code);
      expect(match, rule.code).toBeTruthy();
      expect(rule.message, rule.code).toBe(match?.[1]);
      expect(rule.type, rule.code).toBe(match?.[2] === 'ERROR' ? 'error' : 'query');
    }
  });

  it('passes an empty census and flags only tables each rule names', () => {
    for (const rule of CIN_BATCH_D) {
      const failures = rule.validate(censusD({}));
      expect(
        Object.keys(failures).filter((t) => t !== 'Header'),
        rule.code,
      ).toEqual([]);
    }
    expect(validateCinCensus(censusD({}), CIN_BATCH_D).map((f) => f.code)).toEqual([]);
  });
});
