import type { Ssda903Rule } from '../rule.ts';
import { rule101 } from './101.ts';
import { rule1003 } from './1003.ts';
import { BATCH_A } from './batch-A.ts';
import { BATCH_B } from './batch-B.ts';
import { BATCH_C } from './batch-C.ts';

/** The SSDA903 rules of the 2025/26 collection implemented so far, by DfE code. */
export const SSDA903_RULES_2025: readonly Ssda903Rule[] = [
  rule101,
  rule1003,
  ...BATCH_A,
  ...BATCH_B,
  ...BATCH_C,
];
