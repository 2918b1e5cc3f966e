import type { Ssda903Rule } from '../rule.ts';
import { rule101 } from './101.ts';
import { rule1003 } from './1003.ts';
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
