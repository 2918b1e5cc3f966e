import { allOrNoneRule } from './helpers-a.ts';

/** IN_TOUCH, ACTIV and ACCOM must all be given or all blank. */
export const rule153 = allOrNoneRule({
  code: '153',
  message:
    "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
  table: 'OC3',
  columns: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
});
