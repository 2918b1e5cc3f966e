import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inAuthority, systemActor } from '../db/database.ts';
import { openTasks, teamCaseloads } from '../casework/workload.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { pgConnection } from './load.ts';
import { calibrationReport } from './report.ts';
import {
  lastSeed,
  SeedRefused,
  seedInTransaction,
  seedWithDb,
  seedWithUrl,
  type SeedOptions,
} from './seed.ts';
import { TABLE_ORDER } from './tables.ts';

const OPTIONS: SeedOptions = { laCode: '991', population: 6_000, years: 3, seed: 'db', asAt: '2026-03-31' };

/** A digest of each table's rows for the authority, in id order, every column included. */
async function tableDigests(url: string, laCode: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('hearth.la_code', $1, true)`, [laCode]);
    const digests: Record<string, string> = {};
    for (const table of TABLE_ORDER) {
      const { rows } = await client.query<{ digest: string | null; n: string }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest, count(*) AS n FROM ${table} t WHERE la_code = $1`,
        [laCode],
      );
      digests[table] = `${rows[0]!.n}:${rows[0]!.digest}`;
    }
    await client.query('COMMIT');
    return digests;
  } finally {
    await client.end();
  }
}

async function count(url: string, laCode: string, query: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('hearth.la_code', $1, true)`, [laCode]);
    const { rows } = await client.query<{ n: string }>(query);
    return Number(rows[0]!.n);
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

describe('seeding through the database', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('loads the same rows by COPY as by INSERT, for the same seed', async () => {
    const copied = await seedWithUrl(first.ownerUrl, OPTIONS);
    const inserted = await seedWithDb(second.ownerDb, OPTIONS);
    expect(copied.load.method).toBe('copy');
    expect(inserted.load.method).toBe('insert');
    expect(copied.rows).toBe(inserted.rows);
    expect(copied.rows).toBeGreaterThan(20_000);
    expect(copied.authority.digest).toBe(inserted.authority.digest);
    const [a, b] = await Promise.all([
      tableDigests(first.ownerUrl, '991'),
      tableDigests(second.ownerUrl, '991'),
    ]);
    expect(b).toEqual(a);
    expect(a.person).not.toMatch(/^0:/);
  }, 120_000);

  it('creates the authority, records the seed, and refuses to seed it again', async () => {
    const client = new pg.Client({ connectionString: first.ownerUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      const last = await lastSeed(pgConnection(client), '991');
      expect(last).toEqual({ population: 6000, years: 3, seed: 'db', asAt: '2026-03-31' });
      const { rows } = await client.query(`SELECT name FROM local_authority WHERE la_code = '991'`);
      expect(rows[0]?.name).toBe('Synthetic authority 991');
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    await expect(seedWithUrl(first.ownerUrl, OPTIONS)).rejects.toBeInstanceOf(SeedRefused);
    await expect(seedWithUrl(first.ownerUrl, OPTIONS)).rejects.toThrow(/already has .* people recorded/);
  }, 60_000);

  it('writes nothing when a seed fails part way', async () => {
    const client = new pg.Client({ connectionString: second.ownerUrl });
    await client.connect();
    try {
      const connection = pgConnection(client);
      let tables = 0;
      const failing = {
        query: connection.query,
        async copy(statement: string, chunks: Iterable<string>) {
          if (++tables === 12) throw new Error('the disk is full');
          await connection.copy!(statement, chunks);
        },
      };
      await client.query('BEGIN');
      await expect(seedInTransaction(failing, { ...OPTIONS, laCode: '992' })).rejects.toThrow(
        'the disk is full',
      );
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
    expect(
      await count(second.ownerUrl, '992', `SELECT count(*) AS n FROM person WHERE la_code = '992'`),
    ).toBe(0);
    expect(
      await count(second.ownerUrl, '992', `SELECT count(*) AS n FROM local_authority WHERE la_code = '992'`),
    ).toBe(0);
  });

  it('gives every child a consistent journey, as the database sees it', async () => {
    const url = first.ownerUrl;
    const checks: Record<string, string> = {
      'episodes overlapping': `SELECT count(*) AS n FROM cla_episode a JOIN cla_episode b
        ON a.la_code = b.la_code AND a.person_id = b.person_id AND a.id < b.id
        AND daterange(a.start_date, a.end_date) && daterange(b.start_date, b.end_date)`,
      'episodes not joined to the one before': `SELECT count(*) AS n FROM cla_episode e WHERE e.rne <> 'S'
        AND NOT EXISTS (SELECT 1 FROM cla_episode p WHERE p.person_id = e.person_id AND p.end_date = e.start_date
        AND p.reason_end = 'X1')`,
      'periods of care outside an open referral': `SELECT count(*) AS n FROM cla_episode e WHERE e.rne = 'S'
        AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.person_id = e.person_id AND r.referral_date <= e.start_date
        AND (r.closure_date IS NULL OR r.closure_date > e.start_date))`,
      'looked after from 18': `SELECT count(*) AS n FROM cla_episode e JOIN person p ON p.id = e.person_id
        WHERE e.start_date >= p.date_of_birth + interval '18 years'`,
      'referrals overlapping': `SELECT count(*) AS n FROM referral a JOIN referral b
        ON a.person_id = b.person_id AND a.id < b.id
        AND daterange(a.referral_date, a.closure_date) && daterange(b.referral_date, b.closure_date)`,
      'CIN and CP plans together': `SELECT count(*) AS n FROM cin_plan a JOIN cp_plan b ON a.person_id = b.person_id
        AND daterange(a.start_date, a.end_date) && daterange(b.start_date, b.end_date)`,
      'allocations overlapping': `SELECT count(*) AS n FROM allocation a JOIN allocation b
        ON a.person_id = b.person_id AND a.id < b.id
        AND daterange(a.start_date, a.end_date) && daterange(b.start_date, b.end_date)`,
      'records before birth': `SELECT count(*) AS n FROM person p WHERE EXISTS (
        SELECT 1 FROM referral r WHERE r.person_id = p.id AND r.referral_date < p.date_of_birth
        UNION ALL SELECT 1 FROM visit v WHERE v.person_id = p.id AND v.visit_date < p.date_of_birth
        UNION ALL SELECT 1 FROM contact c WHERE c.person_id = p.id AND c.contact_date < p.date_of_birth)`,
      'assessments before their referral': `SELECT count(*) AS n FROM assessment a JOIN referral r ON r.id = a.referral_id
        WHERE a.start_date < r.referral_date OR a.authorised_date > r.closure_date`,
      'plans outside their referral': `SELECT count(*) AS n FROM cp_plan c JOIN referral r ON r.id = c.referral_id
        WHERE c.start_date < r.referral_date OR c.end_date > r.closure_date OR (c.end_date IS NULL AND r.closure_date IS NOT NULL)`,
      'records after the as-at date': `SELECT count(*) AS n FROM visit WHERE visit_date > date '2026-03-31'`,
      'allocations to workers not in post': `SELECT count(*) AS n FROM allocation a JOIN worker w ON w.id = a.worker_id
        WHERE a.start_date < w.start_date OR a.start_date >= w.leave_date OR w.team_id <> a.team_id`,
    };
    for (const [what, query] of Object.entries(checks))
      expect([what, await count(url, '991', query)]).toEqual([what, 0]);
  });

  it('gives the application caseloads, due work and overdue work to show', async () => {
    const actor = systemActor('991');
    const { teams, tasks } = await inAuthority(first.db, actor, async (trx) => ({
      teams: await teamCaseloads(trx, '2026-03-31'),
      tasks: await openTasks(trx, '2026-03-31', {}),
    }));
    const holding = teams.filter((t) => t.perFte !== null);
    expect(holding.length).toBeGreaterThan(5);
    for (const team of holding) expect(team.perFte!).toBeLessThan(40);
    expect(tasks.length).toBeGreaterThan(100);
    expect(tasks.some((t) => t.overdue && t.overdueReason !== null)).toBe(true);
    expect(tasks.some((t) => !t.overdue)).toBe(true);
    expect([...new Set(tasks.map((t) => t.ruleId))]).toEqual(
      expect.arrayContaining(['cp_visit', 'cin_visit', 'cla_visit_6w', 'supervision_cp', 'assessment_45wd']),
    );
  });

  it('reports the rates it was calibrated to', async () => {
    const client = new pg.Client({ connectionString: first.ownerUrl });
    await client.connect();
    try {
      await client.query('BEGIN READ ONLY');
      const connection = pgConnection(client);
      await connection.query(`SELECT set_config('hearth.la_code', '991', true)`);
      const report = await calibrationReport(connection, '991', '2026-03-31', 6000);
      expect(report.headline.map((l) => l.id)).toEqual([
        'referrals',
        're_referrals',
        'children_in_need',
        'cp_plans',
        'cla',
        'uasc',
        'early_help',
        'assessments_nfa',
        'assessments_45wd',
        'cp_visits_10wd',
      ]);
      for (const l of report.headline) expect(l.value).not.toBeNull();
      expect(report.referralsByMonth).toHaveLength(12);
      expect(report.caseloads.length).toBeGreaterThan(5);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  });
});
