import { childInHeader } from './helpers-c.ts';

/** Every child in PlacedAdoption must be in Header. */
export const ruleINT02 = childInHeader(
  'INT02',
  'Internal Check: Child in PlacedAdoption does not exist in Header.',
  'PlacedAdoption',
);
