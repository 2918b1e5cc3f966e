import { isCode, CATEGORY_OF_ABUSE } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/** Each child protection plan's latest category of abuse must be present and a valid code. */
export const rule8910 = defineCinRule({
  code: '8910',
  message:
    'Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    return cinFailures([
      [
        'ChildProtectionPlans',
        rowsWhereCin(
          cinTable(data, 'ChildProtectionPlans'),
          (r) => !isCode(CATEGORY_OF_ABUSE, (r.LatestCategoryOfAbuse ?? '').trim()),
        ),
      ],
    ]);
  },
});
