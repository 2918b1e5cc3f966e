import { cinTable, defineCinRule } from '../rule.ts';
import type { CinCensusData, CinTableName } from '../spec.ts';
import { dateOf, inCensusYear, laLevel } from './helpers-d.ts';

const countInYear = (data: CinCensusData, table: CinTableName, column: string): number => {
  return cinTable(data, table).filter((r) => {
    const d = dateOf(r, column);
    return d !== null && inCensusYear(data, d);
  }).length;
};

/**
 * LA level: plans starting in the census year must not outnumber initial conferences in the year (at
 * CINdetails and Section47 level together). Flags Header row 0. The census year runs, as the reference
 * validator counts it, from the reference date less one year (31 March 2025) to the reference date.
 */
export const rule2883 = defineCinRule({
  code: '2883',
  message: 'There are more child protection plans starting than initial conferences taking place',
  type: 'error',
  tables: ['ChildProtectionPlans', 'CINdetails', 'Section47'],
  validate(data) {
    const plans = countInYear(data, 'ChildProtectionPlans', 'CPPstartDate');
    const conferences =
      countInYear(data, 'CINdetails', 'DateOfInitialCPC') +
      countInYear(data, 'Section47', 'DateOfInitialCPC');
    return plans > conferences ? laLevel() : {};
  },
});
