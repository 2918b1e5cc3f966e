import type { Ssda903Rule } from '../rule.ts';
import { rule1000 } from './1000.ts';
import { rule1001 } from './1001.ts';
import { rule1002 } from './1002.ts';
import { rule1004 } from './1004.ts';
import { rule1005 } from './1005.ts';
import { rule1006 } from './1006.ts';
import { rule1007 } from './1007.ts';
import { rule1009 } from './1009.ts';
import { rule1010 } from './1010.ts';
import { rule1011 } from './1011.ts';
import { rule1012 } from './1012.ts';
import { rule1014 } from './1014.ts';
import { rule1016 } from './1016.ts';
import { rule102 } from './102.ts';
import { rule103 } from './103.ts';
import { rule104 } from './104.ts';
import { rule105 } from './105.ts';
import { rule112 } from './112.ts';
import { rule113 } from './113.ts';
import { rule114 } from './114.ts';
import { rule115 } from './115.ts';
import { rule116 } from './116.ts';
import { rule117 } from './117.ts';
import { rule118 } from './118.ts';
import { rule119 } from './119.ts';
import { rule120 } from './120.ts';
import { rule131 } from './131.ts';
import { rule132 } from './132.ts';
import { rule133 } from './133.ts';
import { rule134 } from './134.ts';
import { rule141 } from './141.ts';
import { rule142 } from './142.ts';
import { rule143 } from './143.ts';
import { rule144 } from './144.ts';
import { rule145 } from './145.ts';
import { rule146 } from './146.ts';
import { rule147 } from './147.ts';
import { rule148 } from './148.ts';
import { rule149 } from './149.ts';
import { rule151 } from './151.ts';
import { rule153 } from './153.ts';
import { rule157 } from './157.ts';
import { rule158 } from './158.ts';
import { rule159 } from './159.ts';
import { rule165 } from './165.ts';
import { rule166 } from './166.ts';
import { rule167 } from './167.ts';
import { rule168 } from './168.ts';
import { rule171 } from './171.ts';
import { rule174 } from './174.ts';
import { rule175 } from './175.ts';
import { rule176 } from './176.ts';
import { rule177 } from './177.ts';
import { rule178 } from './178.ts';
import { rule180 } from './180.ts';
import { rule181 } from './181.ts';
import { rule182 } from './182.ts';
import { rule184 } from './184.ts';
import { rule185 } from './185.ts';
import { rule186 } from './186.ts';
import { rule187 } from './187.ts';
import { rule188 } from './188.ts';
import { rule189 } from './189.ts';
import { rule190 } from './190.ts';
import { rule191 } from './191.ts';
import { rule192 } from './192.ts';
import { rule193 } from './193.ts';
import { rule196 } from './196.ts';
import { rule197B } from './197B.ts';
import { rule197a } from './197a.ts';
import { rule198 } from './198.ts';
import { rule199 } from './199.ts';
import { rule202 } from './202.ts';
import { rule203 } from './203.ts';
import { rule204 } from './204.ts';
import { rule205A } from './205A.ts';
import { rule205B } from './205B.ts';
import { rule205C } from './205C.ts';
import { rule205D } from './205D.ts';
import { rule207 } from './207.ts';
import { rule208 } from './208.ts';
import { rule209 } from './209.ts';
import { rule210 } from './210.ts';
import { rule213 } from './213.ts';
import { rule214 } from './214.ts';
import { rule215 } from './215.ts';
import { rule217 } from './217.ts';
import { rule218 } from './218.ts';
import { rule222 } from './222.ts';
import { rule225 } from './225.ts';
import { rule226 } from './226.ts';
import { rule231 } from './231.ts';
import { rule232 } from './232.ts';
import { rule233 } from './233.ts';
import { rule234 } from './234.ts';
import { rule3001 } from './3001.ts';
import { rule301 } from './301.ts';
import { rule302 } from './302.ts';
import { rule303 } from './303.ts';
import { rule304 } from './304.ts';

/** Batch A of the 2025/26 SSDA903 rules, in the order assigned. */
export const BATCH_A: readonly Ssda903Rule[] = [
  rule1000,
  rule1001,
  rule1002,
  rule1004,
  rule1005,
  rule1006,
  rule1007,
  rule1009,
  rule1010,
  rule1011,
  rule1012,
  rule1014,
  rule1016,
  rule102,
  rule103,
  rule104,
  rule105,
  rule112,
  rule113,
  rule114,
  rule115,
  rule116,
  rule117,
  rule118,
  rule119,
  rule120,
  rule131,
  rule132,
  rule133,
  rule134,
  rule141,
  rule142,
  rule143,
  rule144,
  rule145,
  rule146,
  rule147,
  rule148,
  rule149,
  rule151,
  rule153,
  rule157,
  rule158,
  rule159,
  rule165,
  rule166,
  rule167,
  rule168,
  rule171,
  rule174,
  rule175,
  rule176,
  rule177,
  rule178,
  rule180,
  rule181,
  rule182,
  rule184,
  rule185,
  rule186,
  rule187,
  rule188,
  rule189,
  rule190,
  rule191,
  rule192,
  rule193,
  rule196,
  rule197B,
  rule197a,
  rule198,
  rule199,
  rule202,
  rule203,
  rule204,
  rule205A,
  rule205B,
  rule205C,
  rule205D,
  rule207,
  rule208,
  rule209,
  rule210,
  rule213,
  rule214,
  rule215,
  rule217,
  rule218,
  rule222,
  rule225,
  rule226,
  rule231,
  rule232,
  rule233,
  rule234,
  rule3001,
  rule301,
  rule302,
  rule303,
  rule304,
];
