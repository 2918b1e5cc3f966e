import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { present } from './helpers-d.ts';

/**
 * A former UPN, where present, should be a letter then 12 digits (13 characters), as the reference checks
 * it (a temporary UPN ending in a letter is queried).
 */
export const rule1560Q = defineCinRule({
  code: '1560Q',
  message: 'Please check and either amend or provide a reason: Former UPN wrongly formatted',
  type: 'query',
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(
          cinTable(data, 'ChildIdentifiers'),
          (r) => present(r.FormerUPN) && !/^[A-Za-z]\d{12}$/.test(r.FormerUPN ?? ''),
        ),
      ],
    ]);
  },
});
