import crypto from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Db } from '../src/db/database.ts';
import { APP_ROLE, withDatabase, withRole } from '../src/db/server.ts';

export interface TestDatabase {
  /** Connected as the application role, as the app is. */
  db: Db;
  /** Connected as the schema owner, for arranging fixtures the app could not write. */
  ownerDb: Db;
  ownerUrl: string;
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the template the global setup made. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { templateUrl, appPassword } = inject('testDatabase');
  const name = `test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE hearth_template`);
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabase(templateUrl, name);
  const appUrl = withRole(ownerUrl, APP_ROLE, appPassword);
  const db = connect(appUrl, { max: 5 });
  const ownerDb = connect(ownerUrl, { max: 2 });
  return {
    db,
    ownerDb,
    ownerUrl,
    appUrl,
    async drop() {
      await db.destroy();
      await ownerDb.destroy();
      const client = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Another session takes an exclusive lock on a table, so anything reading it waits on PostgreSQL, until
 * `release` (which resolves once the lock's transaction has ended). Resolves once the lock is held.
 */
export async function holdTable(ownerDb: Db, table: string): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holding = ownerDb.transaction().execute(async (trx) => {
    await sql`LOCK TABLE ${sql.table(table)} IN ACCESS EXCLUSIVE MODE`.execute(trx);
    locked();
    await released;
  });
  await Promise.race([isLocked, holding]);
  return {
    async release() {
      release();
      await holding;
    },
  };
}
