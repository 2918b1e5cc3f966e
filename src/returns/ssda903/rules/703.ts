import { doloRule } from './helpers-dolo.ts';

/** A DoLO must not start after the collection year ends (31 March itself passes). */
export const rule703 = doloRule(
  '703',
  'The date that the DoLO started is after the end of the collection year.',
  ({ start }, data) => start !== null && start > data.collectionEnd,
);
