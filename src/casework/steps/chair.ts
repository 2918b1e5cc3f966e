import { sql } from 'kysely';
import type { Trx } from '../../db/database.ts';
import type { Field, Options } from '../fields.ts';

/** Who chaired a conference or review: the IRO / CP chair then sees the child (migration 0007). */
export const CHAIR_FIELD: Field = {
  id: 'chair_user_id',
  label: 'Chaired by',
  hint: 'The independent reviewing officer or child protection chair',
  kind: 'select',
  options: [],
  optional: true,
};

/** The authority's IROs and CP chairs, for the chair field. */
export async function chairOptions(trx: Trx): Promise<Record<string, Options>> {
  const chairs = await trx
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.display_name'])
    .where('r.la_code', '=', sql<string>`current_la_code()`)
    .where('r.role', '=', 'iro')
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
  return { chair_user_id: chairs.map((c) => [c.id, c.display_name] as const) };
}
