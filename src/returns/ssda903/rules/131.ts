import { codeListRule } from './helpers-a.ts';

/** OC3 IN_TOUCH must be one of its codes; blank fails. */
export const rule131 = codeListRule({
  code: '131',
  message: 'Data entry for being in touch after leaving care is invalid.',
  table: 'OC3',
  column: 'IN_TOUCH',
  codes: ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'],
  blankFails: true,
});
