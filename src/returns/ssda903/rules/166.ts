import { dateRule } from './helpers-a.ts';

/** Reviews REVIEW must be a DD/MM/YYYY date; blank fails. */
export const rule166 = dateRule({
  code: '166',
  message: 'Date of review is invalid or blank.',
  table: 'Reviews',
  column: 'REVIEW',
  blankFails: true,
});
