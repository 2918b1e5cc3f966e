import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

const VALID = new Set(['true', 'false', '1', '0']);

/** ReferralNFA missing or not a schema boolean (true, false, 1, 0). */
export const rule8568 = defineCinRule({
  code: '8568',
  message: 'RNFA flag is missing or invalid',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    return cinFailures([
      ['CINdetails', rowsWhereCin(episodes, (r) => !VALID.has(cellE(r, 'ReferralNFA').toLowerCase()))],
    ]);
  },
});
