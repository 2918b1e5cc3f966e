import { codeListRule } from './helpers-a.ts';

/** OC3 ACTIV must be one of its codes; blank fails. */
export const rule132 = codeListRule({
  code: '132',
  message: 'Data entry for activity after leaving care is invalid.',
  table: 'OC3',
  column: 'ACTIV',
  codes: ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'],
  blankFails: true,
});
