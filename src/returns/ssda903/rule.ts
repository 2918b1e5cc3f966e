import { parseDmy } from '../../domain/dates.ts';
import type { Row, Ssda903Data, TableName } from './spec.ts';

/** Rows that break a rule: table name and row indexes (0-based, in file order), as the DfE validator reports. */
export type Failures = Partial<Record<TableName | `${TableName}_last`, number[]>>;

/**
 * One DfE SSDA903 validation rule: its code and message exactly as the DfE's (903_rules_2025_26.tsv), the
 * tables it reads, and the check. Each rule is a file in rules/, named by its code, with its own passing
 * and failing cases.
 */
export interface Ssda903Rule {
  code: string;
  message: string;
  type: 'error' | 'query';
  /** The tables the rule needs; it is skipped (no failures) when any is absent. */
  tables: readonly (TableName | `${TableName}_last`)[];
  validate(data: Ssda903Data): Failures;
}

export function defineRule(rule: Ssda903Rule): Ssda903Rule {
  return Object.freeze(rule);
}

/** A table of this year ('Episodes') or last year ('Episodes_last'), or undefined when not loaded. */
export function table(data: Ssda903Data, name: TableName | `${TableName}_last`): Row[] | undefined {
  return name.endsWith('_last')
    ? data.last?.[name.slice(0, -5) as TableName]
    : data.tables[name as TableName];
}

/** A DD/MM/YYYY cell as 'YYYY-MM-DD', or null when blank or not a real date. */
export function date(cell: string | undefined): string | null {
  return cell ? parseDmy(cell.trim()) : null;
}

/** The indexes of the rows for which `test` is true. */
export function rowsWhere(rows: readonly Row[], test: (row: Row, index: number) => boolean): number[] {
  const result: number[] = [];
  rows.forEach((row, i) => {
    if (test(row, i)) result.push(i);
  });
  return result;
}

/** Rows grouped by CHILD, keeping each row's index. */
export function byChild(rows: readonly Row[]): Map<string, { row: Row; index: number }[]> {
  const groups = new Map<string, { row: Row; index: number }[]>();
  rows.forEach((row, index) => {
    const list = groups.get(row.CHILD ?? '') ?? [];
    list.push({ row, index });
    groups.set(row.CHILD ?? '', list);
  });
  return groups;
}

/** The rule's failures, only for tables that have any. */
export function failures(entries: [TableName | `${TableName}_last`, number[]][]): Failures {
  return Object.fromEntries(
    entries
      .filter(([, rows]) => rows.length > 0)
      .map(([t, rows]) => [t, [...new Set(rows)].sort((a, b) => a - b)]),
  );
}
