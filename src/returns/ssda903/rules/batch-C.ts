import type { Ssda903Rule } from '../rule.ts';
import { rule552 } from './552.ts';
import { rule553 } from './553.ts';
import { rule554 } from './554.ts';
import { rule557 } from './557.ts';
import { rule558 } from './558.ts';
import { rule559 } from './559.ts';
import { rule560 } from './560.ts';
import { rule561 } from './561.ts';
import { rule562 } from './562.ts';
import { rule563 } from './563.ts';
import { rule564 } from './564.ts';
import { rule565 } from './565.ts';
import { rule566 } from './566.ts';
import { rule567 } from './567.ts';
import { rule570 } from './570.ts';
import { rule571 } from './571.ts';
import { rule574 } from './574.ts';
import { rule575 } from './575.ts';
import { rule576 } from './576.ts';
import { rule577 } from './577.ts';
import { rule578 } from './578.ts';
import { rule579 } from './579.ts';
import { rule580 } from './580.ts';
import { rule581 } from './581.ts';
import { rule582 } from './582.ts';
import { rule583 } from './583.ts';
import { rule584 } from './584.ts';
import { rule586 } from './586.ts';
import { rule601 } from './601.ts';
import { rule602 } from './602.ts';
import { rule607 } from './607.ts';
import { rule611 } from './611.ts';
import { rule612 } from './612.ts';
import { rule620 } from './620.ts';
import { rule621 } from './621.ts';
import { rule624 } from './624.ts';
import { rule625 } from './625.ts';
import { rule626 } from './626.ts';
import { rule628 } from './628.ts';
import { rule630 } from './630.ts';
import { rule631 } from './631.ts';
import { rule632 } from './632.ts';
import { rule633 } from './633.ts';
import { rule634 } from './634.ts';
import { rule635 } from './635.ts';
import { ruleEPI } from './EPI.ts';
import { ruleINT01 } from './INT01.ts';
import { ruleINT02 } from './INT02.ts';
import { ruleINT03 } from './INT03.ts';
import { ruleINT04 } from './INT04.ts';
import { ruleINT05 } from './INT05.ts';
import { ruleINT06 } from './INT06.ts';
import { ruleINT07 } from './INT07.ts';
import { ruleINT08 } from './INT08.ts';
import { ruleINT09 } from './INT09.ts';
import { ruleINT11 } from './INT11.ts';
import { ruleINT12 } from './INT12.ts';
import { ruleINT13 } from './INT13.ts';
import { ruleINT14 } from './INT14.ts';
import { ruleINT15 } from './INT15.ts';
import { ruleINT16 } from './INT16.ts';
import { ruleINT17 } from './INT17.ts';
import { ruleINT18 } from './INT18.ts';
import { ruleINT21 } from './INT21.ts';
import { ruleINT31 } from './INT31.ts';
import { ruleINT32 } from './INT32.ts';
import { ruleINT33 } from './INT33.ts';
import { ruleINT34 } from './INT34.ts';
import { ruleINT35 } from './INT35.ts';
import { ruleINT36 } from './INT36.ts';
import { ruleNoE } from './NoE.ts';
import { ruleSW01aSTG1 } from './SW01aSTG1.ts';
import { ruleSW01bSTG1 } from './SW01bSTG1.ts';
import { ruleSW02STG1 } from './SW02STG1.ts';
import { ruleSW04STG1 } from './SW04STG1.ts';
import { ruleSW05STG1 } from './SW05STG1.ts';
import { ruleSW06STG2 } from './SW06STG2.ts';
import { ruleSW07STG2 } from './SW07STG2.ts';
import { ruleSW08STG2 } from './SW08STG2.ts';
import { ruleSW09STG2 } from './SW09STG2.ts';
import { ruleSW10STG2 } from './SW10STG2.ts';
import { ruleSW11bSTG2 } from './SW11bSTG2.ts';
import { ruleSW12STG2 } from './SW12STG2.ts';
import { ruleSW13STG1 } from './SW13STG1.ts';
import { ruleSW17STG2 } from './SW17STG2.ts';

/** Batch C of the 2025/26 SSDA903 rules, in DfE code order. */
export const BATCH_C: readonly Ssda903Rule[] = [
  rule552,
  rule553,
  rule554,
  rule557,
  rule558,
  rule559,
  rule560,
  rule561,
  rule562,
  rule563,
  rule564,
  rule565,
  rule566,
  rule567,
  rule570,
  rule571,
  rule574,
  rule575,
  rule576,
  rule577,
  rule578,
  rule579,
  rule580,
  rule581,
  rule582,
  rule583,
  rule584,
  rule586,
  rule601,
  rule602,
  rule607,
  rule611,
  rule612,
  rule620,
  rule621,
  rule624,
  rule625,
  rule626,
  rule628,
  rule630,
  rule631,
  rule632,
  rule633,
  rule634,
  rule635,
  ruleEPI,
  ruleINT01,
  ruleINT02,
  ruleINT03,
  ruleINT04,
  ruleINT05,
  ruleINT06,
  ruleINT07,
  ruleINT08,
  ruleINT09,
  ruleINT11,
  ruleINT12,
  ruleINT13,
  ruleINT14,
  ruleINT15,
  ruleINT16,
  ruleINT17,
  ruleINT18,
  ruleINT21,
  ruleINT31,
  ruleINT32,
  ruleINT33,
  ruleINT34,
  ruleINT35,
  ruleINT36,
  ruleNoE,
  ruleSW01aSTG1,
  ruleSW01bSTG1,
  ruleSW02STG1,
  ruleSW04STG1,
  ruleSW05STG1,
  ruleSW06STG2,
  ruleSW07STG2,
  ruleSW08STG2,
  ruleSW09STG2,
  ruleSW10STG2,
  ruleSW11bSTG2,
  ruleSW12STG2,
  ruleSW13STG1,
  ruleSW17STG2,
];
