import type { Ssda903Rule } from '../rule.ts';
import { rule331 } from './331.ts';
import { rule333 } from './333.ts';
import { rule334 } from './334.ts';
import { rule335 } from './335.ts';
import { rule336 } from './336.ts';
import { rule344 } from './344.ts';
import { rule345 } from './345.ts';
import { rule347 } from './347.ts';
import { rule348 } from './348.ts';
import { rule351 } from './351.ts';
import { rule352 } from './352.ts';
import { rule353 } from './353.ts';
import { rule354 } from './354.ts';
import { rule355 } from './355.ts';
import { rule356 } from './356.ts';
import { rule357 } from './357.ts';
import { rule358 } from './358.ts';
import { rule359 } from './359.ts';
import { rule361 } from './361.ts';
import { rule362 } from './362.ts';
import { rule363 } from './363.ts';
import { rule364 } from './364.ts';
import { rule365 } from './365.ts';
import { rule366 } from './366.ts';
import { rule367 } from './367.ts';
import { rule371 } from './371.ts';
import { rule372 } from './372.ts';
import { rule373 } from './373.ts';
import { rule374 } from './374.ts';
import { rule375 } from './375.ts';
import { rule376 } from './376.ts';
import { rule377 } from './377.ts';
import { rule378 } from './378.ts';
import { rule379 } from './379.ts';
import { rule380 } from './380.ts';
import { rule381 } from './381.ts';
import { rule382 } from './382.ts';
import { rule383 } from './383.ts';
import { rule384 } from './384.ts';
import { rule385 } from './385.ts';
import { rule386 } from './386.ts';
import { rule387 } from './387.ts';
import { rule388 } from './388.ts';
import { rule389 } from './389.ts';
import { rule390 } from './390.ts';
import { rule391 } from './391.ts';
import { rule392b } from './392b.ts';
import { rule392c } from './392c.ts';
import { rule392d } from './392d.ts';
import { rule393 } from './393.ts';
import { rule398 } from './398.ts';
import { rule399 } from './399.ts';
import { rule407 } from './407.ts';
import { rule408 } from './408.ts';
import { rule426 } from './426.ts';
import { rule431 } from './431.ts';
import { rule432 } from './432.ts';
import { rule433 } from './433.ts';
import { rule434 } from './434.ts';
import { rule435 } from './435.ts';
import { rule436 } from './436.ts';
import { rule437 } from './437.ts';
import { rule440 } from './440.ts';
import { rule441 } from './441.ts';
import { rule442 } from './442.ts';
import { rule444 } from './444.ts';
import { rule446 } from './446.ts';
import { rule460 } from './460.ts';
import { rule501 } from './501.ts';
import { rule502 } from './502.ts';
import { rule503A } from './503A.ts';
import { rule503B } from './503B.ts';
import { rule503C } from './503C.ts';
import { rule503D } from './503D.ts';
import { rule503E } from './503E.ts';
import { rule503F } from './503F.ts';
import { rule504 } from './504.ts';
import { rule511 } from './511.ts';
import { rule514 } from './514.ts';
import { rule516 } from './516.ts';
import { rule517 } from './517.ts';
import { rule518 } from './518.ts';
import { rule519 } from './519.ts';
import { rule520 } from './520.ts';
import { rule521 } from './521.ts';
import { rule522 } from './522.ts';
import { rule523 } from './523.ts';
import { rule524 } from './524.ts';
import { rule525 } from './525.ts';
import { rule526 } from './526.ts';
import { rule527 } from './527.ts';
import { rule528 } from './528.ts';
import { rule529 } from './529.ts';
import { rule530 } from './530.ts';
import { rule531 } from './531.ts';
import { rule542 } from './542.ts';
import { rule543 } from './543.ts';
import { rule544 } from './544.ts';
import { rule545 } from './545.ts';
import { rule546 } from './546.ts';
import { rule547 } from './547.ts';
import { rule550 } from './550.ts';
import { rule551 } from './551.ts';

/** Batch B of the 2025/26 SSDA903 rules, in DfE code order. */
export const BATCH_B: readonly Ssda903Rule[] = [
  rule331,
  rule333,
  rule334,
  rule335,
  rule336,
  rule344,
  rule345,
  rule347,
  rule348,
  rule351,
  rule352,
  rule353,
  rule354,
  rule355,
  rule356,
  rule357,
  rule358,
  rule359,
  rule361,
  rule362,
  rule363,
  rule364,
  rule365,
  rule366,
  rule367,
  rule371,
  rule372,
  rule373,
  rule374,
  rule375,
  rule376,
  rule377,
  rule378,
  rule379,
  rule380,
  rule381,
  rule382,
  rule383,
  rule384,
  rule385,
  rule386,
  rule387,
  rule388,
  rule389,
  rule390,
  rule391,
  rule392b,
  rule392c,
  rule392d,
  rule393,
  rule398,
  rule399,
  rule407,
  rule408,
  rule426,
  rule431,
  rule432,
  rule433,
  rule434,
  rule435,
  rule436,
  rule437,
  rule440,
  rule441,
  rule442,
  rule444,
  rule446,
  rule460,
  rule501,
  rule502,
  rule503A,
  rule503B,
  rule503C,
  rule503D,
  rule503E,
  rule503F,
  rule504,
  rule511,
  rule514,
  rule516,
  rule517,
  rule518,
  rule519,
  rule520,
  rule521,
  rule522,
  rule523,
  rule524,
  rule525,
  rule526,
  rule527,
  rule528,
  rule529,
  rule530,
  rule531,
  rule542,
  rule543,
  rule544,
  rule545,
  rule546,
  rule547,
  rule550,
  rule551,
];
