import { defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';
import { uascFlag } from './helpers-a.ts';

/** A child UASC this year (Header flag 1) who was in last year's Header must have been UASC there too. */
export const rule205D = defineRule({
  code: '205D',
  message:
    'Child identified as UASC this year but not identified as UASC status provided for the child last year.',
  type: 'error',
  tables: ['UASC', 'UASC_last', 'Header', 'Header_last'],
  validate(data) {
    const headerLast = table(data, 'Header_last')!;
    return failures([
      [
        'Header',
        rowsWhere(
          table(data, 'Header')!,
          (h) =>
            uascFlag(data, h, false) === '1' &&
            ofChild(headerLast, h.CHILD).some((l) => uascFlag(data, l, true) !== '1'),
        ),
      ],
    ]);
  },
});
