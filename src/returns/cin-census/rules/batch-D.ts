import type { CinRule } from '../rule.ts';
import { rule4009Q } from './4009Q.ts';
import { rule8825Q } from './8825Q.ts';
import { rule2884 } from './2884.ts';
import { rule8510 } from './8510.ts';
import { rule8770Q } from './8770Q.ts';
import { rule100 } from './100.ts';
import { rule4004 } from './4004.ts';
import { rule1103 } from './1103.ts';
import { rule8868 } from './8868.ts';
import { rule8630 } from './8630.ts';
import { rule8569Q } from './8569Q.ts';
import { rule8696 } from './8696.ts';
import { rule8816 } from './8816.ts';
import { rule8869 } from './8869.ts';
import { rule8910 } from './8910.ts';
import { rule2990 } from './2990.ts';
import { rule8650 } from './8650.ts';
import { rule8790 } from './8790.ts';
import { rule4008 } from './4008.ts';
import { rule2886Q } from './2886Q.ts';
import { rule8863Q } from './8863Q.ts';
import { rule8675Q } from './8675Q.ts';
import { rule8875 } from './8875.ts';
import { rule8585Q } from './8585Q.ts';
import { rule2883 } from './2883.ts';
import { rule8775Q } from './8775Q.ts';
import { rule4000 } from './4000.ts';
import { rule8540 } from './8540.ts';
import { rule8905 } from './8905.ts';
import { rule8920 } from './8920.ts';
import { rule8839 } from './8839.ts';
import { rule8831 } from './8831.ts';
import { rule8614 } from './8614.ts';
import { rule1105 } from './1105.ts';
import { rule1560Q } from './1560Q.ts';
import { rule8525Q } from './8525Q.ts';
import { rule4014 } from './4014.ts';
import { rule8736 } from './8736.ts';
import { rule4003 } from './4003.ts';
import { rule8873Q } from './8873Q.ts';
import { rule8810 } from './8810.ts';
import { rule8590 } from './8590.ts';
import { rule8615 } from './8615.ts';
import { rule8530Q } from './8530Q.ts';
import { rule1510 } from './1510.ts';
import { rule8740 } from './8740.ts';
import { rule8842Q } from './8842Q.ts';
import { rule2888Q } from './2888Q.ts';
import { rule8794 } from './8794.ts';
import { rule1540 } from './1540.ts';
import { rule8520 } from './8520.ts';
import { rule8867 } from './8867.ts';
import { rule8535Q } from './8535Q.ts';
import { rule8930 } from './8930.ts';

/** Batch D of the 2025/26 CIN census rules, in the order they were assigned. */
export const CIN_BATCH_D: readonly CinRule[] = [
  rule4009Q,
  rule8825Q,
  rule2884,
  rule8510,
  rule8770Q,
  rule100,
  rule4004,
  rule1103,
  rule8868,
  rule8630,
  rule8569Q,
  rule8696,
  rule8816,
  rule8869,
  rule8910,
  rule2990,
  rule8650,
  rule8790,
  rule4008,
  rule2886Q,
  rule8863Q,
  rule8675Q,
  rule8875,
  rule8585Q,
  rule2883,
  rule8775Q,
  rule4000,
  rule8540,
  rule8905,
  rule8920,
  rule8839,
  rule8831,
  rule8614,
  rule1105,
  rule1560Q,
  rule8525Q,
  rule4014,
  rule8736,
  rule4003,
  rule8873Q,
  rule8810,
  rule8590,
  rule8615,
  rule8530Q,
  rule1510,
  rule8740,
  rule8842Q,
  rule2888Q,
  rule8794,
  rule1540,
  rule8520,
  rule8867,
  rule8535Q,
  rule8930,
];
