import { allOrNoneRule } from './helpers-a.ts';

/** The six AD1 adoption items must all be given or all blank. */
export const rule151 = allOrNoneRule({
  code: '151',
  message: 'All data items relating to a childs adoption must be coded or left blank.',
  table: 'AD1',
  columns: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
});
