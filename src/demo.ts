import { inAuthority, type Db } from './db/database.ts';
import { hashPassword } from './access/passwords.ts';
import type { Role } from './access/roles.ts';

/** The demo authority a newcomer explores; 999 is not a DfE code of any real authority. */
export const DEMO_AUTHORITY = { laCode: '999', name: 'Hearthshire County Council (demo)' } as const;

/** Shown on the sign-in page in demo mode and in the README. Never used outside demo mode. */
export const DEMO_PASSWORD = 'hearth-demo-2026';

export const DEMO_USERS: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'practitioner', displayName: 'Priya Shah', role: 'practitioner' },
  { username: 'manager', displayName: 'Tom Barker', role: 'team_manager' },
  { username: 'head', displayName: 'Helen Okafor', role: 'head_of_service' },
  { username: 'analyst', displayName: 'Sam Reid', role: 'performance_analyst' },
  { username: 'admin', displayName: 'Alex Morgan', role: 'administrator' },
];

/**
 * Creates the demo authority and its users if they are not there yet. Runs as the schema owner, since the
 * application role cannot create users. Safe to run on every start.
 */
export async function ensureDemoAuthority(ownerDb: Db): Promise<void> {
  await ownerDb
    .insertInto('local_authority')
    .values({ la_code: DEMO_AUTHORITY.laCode, name: DEMO_AUTHORITY.name })
    .onConflict((oc) => oc.column('la_code').doNothing())
    .execute();
  const existing = new Set(
    (await ownerDb.selectFrom('app_user').select('username').execute()).map((u) => u.username),
  );
  const missing = DEMO_USERS.filter((u) => !existing.has(u.username));
  if (missing.length > 0) await addDemoUsers(ownerDb, missing);
  await ensureDemoTeams(ownerDb);
}

async function addDemoUsers(ownerDb: Db, missing: typeof DEMO_USERS): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await ownerDb.transaction().execute(async (trx) => {
    for (const user of missing) {
      const { id } = await trx
        .insertInto('app_user')
        .values({ username: user.username, display_name: user.displayName, password_hash: hash })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('user_role')
        .values({ la_code: DEMO_AUTHORITY.laCode, user_id: id, role: user.role })
        .execute();
    }
  });
}

/** The demo users' teams and worker records, so the practitioner has a task list and the manager a team. */
async function ensureDemoTeams(ownerDb: Db): Promise<void> {
  const users = new Map(
    (await ownerDb.selectFrom('app_user').select(['id', 'username']).execute()).map((u) => [
      u.username,
      u.id,
    ]),
  );
  const manager = users.get('manager') ?? null;
  await inAuthority(ownerDb, { laCode: DEMO_AUTHORITY.laCode, userId: manager ?? '' }, async (trx) => {
    const existing = await trx.selectFrom('team').select('id').executeTakeFirst();
    if (existing) return;
    const team = await trx
      .insertInto('team')
      .values({
        la_code: DEMO_AUTHORITY.laCode,
        name: "Children's Safeguarding Team 1",
        team_type: 'children',
        caseload_target: '20',
        manager_user_id: manager,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('team')
      .values({
        la_code: DEMO_AUTHORITY.laCode,
        name: 'Assessment Team 1',
        team_type: 'assessment',
        caseload_target: '25',
      })
      .execute();
    await trx
      .insertInto('worker')
      .values([
        {
          la_code: DEMO_AUTHORITY.laCode,
          name: 'Priya Shah',
          job_title: 'Social worker',
          team_id: team.id,
          fte: '1',
          start_date: '2020-09-01',
          user_id: users.get('practitioner') ?? null,
        },
        {
          la_code: DEMO_AUTHORITY.laCode,
          name: 'Jordan Lee',
          job_title: 'Social worker',
          team_id: team.id,
          fte: '0.8',
          agency: true,
          start_date: '2024-01-08',
        },
        {
          la_code: DEMO_AUTHORITY.laCode,
          name: 'Tom Barker',
          job_title: 'Team manager',
          team_id: team.id,
          fte: '1',
          case_holding: false,
          start_date: '2018-04-03',
          user_id: manager,
        },
      ])
      .execute();
  });
}
