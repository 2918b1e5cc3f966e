import { date, defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';
import { addYears } from './helpers-a.ts';

/**
 * A care leaver whose 17th birthday (Header DOB + 17 years) falls in the collection year (inclusive) must
 * not have ACCOM Z1 or Z2 (with former foster carers).
 *
 * One deliberate difference: when a child in OC3 has more than one Header row, the reference validator's
 * rule stops with an error (its merge of OC3 with Header has more rows than OC3, and it picks OC3's rows
 * with that longer list) and reports nothing for any child. We check each OC3 row against every Header row
 * of its child instead; INT32 reports the repeated Header rows.
 */
export const rule3001 = defineRule({
  code: '3001',
  message:
    'Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).',
  type: 'error',
  tables: ['Header', 'OC3'],
  validate(data) {
    const header = table(data, 'Header')!;
    return failures([
      [
        'OC3',
        rowsWhere(table(data, 'OC3')!, (r) => {
          if (!['Z1', 'Z2'].includes((r.ACCOM ?? '').toUpperCase())) return false;
          return ofChild(header, r.CHILD).some(({ row: h }) => {
            const dob = date(h.DOB);
            if (!dob) return false;
            const seventeenth = addYears(dob, 17);
            return seventeenth >= data.collectionStart && seventeenth <= data.collectionEnd;
          });
        }),
      ],
    ]);
  },
});
