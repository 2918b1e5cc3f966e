import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { episodeKeyE } from './helpers-e.ts';

/** A Section 47 enquiry on an episode with no assessment. */
export const rule2991Q = defineCinRule({
  code: '2991Q',
  message:
    'Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode',
  type: 'query',
  tables: ['Section47', 'Assessments'],
  validate(data) {
    const assessed = new Set(cinTable(data, 'Assessments').map(episodeKeyE));
    const s47 = cinTable(data, 'Section47');
    return cinFailures([['Section47', rowsWhereCin(s47, (r) => !assessed.has(episodeKeyE(r)))]]);
  },
});
