import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.generated.ts';

// PostgreSQL `date` comes back as the 'YYYY-MM-DD' text it is, never a JavaScript Date (which would shift
// dates of birth across British Summer Time). `int8` (counts, bigint ids) comes back as text.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

export function connect(url: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, application_name: 'hearth' });
  // An idle connection the server closes (a restart, or shutting down on Ctrl-C) is dropped from the pool
  // and replaced on next use; it must not crash the process.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.error(`A PostgreSQL connection failed: ${error.message}`);
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Who a transaction acts for. Row-level security reads the authority and, from the user, which children they
 * may see; the audit log reads both. `system` is the service itself (batch returns, the indicators' journey
 * model, the command line): the whole authority, never a signed-in user's request for case content.
 */
export interface Actor {
  laCode: string;
  userId: string;
  system?: true;
}

/** The service itself acting in an authority: every child of it, for statistics and statutory returns. */
export function systemActor(laCode: string): Actor {
  return { laCode, userId: '', system: true };
}

/**
 * Runs `work` in one transaction scoped to an authority and a user: row-level security admits only that
 * authority's rows of the children the user may see (hearth_enter, migration 0007), and anything the work
 * audits commits or rolls back with it.
 */
export async function inAuthority<T>(db: Db, actor: Actor, work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT hearth_enter(${actor.laCode}, ${actor.userId || null}::uuid, ${actor.system === true})`.execute(
      trx,
    );
    return work(trx);
  });
}

export async function databaseIsUp(db: Db): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
