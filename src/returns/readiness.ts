/**
 * Each statutory return's readiness: the return built from the record for a collection year, and the DfE's
 * rules run over it, summarised by rule for the returns page.
 */
import type { Trx } from '../db/database.ts';
import { exportCinCensus } from './cin-census/export.ts';
import { CIN_RULES_2025 } from './cin-census/rules/index.ts';
import { CIN_YEARS } from './cin-census/spec.ts';
import { referenceTables } from './cin-census/reference-shape.ts';
import { validateCinCensus } from './cin-census/validate.ts';
import { writeCinCensusXml } from './cin-census/xml.ts';
import type { ExportFile } from './export-files.ts';
import { exportSsda903, ssda903Csv } from './ssda903/export.ts';
import { tablesOf } from './ssda903/read.ts';
import type { TableName } from './ssda903/spec.ts';
import type { Ssda903Rule } from './ssda903/rule.ts';
import { ssda903RulesFor } from './ssda903/rules/index.ts';
import { validateSsda903, type Finding } from './ssda903/validate.ts';
import { COLLECTION_YEARS, yearLabel } from './years.ts';

export interface Collection {
  id: 'ssda903' | 'cin-census';
  title: string;
  /** The DfE's rules the return of a collection year is checked against. */
  rulesFor(year: number): readonly { code: string; type: 'error' | 'query'; message: string }[];
  /** What of the year's return is not checked from the record, and why (undefined when nothing). */
  notChecked(year: number): string | undefined;
  /** Whether Hearth holds the year's specification, so the return can be downloaded to send. */
  held(year: number): boolean;
  /**
   * How many children the return holds, and its findings. `paced` runs the rules one at a time with a turn
   * of the event loop between them, so a check kept in the background leaves requests answered meanwhile.
   */
  check(
    trx: Trx,
    year: number,
    paced?: boolean,
  ): Promise<{ children: number; findings: Finding[]; rules: number }>;
}

async function runRules<Data, Rule>(
  data: Data,
  rules: readonly Rule[],
  validate: (data: Data, rules: readonly Rule[]) => Finding[],
  paced = false,
): Promise<Finding[]> {
  if (!paced) return validate(data, rules);
  const findings: Finding[] = [];
  for (const rule of rules) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const finding of validate(data, [rule])) findings.push(finding);
  }
  return findings;
}

/** SSDA903 rules that need reference data the record does not hold (postcode lookup, Ofsted's lists). */
const needsReference = (rule: Ssda903Rule): boolean => (rule.reference ?? []).length > 0;
const ssda903RecordRules = (year: number) => ssda903RulesFor(year).filter((rule) => !needsReference(rule));

/** The latest collection year up to `year` whose CIN census specification Hearth holds. */
const cinSpecificationYear = (year: number): number => Math.max(...CIN_YEARS.filter((y) => y <= year));

export const COLLECTIONS: readonly Collection[] = [
  {
    id: 'ssda903',
    title: 'SSDA903: children looked after',
    rulesFor: ssda903RecordRules,
    held: (year) => (COLLECTION_YEARS.ssda903 as readonly number[]).includes(year),
    notChecked(year) {
      const reference = ssda903RulesFor(year).filter(needsReference);
      return `${reference.length} more rules (${reference.map((r) => r.code).join(', ')}) need the ONS postcode lookup and Ofsted's provider lists, which Hearth does not hold: run them with hearth validate ssda903 --postcodes --providers --own-la.`;
    },
    async check(trx, year, paced) {
      const data = await exportSsda903(trx, year);
      const rules = ssda903RecordRules(year);
      return {
        children: data.tables.Header?.length ?? 0,
        findings: await runRules(data, rules, validateSsda903, paced),
        rules: rules.length,
      };
    },
  },
  {
    id: 'cin-census',
    title: 'Children in need census',
    rulesFor: () => CIN_RULES_2025,
    held: (year) => CIN_YEARS.includes(year),
    notChecked(year) {
      const held = cinSpecificationYear(year);
      if (held === year) return undefined;
      return `Hearth does not yet hold the DfE's ${yearLabel(year)} CIN census specification: this return is built and checked to the ${yearLabel(held)} specification and rules, so the census's new data (pre-proceedings and family group decision making) is not checked, and the file cannot be downloaded until the specification is held.`;
    },
    async check(trx, year, paced) {
      const data = await exportCinCensus(trx, year, cinSpecificationYear(year));
      return {
        children: data.tables.ChildIdentifiers?.length ?? 0,
        // In the rules' shape once, not once per rule when the rules are run one at a time.
        findings: await runRules(referenceTables(data), CIN_RULES_2025, validateCinCensus, paced),
        rules: CIN_RULES_2025.length,
      };
    },
  },
];

export function collectionById(id: string): Collection | undefined {
  return COLLECTIONS.find((c) => c.id === id);
}

export interface RuleSummary {
  code: string;
  type: 'error' | 'query';
  message: string;
  failures: number;
  children: number;
}

/** Findings by rule, errors first, then the rules failing most often. */
export function summariseByRule(findings: readonly Finding[]): RuleSummary[] {
  const byRule = new Map<string, { finding: Finding; failures: number; children: Set<string> }>();
  for (const f of findings) {
    const known = byRule.get(f.code) ?? { finding: f, failures: 0, children: new Set<string>() };
    known.failures += 1;
    known.children.add(f.child);
    byRule.set(f.code, known);
  }
  return [...byRule.values()]
    .map(({ finding, failures, children }) => ({
      code: finding.code,
      type: finding.type,
      message: finding.message,
      failures,
      children: children.size,
    }))
    .sort((a, b) =>
      a.type !== b.type
        ? a.type === 'error'
          ? -1
          : 1
        : b.failures - a.failures || (a.code < b.code ? -1 : 1),
    );
}

/** The CIN census XML of a collection year, as the DfE receives it. */
export async function cinCensusXml(trx: Trx, year: number): Promise<string> {
  return writeCinCensusXml(await exportCinCensus(trx, year));
}

/** The SSDA903 tables of a collection year, by their file names. */
export function ssda903Tables(year: number): string[] {
  return Object.keys(tablesOf(year));
}

/** Every SSDA903 table of a collection year as the DfE receives it, a CSV file each. */
export async function ssda903Files(trx: Trx, year: number): Promise<ExportFile[]> {
  const data = await exportSsda903(trx, year);
  return ssda903Tables(year).map((table) => ({
    name: `${table}.csv`,
    content: ssda903Csv(data, table as TableName),
  }));
}

/** One SSDA903 table of a collection year as the DfE receives it, or undefined for no such table. */
export async function ssda903TableCsv(trx: Trx, year: number, table: string): Promise<string | undefined> {
  if (!ssda903Tables(year).includes(table)) return undefined;
  return ssda903Csv(await exportSsda903(trx, year), table as TableName);
}
