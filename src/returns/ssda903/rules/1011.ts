import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, filled } from './helpers-a.ts';

/**
 * A child whose latest episode (by DECOM) ended with REC E3 (care transferred to another LA) must have no
 * care leaver information (IN_TOUCH, ACTIV, ACCOM) in OC3. Episodes with a blank CHILD are not checked, as
 * the reference's grouping by CHILD leaves them out.
 *
 * A deliberate difference: the reference validator (pandas 1.5) stops with an error, and so reports
 * nothing for this rule, when a child in Episodes has no valid DECOM (groupby idxmax of only missing
 * dates); here that child simply has no latest episode.
 */
export const rule1011 = defineRule({
  code: '1011',
  message:
    'This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.',
  type: 'error',
  tables: ['Episodes', 'OC3'],
  validate(data) {
    const latest = new Map<string, { start: string; rec: string }>();
    for (const r of table(data, 'Episodes')!) {
      const start = date(r.DECOM);
      // The reference finds the latest episode with pandas' groupby, which leaves out a blank CHILD.
      if (!start || blank(r.CHILD)) continue;
      const seen = latest.get(r.CHILD ?? '');
      if (!seen || start > seen.start) latest.set(r.CHILD ?? '', { start, rec: r.REC ?? '' });
    }
    return failures([
      [
        'OC3',
        rowsWhere(
          table(data, 'OC3')!,
          (r) =>
            latest.get(r.CHILD ?? '')?.rec === 'E3' &&
            (filled(r.IN_TOUCH) || filled(r.ACTIV) || filled(r.ACCOM)),
        ),
      ],
    ]);
  },
});
