import { codeListRule } from './helpers-a.ts';

/** ETHNIC must be one of the 20 codes; blank fails. */
export const rule103 = codeListRule({
  code: '103',
  message: 'The ethnicity code is either not valid or has not been entered.',
  table: 'Header',
  column: 'ETHNIC',
  // prettier-ignore
  codes: ['WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT'],
  blankFails: true,
});
