import { date, defineRule, failures, ofChild, table } from '../rule.ts';
import { blank, filled } from './helpers-a.ts';

/**
 * Mother status, checked for children with episodes other than V3/V4 short breaks: MOTHER, when given,
 * must be 0 or 1 and a male child must have none; a female child with an episode in the year (an open
 * episode runs to the collection end) must have one; and a female child with a MOTHER value but no
 * episode in the year must have no care leaver data. The Header row and the child's OC3 row fail. MOTHER
 * is compared as given, as the reference does: ' 1' is not 1, and a cell of spaces is a value (not 0 or 1).
 *
 * The reference validator still compares SEX with the pre-2024 codes 1 (male) and 2 (female), so on
 * 2025/26 data (M/F) it only flags MOTHER values other than 0 or 1. This implementation applies the
 * rule as written, reading M (or 1) as male and F (or 2) as female.
 */
export const rule165 = defineRule({
  code: '165',
  message: 'Data entry for mother status is invalid.',
  type: 'error',
  tables: ['Header', 'Episodes', 'OC3'],
  validate(data) {
    const { collectionStart: start, collectionEnd: end } = data;
    const children = new Map<string, boolean>();
    for (const e of table(data, 'Episodes')!) {
      if (['V3', 'V4'].includes((e.LS ?? '').toUpperCase())) continue;
      const decom = date(e.DECOM);
      const dec = date(e.DEC) ?? end;
      const inYear = decom !== null && dec >= start && decom <= end;
      const child = e.CHILD ?? '';
      children.set(child, (children.get(child) ?? false) || inYear);
    }
    const oc3 = table(data, 'OC3')!;
    const leaver = (child: string) =>
      ofChild(oc3, child).some(({ row: r }) => filled(r.IN_TOUCH) || filled(r.ACTIV) || filled(r.ACCOM));
    const headerRows: number[] = [];
    const failedChildren = new Set<string>();
    table(data, 'Header')!.forEach((h, index) => {
      const child = h.CHILD ?? '';
      if (!children.has(child)) return;
      const inYear = children.get(child)!;
      const mother = h.MOTHER ?? '';
      const male = h.SEX === 'M' || h.SEX === '1';
      const female = h.SEX === 'F' || h.SEX === '2';
      const bad =
        (mother !== '' && !['0', '1'].includes(mother)) ||
        (mother !== '' && male) ||
        (blank(h.MOTHER) && female && inYear) ||
        (mother !== '' && female && !inYear && leaver(child));
      if (bad) {
        headerRows.push(index);
        failedChildren.add(child);
      }
    });
    const oc3Rows: number[] = [];
    oc3.forEach((r, index) => {
      if (failedChildren.has(r.CHILD ?? '')) oc3Rows.push(index);
    });
    return failures([
      ['Header', headerRows],
      ['OC3', oc3Rows],
    ]);
  },
});
