import { byChild, date, defineRule, failures, table } from '../rule.ts';

/** A number as pandas to_numeric reads it, or NaN. */
function numeric(cell: string | undefined): number {
  const text = (cell ?? '').trim();
  return text === '' ? NaN : Number(text);
}

/**
 * A child recorded as a mother this year (MOTHER 1) but not last year (MOTHER 0) cannot have had her first
 * child (MC_DOB) before the collection year.
 */
export const rule626 = defineRule({
  code: '626',
  message:
    'Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.',
  type: 'error',
  tables: ['Header', 'Header_last'],
  validate(data) {
    const last = byChild(table(data, 'Header_last')!);
    const failed: number[] = [];
    table(data, 'Header')!.forEach((h, i) => {
      const born = date(h.MC_DOB);
      if (born === null || numeric(h.MOTHER) !== 1 || born >= data.collectionStart) return;
      if ((last.get(h.CHILD ?? '') ?? []).some((l) => numeric(l.row.MOTHER) === 0)) failed.push(i);
    });
    return failures([['Header', failed]]);
  },
});
