import { describe, it, expect } from 'vitest';
import {
  ACCOM,
  ACTIV,
  ASSESSMENT_FACTORS,
  ASSESSMENT_FACTORS_WITHDRAWN,
  CATEGORY_OF_ABUSE,
  CATEGORY_OF_NEED,
  CODE_LISTS,
  DISABILITY,
  ETHNICITY,
  FOSTER_CARE,
  GENDER_CURRENT_LEGACY,
  IN_TOUCH,
  LS,
  LS_ADOPTR,
  MISSING,
  NB_ADOPTR,
  PLACE,
  PLACE_PROVIDER,
  PREV_PERM,
  PRIMARY_NEED,
  REASON_FOR_CLOSURE,
  REASON_PLACE_CHANGE,
  REASON_PLACED_CEASED,
  REC,
  REFERRAL_SOURCE,
  REVIEW_CODE,
  RNE,
  SDQ_REASON,
  SEX,
  SEX_ADOPTR,
  SW_REASON,
  UPN_UNKNOWN,
  describeCode,
  isCode,
} from './codes.ts';
import type { CodeList, CodeOf } from './codes.ts';

const expectedSizes: [CodeList, number][] = [
  [SEX, 3],
  [GENDER_CURRENT_LEGACY, 4],
  [ETHNICITY, 20],
  [DISABILITY, 13],
  [UPN_UNKNOWN, 7],
  [REFERRAL_SOURCE, 22],
  [PRIMARY_NEED, 10],
  [REASON_FOR_CLOSURE, 9],
  [ASSESSMENT_FACTORS, 42],
  [ASSESSMENT_FACTORS_WITHDRAWN, 2],
  [CATEGORY_OF_ABUSE, 5],
  [RNE, 6],
  [LS, 13],
  [CATEGORY_OF_NEED, 8],
  [PLACE, 29],
  [PLACE_PROVIDER, 6],
  [REC, 22],
  [REASON_PLACE_CHANGE, 12],
  [REVIEW_CODE, 8],
  [MISSING, 2],
  [SDQ_REASON, 5],
  [IN_TOUCH, 6],
  [ACTIV, 12],
  [ACCOM, 31],
  [FOSTER_CARE, 2],
  [NB_ADOPTR, 2],
  [SEX_ADOPTR, 5],
  [LS_ADOPTR, 6],
  [REASON_PLACED_CEASED, 4],
  [PREV_PERM, 5],
  [SW_REASON, 10],
];

describe('code lists', () => {
  it.each(expectedSizes.map(([list, size]) => [list.id, list, size] as const))(
    '%s has the expected number of codes, no duplicates, and a description for each',
    (_id, list, size) => {
      expect(list.codes).toHaveLength(size);
      expect(new Set(list.codes).size).toBe(size);
      expect(list.descriptions.size).toBe(size);
      expect(list.entries.map(([code]) => code)).toEqual(list.codes);
      for (const [, description] of list.entries) expect(description.trim()).not.toBe('');
    },
  );

  it('are all checked here, with unique ids', () => {
    expect(CODE_LISTS).toHaveLength(expectedSizes.length);
    expect(new Set(CODE_LISTS.map((list) => list.id)).size).toBe(CODE_LISTS.length);
  });

  it('keep the specification’s order, not JavaScript’s key order', () => {
    expect(REFERRAL_SOURCE.codes.slice(0, 5)).toEqual(['1A', '1B', '1C', '1D', '2A']);
    expect(REFERRAL_SOURCE.codes.at(-1)).toBe('10');
    expect(ACTIV.codes.at(-1)).toBe('0');
    expect(PRIMARY_NEED.codes.at(-1)).toBe('N0');
  });

  it('match the schema where it is known', () => {
    expect(PRIMARY_NEED.codes).toEqual(['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N0']);
    expect(CATEGORY_OF_ABUSE.codes).toEqual(['NEG', 'PHY', 'SAB', 'EMO', 'MUL']);
    expect(ASSESSMENT_FACTORS.codes).not.toContain('18A');
    expect(ASSESSMENT_FACTORS.codes).not.toContain('19A');
    expect(PLACE.codes).not.toContain('H5');
    expect(PLACE.codes).not.toContain('P2');
    expect(PLACE.codes).not.toContain('Z1');
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(SEX)).toBe(true);
    expect(Object.isFrozen(SEX.codes)).toBe(true);
  });
});

describe('isCode and describeCode', () => {
  it('recognise codes exactly', () => {
    expect(isCode(SEX, 'M')).toBe(true);
    expect(isCode(SEX, 'm')).toBe(false);
    expect(isCode(SEX, '1')).toBe(false);
    expect(isCode(REFERRAL_SOURCE, '10')).toBe(true);
    expect(isCode(REFERRAL_SOURCE, 10)).toBe(false);
    expect(isCode(REC, 'E4A')).toBe(true);
    expect(isCode(REC, 'E4')).toBe(false);
    expect(isCode(PLACE, 'Z14')).toBe(true);
    expect(isCode(ETHNICITY, 'toString')).toBe(false);
    expect(isCode(ETHNICITY, undefined)).toBe(false);
  });

  it('narrow the type', () => {
    const value: unknown = 'NEG';
    if (isCode(CATEGORY_OF_ABUSE, value)) {
      const category: CodeOf<typeof CATEGORY_OF_ABUSE> = value;
      expect(category).toBe('NEG');
    } else {
      expect.unreachable();
    }
  });

  it('describe codes', () => {
    expect(describeCode(ETHNICITY, 'WROM')).toBe('Gypsy/Roma');
    expect(describeCode(REASON_FOR_CLOSURE, 'RC8')).toBe('Case closed after assessment, no further action');
    expect(describeCode(SEX, 'X')).toBeUndefined();
  });
});
