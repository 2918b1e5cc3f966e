import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { groupRows, keyOf } from './helpers-d.ts';

/** An episode closed RC8 or RC9 (closed after assessment) should have at least one assessment. */
export const rule8825Q = defineCinRule({
  code: '8825Q',
  message:
    'Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.',
  type: 'query',
  tables: ['CINdetails', 'Assessments'],
  validate(data) {
    const on = ['LAchildID', 'CINdetailsID'];
    const assessed = groupRows(cinTable(data, 'Assessments'), on);
    const episodes = cinTable(data, 'CINdetails');
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(
          episodes,
          (r) =>
            (r.ReasonForClosure === 'RC8' || r.ReasonForClosure === 'RC9') && !assessed.has(keyOf(r, on)),
        ),
      ],
    ]);
  },
});
