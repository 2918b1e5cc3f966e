import { ETHNICITY, isCode } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

/** An ethnicity that is missing or not in the ethnicity code set. */
export const rule4220 = defineCinRule({
  code: '4220',
  message: 'Ethnicity is missing or invalid (see Ethnicity table)',
  type: 'error',
  tables: ['ChildCharacteristics'],
  validate(data) {
    const rows = cinTable(data, 'ChildCharacteristics');
    return cinFailures([
      ['ChildCharacteristics', rowsWhereCin(rows, (r) => !isCode(ETHNICITY, cellE(r, 'Ethnicity')))],
    ]);
  },
});
