import { REFERENCE_NEEDS, type ReferenceNeed } from './reference.ts';
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
    if (missingReference(data, rule).length > 0) continue;
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

/** The reference data a rule needs that was not given (none when it can run). */
export function missingReference(data: Ssda903Data, rule: Ssda903Rule): ReferenceNeed[] {
  return (rule.reference ?? []).filter((need) => data.reference?.[need] === undefined);
}

/**
 * The rules skipped for want of reference data, grouped by what is missing, as `hearth validate` reports
 * them: the DfE validator skips these rules in the same way.
 */
export function skippedForReference(
  data: Ssda903Data,
  rules: readonly Ssda903Rule[],
): { missing: ReferenceNeed[]; why: string; codes: string[] }[] {
  const groups = new Map<string, { missing: ReferenceNeed[]; why: string; codes: string[] }>();
  for (const rule of rules) {
    const missing = missingReference(data, rule);
    if (missing.length === 0) continue;
    const why = missing.map((need) => REFERENCE_NEEDS[need]).join(' and ');
    const group = groups.get(why) ?? { missing, why, codes: [] };
    group.codes.push(rule.code);
    groups.set(why, group);
  }
  return [...groups.values()];
}
