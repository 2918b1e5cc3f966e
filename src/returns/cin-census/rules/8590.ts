import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/** Every child must have at least one CINdetails episode. */
export const rule8590 = defineCinRule({
  code: '8590',
  message: 'Child does not have a recorded CIN episode.',
  type: 'error',
  tables: ['ChildIdentifiers', 'CINdetails'],
  validate(data) {
    const withEpisode = new Set(cinTable(data, 'CINdetails').map((r) => r.LAchildID));
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(cinTable(data, 'ChildIdentifiers'), (r) => !withEpisode.has(r.LAchildID)),
      ],
    ]);
  },
});
