import crypto from 'node:crypto';
import { audit } from '../../access/audit.ts';
import type { Actor, Trx } from '../../db/database.ts';

/** The team Hearth puts the social workers it first meets in an SSDA903 return in, until they are moved. */
export const IMPORTED_WORKERS_TEAM = 'Social workers from the SSDA903 return';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A social worker as SWEpisodes names them: SW_ID, and the first day the files allocate them a child. */
export interface NamedWorker {
  swId: string;
  from: string;
}

/** The workers of the SW_IDs, and what was made for the ones Hearth did not know. */
export interface Workers {
  byId: Map<string, { workerId: string; teamId: string }>;
  /** The SW_IDs of workers made by this import, each with a disabled account without a password. */
  made: string[];
}

/** A username for a worker Hearth did not know: the authority, `sw` and the SW_ID's letters and digits. */
function usernameFor(laCode: string, swId: string): string {
  const letters = swId.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return `${laCode}-sw-${letters}`.slice(0, 100);
}

/**
 * Finds the authority's worker for each SW_ID, as the SSDA903 exporter writes SW_ID: the worker's Social
 * Work England number, or, for a worker without one, the worker's id. A worker Hearth does not know is made
 * with the SW_ID as their SWE number and name, in the team IMPORTED_WORKERS_TEAM (made if missing), from
 * the first day the files allocate them a child, with a user account that is disabled and has no password
 * (an administrator enables it once the account is theirs). Each account made is audited.
 */
export async function findOrMakeWorkers(trx: Trx, actor: Actor, named: NamedWorker[]): Promise<Workers> {
  const byId = new Map<string, { workerId: string; teamId: string }>();
  const made: string[] = [];
  if (named.length === 0) return { byId, made };
  const swIds = named.map((n) => n.swId);
  const uuids = swIds.filter((id) => UUID.test(id));
  const known = await trx
    .selectFrom('worker')
    .select(['id', 'team_id', 'swe_number'])
    .where('voided_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('swe_number', 'in', swIds),
        ...(uuids.length > 0 ? [eb.and([eb('swe_number', 'is', null), eb('id', 'in', uuids)])] : []),
      ]),
    )
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  for (const w of known) {
    const swId = w.swe_number ?? w.id;
    if (!byId.has(swId)) byId.set(swId, { workerId: w.id, teamId: w.team_id });
  }

  const unknown = named.filter((n) => !byId.has(n.swId));
  if (unknown.length === 0) return { byId, made };
  const teamId = await importedWorkersTeam(trx, actor.laCode);
  for (const { swId, from } of unknown) {
    const userId = await makeDisabledUser(trx, actor, swId);
    const workerId = crypto.randomUUID();
    await trx
      .insertInto('worker')
      .values({
        la_code: actor.laCode,
        id: workerId,
        name: `Social worker ${swId}`,
        swe_number: swId,
        team_id: teamId,
        start_date: from,
        user_id: userId,
        recorded_by: actor.userId,
      })
      .execute();
    byId.set(swId, { workerId, teamId });
    made.push(swId);
  }
  return { byId, made };
}

async function importedWorkersTeam(trx: Trx, laCode: string): Promise<string> {
  const team = await trx
    .selectFrom('team')
    .select('id')
    .where('name', '=', IMPORTED_WORKERS_TEAM)
    .executeTakeFirst();
  if (team) return team.id;
  const id = crypto.randomUUID();
  await trx
    .insertInto('team')
    .values({ la_code: laCode, id, name: IMPORTED_WORKERS_TEAM, team_type: 'children_in_care' })
    .execute();
  return id;
}

/** A practitioner's account in the authority, disabled and without a password, for a worker first met here. */
async function makeDisabledUser(trx: Trx, actor: Actor, swId: string): Promise<string> {
  const base = usernameFor(actor.laCode, swId);
  let username = base;
  for (let n = 2; ; n++) {
    const taken = await trx
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    if (!taken) break;
    username = `${base.slice(0, 95)}-${n}`;
  }
  const { id } = await trx
    .insertInto('app_user')
    .values({ username, display_name: `Social worker ${swId}`, password_hash: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', id).execute();
  await trx
    .insertInto('user_role')
    .values({ la_code: actor.laCode, user_id: id, role: 'practitioner' })
    .execute();
  await audit(trx, {
    laCode: actor.laCode,
    userId: actor.userId,
    action: 'user_added',
    subjectType: 'user',
    subjectId: id,
    detail: {
      username,
      roles: ['practitioner'],
      signIn: 'none',
      disabled: true,
      from: 'SSDA903 SWEpisodes',
      swId,
    },
  });
  return id;
}
