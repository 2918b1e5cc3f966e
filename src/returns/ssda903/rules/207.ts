import { defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';
import { cell, childSet } from './helpers-a.ts';

/** A child with episodes whose MOTHER was 1 last year must still have MOTHER 1. */
export const rule207 = defineRule({
  code: '207',
  message:
    'Mother status for the current year disagrees with the mother status already recorded for this child.',
  type: 'error',
  tables: ['Episodes', 'Header', 'Header_last'],
  validate(data) {
    const last = table(data, 'Header_last')!;
    const withEpisodes = childSet(table(data, 'Episodes'));
    return failures([
      [
        'Header',
        rowsWhere(
          table(data, 'Header')!,
          (r) =>
            withEpisodes.has(r.CHILD ?? '') &&
            ofChild(last, r.CHILD).some(
              ({ row: l }) => cell(l, 'MOTHER') === '1' && cell(r, 'MOTHER') !== '1',
            ),
        ),
      ],
    ]);
  },
});
