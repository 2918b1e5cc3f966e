import { describe, expect, it } from 'vitest';
import { validateSsda903 } from '../validate.ts';
import type { Row, Ssda903Data } from '../spec.ts';
import { rule101 } from './101.ts';
import { rule1003 } from './1003.ts';

function data(tables: Ssda903Data['tables']): Ssda903Data {
  return { year: 2025, laCode: '999', collectionStart: '2025-04-01', collectionEnd: '2026-03-31', tables };
}
const header = (child: string, sex: string): Row => ({
  CHILD: child,
  SEX: sex,
  DOB: '01/01/2015',
  ETHNIC: 'WBRI',
  UPN: '',
  MOTHER: '',
  MC_DOB: '',
});

describe('101', () => {
  it('passes M, F and U and fails anything else, including the old 1 and 2', () => {
    expect(
      rule101.validate(data({ Header: [header('a', 'M'), header('b', 'F'), header('c', 'U')] })),
    ).toEqual({});
    expect(rule101.validate(data({ Header: [header('a', 'M'), header('b', '1'), header('c', '')] }))).toEqual(
      { Header: [1, 2] },
    );
  });
});

describe('1003', () => {
  it('fails a decision to place for adoption dated before the child first became looked after', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '15/05/2025', RNE: 'P' },
      { CHILD: 'a', DECOM: '01/04/2025', RNE: 'S' },
      { CHILD: 'b', DECOM: '29/02/2024', RNE: 'S' },
    ];
    const placed = [
      { CHILD: 'a', DATE_PLACED: '31/03/2025' },
      { CHILD: 'a', DATE_PLACED: '01/04/2025' },
      { CHILD: 'b', DATE_PLACED: '29/02/2024' },
      { CHILD: 'c', DATE_PLACED: '01/01/2020' },
    ];
    // The decision and the episode its date is compared with both fail, as the DfE's list names both tables.
    expect(rule1003.validate(data({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [1],
      PlacedAdoption: [0],
    });
  });
});

describe('running rules', () => {
  it('reports each failure with code, table, child, row and the DfE message, and skips rules whose tables are absent', () => {
    expect(validateSsda903(data({ Header: [header('x1', '2')] }), [rule101, rule1003])).toEqual([
      {
        code: '101',
        type: 'error',
        table: 'Header',
        child: 'x1',
        row: 0,
        message: 'The child or young person’s reported sex is not valid.',
      },
    ]);
  });
});
