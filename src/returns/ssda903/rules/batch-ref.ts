import type { Ssda903Rule } from '../rule.ts';
import { rule1008 } from './1008.ts';
import { rule1015 } from './1015.ts';
import { rule164 } from './164.ts';
import { rule169 } from './169.ts';
import { rule179 } from './179.ts';
import { rule219 } from './219.ts';
import { rule221 } from './221.ts';
import { rule224 } from './224.ts';
import { rule227 } from './227.ts';
import { rule228 } from './228.ts';
import { rule229 } from './229.ts';
import { rule392a } from './392a.ts';
import { rule406 } from './406.ts';
import { rule411 } from './411.ts';
import { rule420 } from './420.ts';
import { rule452 } from './452.ts';
import { rule453 } from './453.ts';
import { rule454 } from './454.ts';
import { rule503G } from './503G.ts';
import { rule503H } from './503H.ts';
import { rule503J } from './503J.ts';

/** The rules that need reference data (postcodes, Ofsted's provider lists); skipped without it. */
export const BATCH_REF: readonly Ssda903Rule[] = [
  rule1008,
  rule1015,
  rule164,
  rule169,
  rule179,
  rule219,
  rule221,
  rule224,
  rule227,
  rule228,
  rule229,
  rule392a,
  rule406,
  rule411,
  rule420,
  rule452,
  rule453,
  rule454,
  rule503G,
  rule503H,
  rule503J,
];
