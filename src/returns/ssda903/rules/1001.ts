import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears, childSet, days } from './helpers-a.ts';
import type { Row } from '../spec.ts';

/**
 * Care leavers (OC3) must be relevant or former relevant children: over this year's and last year's
 * episodes (duplicates by CHILD and DECOM dropped, keeping the one with a DEC; the latest open episode runs
 * to the collection end; V3/V4 short breaks ignored) the child must have been looked after at least 91 days
 * since their 14th birthday and at least 1 day since their 16th, and their latest episode must not have
 * ended in adoption (E11/E12). Children 20 or over at the collection end, or with no valid DOB in Header,
 * count as having no care. Skipped when any of the four tables is empty.
 *
 * Reported as a query, not an error: the DfE checks this against every earlier year it holds, but from files
 * it can only see this year's and last year's episodes, and its own note says so ("may generate false
 * positives"). Every care leaver who left care before last year's collection (most of those aged 20 or 21)
 * is listed, as they are for every authority using the reference tool; the authority checks the list.
 *
 * Deliberate differences, where the reference validator's code departs from the DfE rule by accident: it
 * joins this year's and last year's episodes keeping each file's row numbers, so the two files share them,
 * and then picks rows by row number. Dropping the V3/V4 short breaks drops every episode with the same row
 * number in the other file too (another child's care then counts for nothing); the open latest episodes
 * it runs to the collection end include any open episode with the row number of some child's latest; and
 * the latest episodes it checks for adoption (E11/E12) include every episode with such a row number. Here
 * each episode is taken for itself: only short breaks are left out, only a child's own latest open
 * episode runs to the collection end, and only a child's own latest episode tells whether they were adopted.
 * A child with two Header rows counts their care once here; the reference counts it once a row. And the
 * reference (pandas 1.5) stops with an error, reporting nothing, when a child has episodes but no valid
 * DECOM (groupby idxmax of only missing dates); here that child's episodes are counted as they are.
 */
export const rule1001 = defineRule({
  code: '1001',
  message:
    "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
  type: 'query',
  tables: ['Episodes', 'OC3', 'Header', 'Episodes_last'],
  validate(data) {
    const current = table(data, 'Episodes')!;
    const last = table(data, 'Episodes_last')!;
    const oc3 = table(data, 'OC3')!;
    const header = table(data, 'Header')!;
    if ([current, last, oc3, header].some((t) => t.length === 0)) return {};
    const end = data.collectionEnd;

    interface Ep {
      child: string;
      start: string | null;
      end: string | null;
      ls: string;
      rec: string;
    }
    // As the reference validator does, nothing is flagged when no child in Header under 20 at the end of the
    // year has any care (short breaks aside) in the two years; beyond that, only care leavers' care counts.
    const young = new Set<string>();
    for (const h of header) {
      const dob = date(h.DOB);
      if (dob && addYears(dob, 20) > end) young.add(h.CHILD ?? '');
    }
    const caredFor = (r: Row) =>
      young.has(r.CHILD ?? '') && !['V3', 'V4'].includes((r.LS ?? '').toUpperCase());
    if (!current.some(caredFor) && !last.some(caredFor)) return {};
    const leavers = childSet(oc3);
    const all: Ep[] = [...current, ...last]
      .filter((r) => leavers.has(r.CHILD ?? ''))
      .map((r) => ({
        child: r.CHILD ?? '',
        start: date(r.DECOM),
        end: date(r.DEC),
        ls: (r.LS ?? '').toUpperCase(),
        rec: (r.REC ?? '').toUpperCase(),
      }));
    // Keep one episode per child and start: the one with an end date first (ended before open).
    const withEndFirst = [...all].sort((a, b) =>
      a.end === b.end ? 0 : a.end === null ? 1 : b.end === null ? -1 : a.end < b.end ? -1 : 1,
    );
    const seen = new Set<string>();
    const episodes = withEndFirst.filter((e) => {
      const key = `${e.child}\u0000${e.start ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // Latest episode per child by DECOM.
    const latest = new Map<string, Ep>();
    for (const e of episodes) {
      if (!e.start) continue;
      const l = latest.get(e.child);
      if (!l || e.start > l.start!) latest.set(e.child, e);
    }
    const dobs = new Map<string, string>();
    for (const h of header) {
      if (!leavers.has(h.CHILD ?? '')) continue;
      const dob = date(h.DOB);
      if (dob && addYears(dob, 20) > end) dobs.set(h.CHILD ?? '', dob);
    }
    const totals = new Map<string, { t14: number; t16: number }>();
    for (const e of episodes) {
      const dob = dobs.get(e.child);
      if (!dob || e.ls === 'V3' || e.ls === 'V4') continue;
      const stop = e.end ?? (latest.get(e.child) === e ? end : null);
      const t = totals.get(e.child) ?? { t14: 0, t16: 0 };
      if (stop) {
        const from14 = e.start && e.start > addYears(dob, 14) ? e.start : addYears(dob, 14);
        const from16 = e.start && e.start > addYears(dob, 16) ? e.start : addYears(dob, 16);
        t.t14 += Math.max(0, days(from14, stop));
        t.t16 += Math.max(0, days(from16, stop));
      }
      totals.set(e.child, t);
    }
    return failures([
      [
        'OC3',
        rowsWhere(oc3, (r) => {
          const child = r.CHILD ?? '';
          const t = totals.get(child);
          const relevant = t !== undefined && t.t14 >= 91 && t.t16 >= 1;
          const adopted = ['E11', 'E12'].includes(latest.get(child)?.rec ?? '');
          return adopted || !relevant;
        }),
      ],
    ]);
  },
});
