import { date, defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';

/**
 * A valid DATE_PLACED must be on or after the child's DOB in Header. As in the reference validator, a
 * DATE_PLACED also fails when the child has no Header row or no valid DOB to compare with.
 */
export const rule184 = defineRule({
  code: '184',
  message: 'Date of decision that a child should be placed for adoption is before the child was born.',
  type: 'error',
  tables: ['Header', 'PlacedAdoption'],
  validate(data) {
    const header = table(data, 'Header')!;
    return failures([
      [
        'PlacedAdoption',
        rowsWhere(table(data, 'PlacedAdoption')!, (p) => {
          const placed = date(p.DATE_PLACED);
          if (!placed) return false;
          const dobs = ofChild(header, p.CHILD).map(({ row: h }) => date(h.DOB));
          if (dobs.length === 0) return true;
          return dobs.some((dob) => dob === null || placed < dob);
        }),
      ],
    ]);
  },
});
