import { REASON_FOR_CLOSURE, isCode } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

/** A reason for closure, where present, that is not in the code set (RC1-RC9). */
export const rule8640 = defineCinRule({
  code: '8640',
  message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(episodes, (r) => {
          const reason = cellE(r, 'ReasonForClosure');
          return reason !== '' && !isCode(REASON_FOR_CLOSURE, reason);
        }),
      ],
    ]);
  },
});
