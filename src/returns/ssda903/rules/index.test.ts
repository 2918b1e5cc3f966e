import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Ssda903Rule } from '../rule.ts';
import { SSDA903_RULES_2025, SSDA903_RULES_2026, ssda903RulesFor } from './index.ts';

/** The DfE's rule list for a year, as published (shared/standards/903_rules_*.tsv), kept with the rules. */
function dfeRules(file: string): Map<string, string> {
  const tsv = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', file);
  return new Map(
    fs
      .readFileSync(tsv, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [code, , message] = line.split('\t');
        return [code!, message!] as const;
      }),
  );
}

/** Every one of the DfE's rules is registered once, with its code and message exactly, and nothing else. */
function expectTheDfeRules(rules: readonly Ssda903Rule[], dfe: Map<string, string>): void {
  const codes = rules.map((r) => r.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const rule of rules) expect(rule.message, rule.code).toBe(dfe.get(rule.code));
  expect([...dfe.keys()].filter((code) => !codes.includes(code))).toEqual([]);
}

describe('the 2025/26 SSDA903 rules', () => {
  it('are each registered once, with the DfE code and message exactly', () => {
    // Every one of the DfE's 311 rules, the 21 that need reference data (postcodes, Ofsted's lists) included.
    expectTheDfeRules(SSDA903_RULES_2025, dfeRules('dfe-rules-2025-26.tsv'));
    expect(SSDA903_RULES_2025).toHaveLength(311);
  });
});

describe('the 2026/27 SSDA903 rules', () => {
  it('are each registered once, with the DfE code and message exactly', () => {
    expectTheDfeRules(SSDA903_RULES_2026, dfeRules('dfe-rules-2026-27.tsv'));
    expect(SSDA903_RULES_2026).toHaveLength(322);
  });

  it('are the 2025/26 rules and the eleven DoLO rules, 700 to 710', () => {
    const added = SSDA903_RULES_2026.filter((r) => !SSDA903_RULES_2025.includes(r)).map((r) => r.code);
    expect(added).toEqual(['700', '701', '702', '703', '704', '705', '706', '707', '708', '709', '710']);
    expect(SSDA903_RULES_2026.filter((r) => r.tables.some((t) => t.startsWith('DoLo')))).toHaveLength(11);
  });

  it('are chosen by collection year', () => {
    expect(ssda903RulesFor(2025)).toHaveLength(311);
    expect(ssda903RulesFor(2026)).toHaveLength(322);
    expect(() => ssda903RulesFor(2024)).toThrow('not of year 2024');
    expect(() => ssda903RulesFor(2027)).toThrow('2025/26 and 2026/27 only');
  });
});
