import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/web/app.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../src/demo.ts';
import { inAuthority, systemActor } from '../src/db/database.ts';
import { TestClient } from '../test/web.ts';
import { benchDatabase, percentile } from './database.ts';

const CHILDREN = 50_000;
const REQUESTS = 2_000;
const TEAM_CHILDREN = 250;

/** A demo user's client, warmed up on the child record page. */
async function signedIn(app: FastifyInstance, username: string, ids: string[]): Promise<TestClient> {
  const client = new TestClient(app);
  await client.signIn(username, DEMO_PASSWORD);
  for (let i = 0; i < 100; i++) await client.get(`/children/${ids[i % ids.length]}`);
  return client;
}

/** Server times of the child record page for random children of `ids`. */
async function pageTimes(client: TestClient, ids: string[], requests: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const id = ids[Math.floor(Math.random() * ids.length)];
    const started = performance.now();
    const response = await client.get(`/children/${id}`);
    times.push(performance.now() - started);
    if (response.statusCode !== 200) throw new Error(`child page answered ${response.statusCode}`);
  }
  return times;
}

/**
 * The child record page's server time with 50,000 children in the database, each with a contact, a
 * referral, an assessment, a CIN plan, twelve visits and tasks (about 1.2 million records in all).
 * Times Fastify's inject, so the figure is the server's work: routing, session, authorisation, the one
 * query for the record, the audit write and rendering.
 */
export async function childRecord(): Promise<void> {
  const bench = await benchDatabase();
  try {
    await ensureDemoAuthority(bench.ownerDb);
    const loaded = performance.now();
    await inAuthority(bench.ownerDb, systemActor(DEMO_AUTHORITY.laCode), async (trx) => {
      await sql`
        INSERT INTO person (la_code, la_child_id, given_name, family_name, date_of_birth, sex, ethnicity, postcode)
        SELECT '999', 'B' || lpad(n::text, 7, '0'), (ARRAY['Amira','Leo','Ruby','Noah','Isla','Jack','Maya','Zain'])[1 + n % 8],
          (ARRAY['Khan','Marsh','Stone','Patel','Jones','Okafor','Smith','Nowak','Brown'])[1 + n % 9],
          date '2008-04-01' + (n % 6200), (ARRAY['M','F'])[1 + n % 2], 'WBRI', 'CB1 1AA'
        FROM generate_series(1, ${CHILDREN}) n`.execute(trx);
      await sql`INSERT INTO contact (la_code, person_id, contact_date, source, concern, decision, decision_date)
        SELECT la_code, id, date '2024-01-01' + (hashtext(id::text) & 511), '6', 'Police notification', 'referral',
          date '2024-01-01' + (hashtext(id::text) & 511) FROM person`.execute(trx);
      await sql`INSERT INTO referral (la_code, person_id, referral_date, source, primary_need)
        SELECT la_code, person_id, contact_date, '6', 'N1' FROM contact`.execute(trx);
      await sql`INSERT INTO assessment (la_code, person_id, referral_id, start_date, authorised_date, outcome, factors)
        SELECT la_code, person_id, id, referral_date, referral_date + 30, 'cin_plan', '{3A,4A}' FROM referral`.execute(
        trx,
      );
      await sql`INSERT INTO cin_plan (la_code, person_id, referral_id, start_date)
        SELECT la_code, person_id, id, referral_date + 30 FROM referral`.execute(trx);
      await sql`INSERT INTO visit (la_code, person_id, visit_date, kind, child_seen, seen_alone)
        SELECT c.la_code, c.person_id, c.start_date + 28 * k, 'cin', true, k % 2 = 0
        FROM cin_plan c, generate_series(1, 12) k`.execute(trx);
      await sql`INSERT INTO task (la_code, person_id, rule_id, title, from_date, due_date, source_type, source_id)
        SELECT la_code, person_id, 'cin_visit', 'Visit the child', start_date + 28 * 12, start_date + 28 * 13, 'cin_plan', id
        FROM cin_plan`.execute(trx);
    });
    await sql`ANALYZE`.execute(bench.ownerDb);
    console.log(
      `loaded ${CHILDREN.toLocaleString()} children in ${((performance.now() - loaded) / 1000).toFixed(1)} s`,
    );

    const app = await buildApp({
      db: bench.db,
      config: {
        demo: true,
        trustProxy: false,
        sessionIdleMinutes: 30,
        sessionAbsoluteHours: 10,
        logLevel: 'warn',
      },
      logger: false,
    });
    const ids = (
      await inAuthority(bench.ownerDb, systemActor('999'), (trx) =>
        trx.selectFrom('person').select('id').orderBy('la_child_id').execute(),
      )
    ).map((r) => r.id);
    // The demo practitioner's team holds 250 of the children, 25 of them the practitioner's own.
    const team = await inAuthority(bench.ownerDb, systemActor('999'), async (trx) => {
      const found = await trx
        .selectFrom('worker')
        .innerJoin('app_user', 'app_user.id', 'worker.user_id')
        .select(['worker.id', 'worker.team_id'])
        .where('app_user.username', '=', 'practitioner')
        .executeTakeFirstOrThrow();
      const allocated = ids.slice(0, TEAM_CHILDREN);
      await trx
        .insertInto('allocation')
        .values(
          allocated.map((id, i) => ({
            la_code: '999',
            person_id: id,
            team_id: found.team_id,
            worker_id: i % 10 === 0 ? found.id : null,
            start_date: '2024-01-01',
          })),
        )
        .execute();
      return allocated;
    });
    await sql`ANALYZE allocation`.execute(bench.ownerDb);

    // Each variant's requests are spread over rounds, taking turns, so a machine busy with other work
    // weighs on every variant alike.
    const owner = bench.ownerDb;
    const scoped = await sql<{ table: string }>`
      SELECT tablename AS table FROM pg_policies WHERE policyname = tablename || '_scope'`.execute(owner);
    let perUserNow = true;
    const setPolicies = async (perUser: boolean) => {
      if (perUser === perUserNow) return;
      perUserNow = perUser;
      for (const { table } of scoped.rows) {
        if (perUser) {
          await sql`DROP POLICY IF EXISTS ${sql.id(`${table}_authority`)} ON ${sql.id(table)}`.execute(owner);
          await sql`SELECT hearth_scope_by_person(${table}, ${table === 'person' ? 'id' : 'person_id'})`.execute(
            owner,
          );
        } else {
          await sql`DROP POLICY IF EXISTS ${sql.id(`${table}_scope`)} ON ${sql.id(table)}`.execute(owner);
          await sql`CREATE POLICY ${sql.id(`${table}_authority`)} ON ${sql.id(table)}
            USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code())`.execute(owner);
        }
      }
    };
    await sql`CREATE FUNCTION bench_skip_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`.execute(
      owner,
    );
    let auditNow = true;
    const setAudit = async (on: boolean) => {
      if (on === auditNow) return;
      auditNow = on;
      await (on
        ? sql`DROP TRIGGER IF EXISTS a_bench_skip_audit ON audit_event`.execute(owner)
        : // Runs before the chain's trigger and drops the row: the statement still goes to the database, but
          // nothing is locked, chained or written.
          sql`CREATE TRIGGER a_bench_skip_audit BEFORE INSERT ON audit_event
            FOR EACH ROW EXECUTE FUNCTION bench_skip_audit()`.execute(owner));
    };
    const variants = [
      {
        label: 'head of service, any child (per-user scope, audited)',
        user: 'head',
        ids,
        perUser: true,
        audit: true,
      },
      {
        label: "practitioner, a child of their team's 250",
        user: 'practitioner',
        ids: team,
        perUser: true,
        audit: true,
      },
      {
        label: 'head of service, authority-only policies (as before issue 7)',
        user: 'head',
        ids,
        perUser: false,
        audit: true,
      },
      { label: 'head of service, without the audit write', user: 'head', ids, perUser: true, audit: false },
    ];
    const clients = new Map<string, TestClient>();
    for (const v of variants) clients.set(v.user, await signedIn(app, v.user, v.ids));
    const times = variants.map(() => [] as number[]);
    const ROUNDS = 20;
    for (let round = 0; round < ROUNDS; round++) {
      // A different order each round, so no variant always follows the same one.
      const order = variants.map((v, i) => [v, i] as const).sort(() => Math.random() - 0.5);
      for (const [v, i] of order) {
        await setPolicies(v.perUser);
        await setAudit(v.audit);
        times[i]!.push(...(await pageTimes(clients.get(v.user)!, v.ids, REQUESTS / ROUNDS)));
      }
    }
    await setPolicies(true);
    await setAudit(true);
    console.log(
      `child record page, ${REQUESTS} requests per variant over ${CHILDREN.toLocaleString()} children (goal: 20 ms, 100 ms):`,
    );
    for (const [i, v] of variants.entries()) {
      const sorted = times[i]!.sort((a, b) => a - b);
      console.log(
        `  ${v.label}: median ${percentile(sorted, 50).toFixed(1)} ms, 99th percentile ${percentile(sorted, 99).toFixed(1)} ms`,
      );
    }
    const median = (i: number) => percentile(times[i]!, 50);
    console.log(`  per-user scope costs ${(median(0) - median(2)).toFixed(1)} ms of the median`);
    console.log(`  the audit write costs ${(median(0) - median(3)).toFixed(1)} ms of the median`);
    await app.close();
  } finally {
    await bench.close();
  }
}
