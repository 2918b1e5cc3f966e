import { codeListRule } from './helpers-a.ts';

/** REASON_PLACED_CEASED, when given, must be RD1 to RD4. */
export const rule120 = codeListRule({
  code: '120',
  message:
    'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.',
  table: 'PlacedAdoption',
  column: 'REASON_PLACED_CEASED',
  codes: ['RD1', 'RD2', 'RD3', 'RD4'],
  blankFails: false,
});
