import type { Finding } from '../ssda903/validate.ts';
import { referenceTables } from './reference-shape.ts';
import { cinTable, type CinRule } from './rule.ts';
import type { CinCensusData, CinTableName } from './spec.ts';

/**
 * Runs the rules over one census: every failure with code, type, table, child, row and message. The rules
 * read the census as the DfE's reference validator does (referenceTables: Assessments one row per
 * assessment, its factors in AssessmentFactorsList), and the rows of findings are rows of those tables.
 */
export function validateCinCensus(data: CinCensusData, rules: readonly CinRule[]): Finding[] {
  // Made anew on each call (a census's rows may have changed since): one pass over Assessments.
  const tables = referenceTables(data);
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const [name, rows] of Object.entries(rule.validate(tables)) as [CinTableName, number[]][]) {
      const source = cinTable(tables, name);
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
