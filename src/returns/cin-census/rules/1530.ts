import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

const ranges: readonly [number, number][] = [
  [1, 5],
  [201, 213],
  [301, 320],
  [330, 336],
  [340, 344],
  [350, 359],
  [370, 373],
  [380, 384],
  [390, 394],
  [420, 420],
  [660, 681],
  [701, 708],
  [800, 803],
  [805, 808],
  [810, 813],
  [815, 816],
  [820, 823],
  [825, 826],
  [830, 831],
  [835, 841],
  [845, 846],
  [850, 852],
  [855, 857],
  [860, 861],
  [865, 896],
  [908, 909],
  [916, 916],
  [919, 919],
  [921, 921],
  [925, 926],
  [928, 929],
  [931, 931],
  [933, 933],
  [935, 938],
  [940, 943],
];

/** Post-April-1998 LA codes and pseudo-LA codes that may open a UPN (characters 2-4), as the 2023/24+ list. */
export const UPN_LA_CODES_E: ReadonlySet<string> = new Set(
  ranges.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, k) => String(from + k).padStart(3, '0')),
  ),
);

/** A 13-character UPN whose characters 2-4 are not a recognised LA code. */
export const rule1530 = defineCinRule({
  code: '1530',
  message: 'UPN invalid (characters 2-4 not a recognised LA code)',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(children, (r) => {
          const upn = cellE(r, 'UPN');
          return upn.length === 13 && !UPN_LA_CODES_E.has(upn.slice(1, 4));
        }),
      ],
    ]);
  },
});
