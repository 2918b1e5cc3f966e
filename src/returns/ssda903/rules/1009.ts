import { codeListRule } from './helpers-a.ts';

/** REASON_PLACE_CHANGE, when given, must be one of the 2025/26 codes (blank allowed). */
export const rule1009 = codeListRule({
  code: '1009',
  message: 'Reason for placement change is not a valid code.',
  table: 'Episodes',
  column: 'REASON_PLACE_CHANGE',
  codes: [
    'CARPL',
    'CLOSE',
    'ALLEG',
    'STAND',
    'APPRR',
    'CREQB',
    'CREQO',
    'CHILD',
    'LAREQ',
    'PLACE',
    'CUSTOD',
    'OTHER',
  ],
});
