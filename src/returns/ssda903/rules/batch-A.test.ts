import { describe, expect, it } from 'vitest';
import { validateSsda903 } from '../validate.ts';
import { TABLES_2025 } from '../spec.ts';
import type { Row, TableName } from '../spec.ts';
import { BATCH_A } from './batch-A.ts';
import { testData } from './helpers-a.ts';

/** A row with every column of the table set to `value`. */
function rowOf(name: keyof typeof TABLES_2025, value: (column: string) => string): Row {
  return Object.fromEntries(TABLES_2025[name].map((c) => [c, value(c)]));
}

describe('batch A', () => {
  it('has one rule per code', () => {
    const codes = BATCH_A.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('runs every rule over blank, malformed and well-formed rows without throwing', () => {
    const names = Object.keys(TABLES_2025) as (keyof typeof TABLES_2025)[];
    const messy = (c: string) => (c === 'CHILD' ? 'x' : c.includes('D') ? '29/02/2025' : '??');
    const dated = (c: string) => (c === 'CHILD' ? 'x' : '29/02/2024');
    const tables = Object.fromEntries(
      names.map((n) => [n, [rowOf(n, () => ''), rowOf(n, messy), rowOf(n, dated)]]),
    ) as Partial<Record<TableName, Row[]>>;
    const findings = validateSsda903(testData(tables, tables), BATCH_A);
    for (const f of findings) {
      expect(f.row).toBeGreaterThanOrEqual(0);
      expect(f.row).toBeLessThan(3);
    }
    expect(findings.length).toBeGreaterThan(0);
  });
});
