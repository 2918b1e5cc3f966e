import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { cellE } from './helpers-e.ts';

/**
 * LA level, flagged on the Header, row 0. The DfE's rule asks for more than 7 different disability codes
 * (NONE aside) in the return. The reference validator instead keeps only the rows whose code is NONE and
 * counts them, querying the return when there are 7 or fewer; its own test passes either way, so Hearth
 * counts as the reference does, and returns the councils compare will agree.
 */
export const rule2887Q = defineCinRule({
  code: '2887Q',
  message:
    'Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return',
  type: 'query',
  tables: ['Disabilities', 'Header'],
  validate(data) {
    const none = cinTable(data, 'Disabilities').filter((r) => cellE(r, 'Disability') === 'NONE').length;
    return cinFailures([['Header', none <= 7 ? [0] : []]]);
  },
});
