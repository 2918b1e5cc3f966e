import type { CinRule } from '../rule.ts';
import { rule8840 } from './8840.ts';
import { CIN_BATCH_D } from './batch-D.ts';
import { CIN_BATCH_E } from './batch-E.ts';

/** The CIN census rules of the 2025/26 collection implemented so far, by DfE code. */
export const CIN_RULES_2025: readonly CinRule[] = [rule8840, ...CIN_BATCH_D, ...CIN_BATCH_E];
