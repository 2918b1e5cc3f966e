import type { Ssda903Rule } from './rule.ts';
import { table } from './rule.ts';
import type { Ssda903Data, TableName } from './spec.ts';

/** One failure, as `hearth validate --format json` prints it. */
export interface Finding {
  code: string;
  type: 'error' | 'query';
  table: string;
  child: string;
  row: number;
  message: string;
}

/** Runs the rules over one collection's files: every failure, by rule then table then row. */
export function validateSsda903(data: Ssda903Data, rules: readonly Ssda903Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.tables.some((t) => table(data, t) === undefined)) continue;
    const failed = rule.validate(data);
    for (const [name, rows] of Object.entries(failed) as [TableName, number[]][]) {
      const source = table(data, name) ?? [];
      for (const row of rows) {
        findings.push({
          code: rule.code,
          type: rule.type,
          table: name,
          child: source[row]?.CHILD ?? '',
          row,
          message: rule.message,
        });
      }
    }
  }
  return findings;
}
