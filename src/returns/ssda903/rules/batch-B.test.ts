import { describe, expect, it } from 'vitest';
import { validateSsda903 } from '../validate.ts';
import type { Row } from '../spec.ts';
import { TABLES_2025 } from '../spec.ts';
import { BATCH_B } from './batch-B.ts';
import { dataB } from './helpers-b.ts';

const blankRow = (columns: readonly string[], child: string): Row =>
  Object.fromEntries(columns.map((c) => [c, c === 'CHILD' ? child : '']));

describe('batch B', () => {
  it('has each code once', () => {
    const codes = BATCH_B.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('runs every rule over empty tables and over rows of blank cells without throwing', () => {
    const tables = Object.fromEntries(Object.keys(TABLES_2025).map((t) => [t, []]));
    expect(validateSsda903(dataB(tables, tables), BATCH_B)).toEqual([]);
    const blank = Object.fromEntries(
      Object.entries(TABLES_2025).map(([t, cols]) => [t, [blankRow(cols, 'x'), blankRow(cols, 'x')]]),
    );
    expect(() => validateSsda903(dataB(blank, blank), BATCH_B)).not.toThrow();
  });

  it('passes a plain child looked after all year', () => {
    const Header = [
      {
        CHILD: 'a',
        SEX: 'M',
        DOB: '01/05/2012',
        ETHNIC: 'WBRI',
        UPN: 'A123456789012',
        MOTHER: '',
        MC_DOB: '',
      },
    ];
    const Episodes = [
      {
        CHILD: 'a',
        DECOM: '01/01/2024',
        RNE: 'S',
        LS: 'C2',
        CIN: 'N1',
        PLACE: 'U4',
        PLACE_PROVIDER: 'PR1',
        DEC: '',
        REC: '',
        REASON_PLACE_CHANGE: '',
        HOME_POST: 'AB1 2CD',
        PL_POST: 'AB3 4EF',
        URN: '',
      },
    ];
    const last = [{ ...Episodes[0]! }];
    const OC2 = [
      {
        CHILD: 'a',
        DOB: '01/05/2012',
        SDQ_SCORE: '',
        SDQ_REASON: '',
        CONVICTED: '0',
        HEALTH_CHECK: '',
        IMMUNISATIONS: '1',
        TEETH_CHECK: '1',
        HEALTH_ASSESSMENT: '1',
        SUBSTANCE_MISUSE: '0',
        INTERVENTION_RECEIVED: '',
        INTERVENTION_OFFERED: '',
      },
    ];
    expect(validateSsda903(dataB({ Header, Episodes, OC2 }, { Episodes: last }), BATCH_B)).toEqual([]);
  });
});
