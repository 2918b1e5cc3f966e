/**
 * Checks that a change to the SSDA903 rules changes no finding: every rule of this checkout and of another
 * (a `git worktree` of the revision before the change, with node_modules linked) is run over many subsets of
 * a return directory (such as the one `npm run bench validate-ssda903` keeps with HEARTH_BENCH_SSDA903_DIR),
 * each of about 40 children with cells changed at random (blanks, other values of the column, dates at the
 * collection year's edges and invalid ones), rows repeated with a change (ties) and neighbours swapped. Prints
 * each rule whose findings differ, and fails when any does.
 *
 *   node --import tsx bench/ssda903-differential.ts OTHER_CHECKOUT RETURN_DIR [DATASETS] [SEED]
 */
import path from 'node:path';
import { readSsda903Directory } from '../src/returns/ssda903/read.ts';
import type { Ssda903Rule } from '../src/returns/ssda903/rule.ts';
import { SSDA903_RULES_2025 } from '../src/returns/ssda903/rules/index.ts';
import type { Row, Ssda903Data } from '../src/returns/ssda903/spec.ts';
import { validateSsda903 } from '../src/returns/ssda903/validate.ts';

const [other, dir, datasets = '40', seedText = '1'] = process.argv.slice(2);
if (!other || !dir)
  throw new Error('usage: ssda903-differential.ts OTHER_CHECKOUT RETURN_DIR [DATASETS] [SEED]');
const otherRules = (
  (await import(path.resolve(other, 'src/returns/ssda903/rules/index.ts'))) as {
    SSDA903_RULES_2025: Ssda903Rule[];
  }
).SSDA903_RULES_2025;
const { validateSsda903: otherValidate } = (await import(
  path.resolve(other, 'src/returns/ssda903/validate.ts')
)) as { validateSsda903: typeof validateSsda903 };

if (otherRules.map((r) => r.code).join() !== SSDA903_RULES_2025.map((r) => r.code).join())
  throw new Error(`${other} has other rules, or in another order`);

let seed = Number(seedText);
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const EDGES = [
  '',
  ' ',
  '01/04/2025',
  '31/03/2025',
  '31/03/2026',
  '01/04/2026',
  '29/02/2024',
  '28/02/2025',
  '31/02/2025',
  '2025-04-01',
  '1/4/2025',
  ' 01/04/2025',
  'ZZ',
  '01/01/1900',
];

const full = readSsda903Directory(dir, 2025);
const children = [...new Set((full.tables.Episodes ?? []).map((r) => r.CHILD ?? ''))];
const differences = new Map<string, number>();
let compared = 0;
for (let k = 0; k < Number(datasets); k++) {
  const chosen = new Set(Array.from({ length: 40 }, () => pick(children)));
  const chance = random() * 0.15;
  const changed = (column: readonly string[]): string =>
    random() < 0.5 ? pick(column) : random() < 0.7 ? pick(EDGES) : pick(children);
  const subset = (tables: Ssda903Data['tables']): Ssda903Data['tables'] =>
    Object.fromEntries(
      Object.entries(tables).map(([name, rows]) => {
        const columns = Object.keys(rows[0] ?? {});
        const values = Object.fromEntries(columns.map((c) => [c, rows.slice(0, 400).map((r) => r[c] ?? '')]));
        const kept: Row[] = rows
          .filter((r) => chosen.has(r.CHILD ?? '') || random() < 0.002)
          .map((r) => {
            const row = { ...r };
            for (const c of columns) if (random() < chance) row[c] = changed(values[c]!);
            return row;
          });
        for (let i = kept.length - 1; i >= 0; i--) {
          if (random() >= chance) continue;
          const copy = { ...kept[i]! };
          const c = pick(columns);
          copy[c] = random() < 0.5 ? pick(values[c]!) : pick(EDGES);
          kept.splice(i + 1, 0, copy);
        }
        for (let i = 1; i < kept.length; i++)
          if (random() < 0.1) [kept[i - 1], kept[i]] = [kept[i]!, kept[i - 1]!];
        return [name, kept];
      }),
    );
  const data: Ssda903Data = { ...full, tables: subset(full.tables), last: subset(full.last ?? {}) };
  SSDA903_RULES_2025.forEach((rule, r) => {
    const mine = validateSsda903(data, [rule]);
    compared += mine.length;
    if (JSON.stringify(mine) !== JSON.stringify(otherValidate(data, [otherRules[r]!])))
      differences.set(rule.code, (differences.get(rule.code) ?? 0) + 1);
  });
}
console.log(`${datasets} returns, ${compared} findings of this checkout compared`);
for (const [code, n] of differences) console.log(`${code}: different findings in ${n} returns`);
if (differences.size > 0) process.exitCode = 1;
