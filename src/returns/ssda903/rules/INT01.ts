import { childInHeader } from './helpers-c.ts';

/** Every child in AD1 must be in Header. */
export const ruleINT01 = childInHeader(
  'INT01',
  'Data Integrity Check: Child in AD1 does not exist in Header.',
  'AD1',
);
