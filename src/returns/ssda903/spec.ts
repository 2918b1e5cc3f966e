import type { Ssda903Reference } from './reference.ts';

/**
 * The SSDA903 return's tables and their exact CSV columns (shared/standards/README.md section 1), by
 * collection year. 2025 is the 2025/26 collection (1 April 2025 to 31 March 2026).
 */
const BASE = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: [
    'CHILD',
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PLACE',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
    'HOME_POST',
    'PL_POST',
    'URN',
  ],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  OC2: [
    'CHILD',
    'DOB',
    'SDQ_SCORE',
    'SDQ_REASON',
    'CONVICTED',
    'HEALTH_CHECK',
    'IMMUNISATIONS',
    'TEETH_CHECK',
    'HEALTH_ASSESSMENT',
    'SUBSTANCE_MISUSE',
    'INTERVENTION_RECEIVED',
    'INTERVENTION_OFFERED',
  ],
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  AD1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  PlacedAdoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  PrevPerm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  SWEpisodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
} as const;

export type TableName = keyof typeof BASE | 'DoLo';
export const TABLES_2025 = BASE;
export const TABLES_2026 = { ...BASE, DoLo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'] } as const;

/** A row as the CSV has it: every column a string, '' when blank. */
export type Row = Record<string, string>;

/** One collection's files: this year's tables, last year's where loaded (rules ending _last), and context. */
export interface Ssda903Data {
  year: number;
  laCode: string;
  /** 1 April of the collection year and 31 March after, as 'YYYY-MM-DD'. */
  collectionStart: string;
  collectionEnd: string;
  tables: Partial<Record<TableName, Row[]>>;
  last?: Partial<Record<TableName, Row[]>>;
  /** Postcode lookup, Ofsted's provider lists and the authority's own code, when given (reference.ts). */
  reference?: Ssda903Reference;
}

export function collectionDates(year: number): { collectionStart: string; collectionEnd: string } {
  return { collectionStart: `${year}-04-01`, collectionEnd: `${year + 1}-03-31` };
}
