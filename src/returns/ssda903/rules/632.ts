import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { addYearsClipped, earliest, filled } from './helpers-c.ts';

/**
 * DATE_PERM as the reference validator reads it: DD/MM/YYYY where the day or month may be ZZ (unknown) and
 * the year ZZZZ. Unknown parts take the latest possible value: ZZ day goes to the month's last day; a ZZ
 * month (with any day) goes to the day before the same day a year on; ZZZZ is read as 2000. Null when not a
 * date.
 */
export function permDate(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  const parts = cell.split('/');
  if (parts.length !== 3) return null;
  let [d, m, y] = parts as [string, string, string];
  let shift: 'month' | 'year' | null = null;
  if (d === 'ZZ') {
    d = '01';
    shift = 'month';
  }
  if (m === 'ZZ') {
    m = '01';
    shift = 'year';
  }
  if (y === 'ZZ') return null;
  if (y === 'ZZZZ') y = '2000';
  // Read as pandas reads DD/MM/YYYY (rule.ts date): a day of one digit after a space (' 1') is a day.
  const iso = date(`${d}/${m}/${y}`);
  if (iso === null) return null;
  if (shift === 'month') {
    const [yy, mm] = iso.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
    return `${iso.slice(0, 8)}${String(last).padStart(2, '0')}`;
  }
  if (shift === 'year') {
    const next = new Date(`${addYearsClipped(iso, 1)}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() - 1);
    return next.toISOString().slice(0, 10);
  }
  return iso;
}

/**
 * The date of the previous permanence order (DATE_PERM) must be a valid date (ZZ allowed for unknown parts)
 * and before the start of the child's first episode (earliest DECOM). Only children with an episode are
 * checked; flags that episode and the PrevPerm row.
 */
export const rule632 = defineRule({
  code: '632',
  message:
    'Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year',
  type: 'error',
  tables: ['Episodes', 'PrevPerm'],
  validate(data) {
    const prev = byChild(table(data, 'PrevPerm')!);
    const eps: number[] = [];
    const perms: number[] = [];
    byChild(table(data, 'Episodes')!).forEach((rows, child) => {
      // The reference drops episodes with a blank CHILD before finding each child's first.
      if (child === '') return;
      const first = earliest(rows, 'DECOM');
      if (!first) return;
      const decom = date(first.row.DECOM)!;
      for (const p of prev.get(child) ?? []) {
        const when = permDate(p.row.DATE_PERM);
        if ((when !== null && when >= decom) || (filled(p.row.DATE_PERM) && when === null)) {
          eps.push(first.index);
          perms.push(p.index);
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['PrevPerm', perms],
    ]);
  },
});
