import { defineRule, failures } from '../rule.ts';
import { differsFromLastYear } from './helpers-b.ts';

/**
 * The child's first episode this year must have the same reason for new episode (RNE) as last year's latest episode when
 * that one was still open (no DEC) at the end of last year.
 */
export const rule503A = defineRule({
  code: '503A',
  message: 'The reason for new episode in the first episode does not match open episode at end of last year.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  validate(data) {
    return failures([['Episodes', differsFromLastYear(data, 'RNE')]]);
  },
});
