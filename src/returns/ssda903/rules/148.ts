import { allOrNoneRule } from './helpers-a.ts';

/** DEC and REC must both be given or both blank. */
export const rule148 = allOrNoneRule({
  code: '148',
  message: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
  table: 'Episodes',
  columns: ['DEC', 'REC'],
});
