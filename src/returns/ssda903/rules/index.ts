import type { Ssda903Rule } from '../rule.ts';
import { rule101 } from './101.ts';
import { rule1003 } from './1003.ts';
import { rule700 } from './700.ts';
import { rule701 } from './701.ts';
import { rule702 } from './702.ts';
import { rule703 } from './703.ts';
import { rule704 } from './704.ts';
import { rule705 } from './705.ts';
import { rule706 } from './706.ts';
import { rule707 } from './707.ts';
import { rule708 } from './708.ts';
import { rule709 } from './709.ts';
import { rule710 } from './710.ts';
import { BATCH_A } from './batch-A.ts';
import { BATCH_B } from './batch-B.ts';
import { BATCH_C } from './batch-C.ts';
import { BATCH_REF } from './batch-ref.ts';

/** The SSDA903 rules of the 2025/26 collection by DfE code (all 311). */
export const SSDA903_RULES_2025: readonly Ssda903Rule[] = [
  rule101,
  rule1003,
  ...BATCH_A,
  ...BATCH_B,
  ...BATCH_C,
  ...BATCH_REF,
];

/**
 * The SSDA903 rules of the 2026/27 collection (all 322): the 2025/26 rules, unchanged, and the rules on
 * deprivation of liberty orders (the DoLo table), 700 to 710.
 */
export const SSDA903_RULES_2026: readonly Ssda903Rule[] = [
  ...SSDA903_RULES_2025,
  rule700,
  rule701,
  rule702,
  rule703,
  rule704,
  rule705,
  rule706,
  rule707,
  rule708,
  rule709,
  rule710,
];

/** The SSDA903 rules of a collection year (2025 for 2025/26, 2026 for 2026/27). */
export function ssda903RulesFor(year: number): readonly Ssda903Rule[] {
  if (year === 2025) return SSDA903_RULES_2025;
  if (year === 2026) return SSDA903_RULES_2026;
  throw new Error(`Hearth has the SSDA903 rules of 2025/26 and 2026/27 only, not of year ${year}.`);
}
