import { doloRule } from './helpers-dolo.ts';

/**
 * A DoLO's end date, when given, must be within the collection year (1 April and 31 March included): a
 * DoLO that ended before the year should not be in the return.
 */
export const rule704 = doloRule(
  '704',
  'The date that the DoLO ended is before the start or after the end of the collection year.',
  ({ end }, data) => end !== null && (end < data.collectionStart || end > data.collectionEnd),
);
