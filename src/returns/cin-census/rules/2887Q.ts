import { cinFailures, defineCinRule } from '../rule.ts';
import { cellE } from './helpers-e.ts';
import { cinTable } from '../rule.ts';

/**
 * Fewer than 8 different disability codes (NONE and blanks aside) in the whole return. The reference
 * reports this at LA level; it is flagged on the Header, row 0.
 */
export const rule2887Q = defineCinRule({
  code: '2887Q',
  message:
    'Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return',
  type: 'query',
  tables: ['Disabilities', 'Header'],
  validate(data) {
    const codes = new Set(
      cinTable(data, 'Disabilities')
        .map((r) => cellE(r, 'Disability'))
        .filter((c) => c !== '' && c.toUpperCase() !== 'NONE'),
    );
    return cinFailures([['Header', codes.size <= 7 ? [0] : []]]);
  },
});
