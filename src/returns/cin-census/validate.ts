import type { Finding } from '../ssda903/validate.ts';
import { cinTable, type CinRule } from './rule.ts';
import type { CinCensusData, CinTableName } from './spec.ts';

/** Runs the rules over one census: every failure with code, type, table, child, row and message. */
export function validateCinCensus(data: CinCensusData, rules: readonly CinRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const [name, rows] of Object.entries(rule.validate(data)) as [CinTableName, number[]][]) {
      const source = cinTable(data, name);
      for (const row of rows) {
        findings.push({
          code: rule.code,
          type: rule.type,
          table: name,
          child: source[row]?.LAchildID ?? '',
          row,
          message: rule.message,
        });
      }
    }
  }
  return findings;
}
