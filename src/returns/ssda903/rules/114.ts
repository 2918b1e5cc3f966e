import { codeListRule } from './helpers-a.ts';

/** AD1 FOSTER_CARE, when given, must be 0 or 1. */
export const rule114 = codeListRule({
  code: '114',
  message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.',
  table: 'AD1',
  column: 'FOSTER_CARE',
  codes: ['0', '1'],
  blankFails: false,
});
