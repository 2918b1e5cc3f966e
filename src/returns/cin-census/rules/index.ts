import type { CinRule } from '../rule.ts';
import { rule8840 } from './8840.ts';

/** The CIN census rules of the 2025/26 collection implemented so far, by DfE code. */
export const CIN_RULES_2025: readonly CinRule[] = [rule8840];
