import type { CinRule } from '../rule.ts';
import { rule1104 } from './1104.ts';
import { rule1520 } from './1520.ts';
import { rule1530 } from './1530.ts';
import { rule1550 } from './1550.ts';
import { rule1570 } from './1570.ts';
import { rule1580 } from './1580.ts';
import { rule2885 } from './2885.ts';
import { rule2887Q } from './2887Q.ts';
import { rule2889 } from './2889.ts';
import { rule2991Q } from './2991Q.ts';
import { rule4001 } from './4001.ts';
import { rule4010 } from './4010.ts';
import { rule4011 } from './4011.ts';
import { rule4012Q } from './4012Q.ts';
import { rule4013 } from './4013.ts';
import { rule4015 } from './4015.ts';
import { rule4016 } from './4016.ts';
import { rule4017 } from './4017.ts';
import { rule4180 } from './4180.ts';
import { rule4220 } from './4220.ts';
import { rule8500 } from './8500.ts';
import { rule8545Q } from './8545Q.ts';
import { rule8555Q } from './8555Q.ts';
import { rule8565 } from './8565.ts';
import { rule8568 } from './8568.ts';
import { rule8600 } from './8600.ts';
import { rule8606 } from './8606.ts';
import { rule8608 } from './8608.ts';
import { rule8610 } from './8610.ts';
import { rule8620 } from './8620.ts';
import { rule8640 } from './8640.ts';
import { rule8670Q } from './8670Q.ts';
import { rule8715 } from './8715.ts';
import { rule8720 } from './8720.ts';
import { rule8730 } from './8730.ts';
import { rule8750 } from './8750.ts';
import { rule8772 } from './8772.ts';
import { rule8805 } from './8805.ts';
import { rule8815 } from './8815.ts';
import { rule8820 } from './8820.ts';
import { rule8832 } from './8832.ts';
import { rule8841 } from './8841.ts';
import { rule8866 } from './8866.ts';
import { rule8870Q } from './8870Q.ts';
import { rule8890 } from './8890.ts';
import { rule8896 } from './8896.ts';
import { rule8897Q } from './8897Q.ts';
import { rule8898 } from './8898.ts';
import { rule8915 } from './8915.ts';
import { rule8925 } from './8925.ts';
import { rule8935 } from './8935.ts';
import { rule8940 } from './8940.ts';
import { rule8945Q } from './8945Q.ts';
import { rule8950Q } from './8950Q.ts';

/** Batch E of the 2025/26 CIN census rules, in the order they were assigned. */
export const CIN_BATCH_E: readonly CinRule[] = [
  rule8606,
  rule1104,
  rule4011,
  rule8898,
  rule8545Q,
  rule2885,
  rule4015,
  rule8610,
  rule8805,
  rule8870Q,
  rule8866,
  rule8915,
  rule8500,
  rule4010,
  rule8715,
  rule1550,
  rule1530,
  rule8568,
  rule8935,
  rule8815,
  rule4013,
  rule8600,
  rule4012Q,
  rule8820,
  rule2887Q,
  rule8925,
  rule8940,
  rule8620,
  rule8670Q,
  rule1520,
  rule2991Q,
  rule8730,
  rule4220,
  rule8772,
  rule8640,
  rule8890,
  rule8608,
  rule8896,
  rule8897Q,
  rule4017,
  rule8750,
  rule4180,
  rule8841,
  rule8720,
  rule4016,
  rule8565,
  rule2889,
  rule8832,
  rule4001,
  rule8555Q,
  rule8950Q,
  rule8945Q,
  rule1580,
  rule1570,
];
