/**
 * Seeds an authority: generates it (authority.ts) and loads it (load.ts) in one transaction, as the schema
 * owner, with `hearth.la_code` set for the transaction so that row-level security admits the rows. Creates
 * the authority if it does not exist ("Synthetic authority CODE"); refuses an authority that already has
 * children, since a seed adds a whole history and would collide with one already there. Records what was
 * seeded in the audit log (one entry, with the options), which `hearth seed --report` reads back.
 */
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Db, Trx } from '../db/database.ts';
import { isTimescaleRuleId, type LocalTimescalePolicy, type Timescale } from '../domain/timescales.ts';
import { generateAuthority, problemsWith, type SyntheticAuthority, type SynthOptions } from './authority.ts';
import { dayOf } from './calendar.ts';
import { loadAuthority, pgConnection, type LoadReport, type SeedConnection } from './load.ts';
import type { ExistingWorkforce } from './workforce.ts';

export interface SeedOptions {
  laCode: string;
  population: number;
  years: number;
  seed: string;
  asAt: string;
  /** The authority's name if it has to be created; "Synthetic authority CODE" by default. */
  name?: string;
  /** How many times their usual rates the rarer parts of care happen (SynthOptions.rareCare). */
  rareCare?: number;
}

export interface SeedResult {
  authority: Omit<SyntheticAuthority, 'tables' | 'children' | 'workforce' | 'ids'>;
  load: LoadReport;
  /** Milliseconds from start to commit. */
  totalMs: number;
  rows: number;
}

/** Why a seed was refused, in words a person can act on. */
export class SeedRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedRefused';
  }
}

/** A Kysely transaction as a SeedConnection (no COPY: rows go in with INSERT … SELECT FROM unnest). */
export function kyselyConnection(trx: Trx): SeedConnection {
  return {
    async query<R>(text: string, values?: unknown[]) {
      return (await trx.executeQuery(CompiledQuery.raw(text, values ?? []))).rows as R[];
    },
  };
}

async function existingWorkforce(connection: SeedConnection, laCode: string): Promise<ExistingWorkforce> {
  const teams = await connection.query<{
    id: string;
    name: string;
    team_type: string;
    caseload_target: string | null;
  }>(
    `SELECT id, name, team_type, caseload_target FROM team WHERE la_code = $1 AND voided_at IS NULL ORDER BY name, id`,
    [laCode],
  );
  const workers = await connection.query<{
    id: string;
    name: string;
    team_id: string;
    fte: string;
    agency: boolean;
    case_holding: boolean;
    start_date: string;
    leave_date: string | null;
  }>(
    `SELECT id, name, team_id, fte, agency, case_holding, start_date::text, leave_date::text
     FROM worker WHERE la_code = $1 AND voided_at IS NULL ORDER BY name, id`,
    [laCode],
  );
  return {
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      teamType: t.team_type,
      caseloadTarget: t.caseload_target === null ? null : Number(t.caseload_target),
    })),
    workers: workers.map((w) => ({
      id: w.id,
      name: w.name,
      teamId: w.team_id,
      fte: Number(w.fte),
      agency: w.agency,
      caseHolding: w.case_holding,
      start: dayOf(w.start_date),
      leave: w.leave_date === null ? null : dayOf(w.leave_date),
    })),
  };
}

async function localPolicy(connection: SeedConnection, laCode: string): Promise<LocalTimescalePolicy> {
  const rows = await connection.query<{ rule_id: string; unit: string; amount: number }>(
    'SELECT rule_id, unit, amount FROM authority_policy WHERE la_code = $1',
    [laCode],
  );
  const policy: Record<string, Timescale> = {};
  for (const row of rows)
    if (isTimescaleRuleId(row.rule_id))
      policy[row.rule_id] = { unit: row.unit as Timescale['unit'], amount: row.amount };
  return policy as LocalTimescalePolicy;
}

/** Generates and loads the authority through a connection in an open transaction. The caller commits. */
export async function seedInTransaction(
  connection: SeedConnection,
  options: SeedOptions,
): Promise<SeedResult> {
  const started = performance.now();
  const synth: SynthOptions = { ...options };
  const problems = problemsWith(synth);
  if (problems.length > 0) throw new SeedRefused(problems.join('\n'));
  const { laCode } = options;
  await connection.query(`SELECT set_config('hearth.la_code', $1, true)`, [laCode]);
  // One seed at a time for an authority.
  await connection.query(`SELECT pg_advisory_xact_lock(hashtext('hearth seed ' || $1))`, [laCode]);
  await connection.query(
    `INSERT INTO local_authority (la_code, name) VALUES ($1, $2) ON CONFLICT (la_code) DO NOTHING`,
    [laCode, options.name ?? `Synthetic authority ${laCode}`],
  );
  const [{ people } = { people: '0' }] = await connection.query<{ people: string }>(
    'SELECT count(*) AS people FROM person WHERE la_code = $1',
    [laCode],
  );
  if (Number(people) > 0)
    throw new SeedRefused(
      `Authority ${laCode} already has ${Number(people).toLocaleString('en-GB')} people recorded, so it was not seeded. ` +
        'Seed a new authority code (--la), or use a fresh database (HEARTH_DATA_DIR or DATABASE_URL); ' +
        'use --report to see the calibration report of an authority already seeded.',
    );
  const authority = generateAuthority({
    ...synth,
    existing: await existingWorkforce(connection, laCode),
    policy: await localPolicy(connection, laCode),
  });
  const load = await loadAuthority(connection, authority);
  // The 0-17 population for every calendar year of the history, so rates per 10,000 have a denominator.
  await connection.query(
    `INSERT INTO authority_population (la_code, year, population)
     SELECT $1, y, $2 FROM generate_series($3::int, $4::int) y
     ON CONFLICT (la_code, year) DO UPDATE SET population = EXCLUDED.population`,
    [
      laCode,
      options.population,
      Number(authority.historyStart.slice(0, 4)),
      Number(options.asAt.slice(0, 4)),
    ],
  );
  await connection.query(
    `INSERT INTO audit_event (la_code, user_id, action, subject_type, subject_id, detail)
     VALUES ($1, NULL, 'seed', 'authority', $1, $2)`,
    [
      laCode,
      JSON.stringify({
        population: options.population,
        years: options.years,
        seed: options.seed,
        asAt: options.asAt,
        historyStart: authority.historyStart,
        digest: authority.digest,
        rows: load.rows,
      }),
    ],
  );
  const { tables: _tables, children: _children, workforce: _workforce, ids: _ids, ...summary } = authority;
  return { authority: summary, load, totalMs: performance.now() - started, rows: load.rows };
}

const ANALYZE = [
  'person',
  'contact',
  'referral',
  'assessment',
  'cp_plan',
  'cin_plan',
  'cla_episode',
  'visit',
  'case_supervision',
  'allocation',
  'task',
  'worker',
  'team',
  'early_help_episode',
  'care_leaver',
];

/** Seeds through a connection string (COPY). Commits, then refreshes the planner's statistics. */
export async function seedWithUrl(ownerUrl: string, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'hearth seed' });
  await client.connect();
  try {
    await client.query('BEGIN');
    let result: SeedResult;
    try {
      result = await seedInTransaction(pgConnection(client), options);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    await client.query(`ANALYZE ${ANALYZE.join(', ')}`);
    return { ...result, totalMs: performance.now() - started };
  } finally {
    await client.end();
  }
}

/** Seeds through Kysely (INSERT … SELECT FROM unnest), for callers that have only a Db. */
export async function seedWithDb(ownerDb: Db, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const result = await ownerDb
    .transaction()
    .execute((trx) => seedInTransaction(kyselyConnection(trx), options));
  await kyselyConnection(ownerDb as unknown as Trx).query(`ANALYZE ${ANALYZE.join(', ')}`);
  return { ...result, totalMs: performance.now() - started };
}

/** What the last seed of an authority was asked for, from the audit log; undefined if never seeded. */
export async function lastSeed(
  connection: SeedConnection,
  laCode: string,
): Promise<{ population: number; years: number; seed: string; asAt: string } | undefined> {
  await connection.query(`SELECT set_config('hearth.la_code', $1, true)`, [laCode]);
  const [row] = await connection.query<{ detail: Record<string, unknown> }>(
    `SELECT detail FROM audit_event WHERE la_code = $1 AND action = 'seed' ORDER BY id DESC LIMIT 1`,
    [laCode],
  );
  if (!row) return undefined;
  const d = row.detail;
  return {
    population: Number(d.population),
    years: Number(d.years),
    seed: String(d.seed),
    asAt: String(d.asAt),
  };
}
