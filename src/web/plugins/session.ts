import crypto from 'node:crypto';
import cookie from '@fastify/cookie';
import session from '@fastify/session';
import type { FastifyInstance, Session } from 'fastify';
import type { Db } from '../../db/database.ts';

export const SESSION_COOKIE = 'hearth_session';

declare module 'fastify' {
  interface Session {
    userId?: string;
    laCode?: string;
    /** Epoch milliseconds. */
    signedInAt?: number;
    lastSeenAt?: number;
    flash?: string;
  }
}

function hashId(sessionId: string): string {
  return crypto.createHash('sha256').update(sessionId).digest('hex');
}

type Callback = (error?: unknown) => void;

/** Sessions kept in PostgreSQL, so signing out or being signed out by an administrator ends them everywhere. */
class PostgresSessionStore {
  constructor(
    private readonly db: Db,
    /** How long a stored session may live; idle and absolute limits are enforced on each request. */
    private readonly lifetimeMs: number,
  ) {}

  set(sessionId: string, data: object, callback: Callback): void {
    const expires = new Date(Date.now() + this.lifetimeMs);
    this.db
      .insertInto('web_session')
      .values({ id_hash: hashId(sessionId), data: JSON.stringify(data), expires_at: expires })
      .onConflict((oc) =>
        oc.column('id_hash').doUpdateSet({ data: JSON.stringify(data), expires_at: expires }),
      )
      .execute()
      .then(() => callback(), callback);
  }

  get(sessionId: string, callback: (error: unknown, data?: Session | null) => void): void {
    this.db
      .selectFrom('web_session')
      .select('data')
      .where('id_hash', '=', hashId(sessionId))
      .where('expires_at', '>', new Date())
      .executeTakeFirst()
      .then((row) => callback(null, (row?.data as Session | undefined) ?? null), callback);
  }

  destroy(sessionId: string, callback: Callback): void {
    this.db
      .deleteFrom('web_session')
      .where('id_hash', '=', hashId(sessionId))
      .execute()
      .then(() => callback(), callback);
  }
}

/** Removes sessions past their expiry. Run at start and hourly. */
export async function removeExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom('web_session').where('expires_at', '<=', new Date()).execute();
}

export async function setUpSession(app: FastifyInstance): Promise<void> {
  const { value: secret } = await app.db
    .selectFrom('installation_setting')
    .select('value')
    .where('name', '=', 'session_secret')
    .executeTakeFirstOrThrow();
  await app.register(cookie);
  await app.register(session, {
    secret,
    cookieName: SESSION_COOKIE,
    // Kept past the absolute limit by the idle limit, so the next request can say why the session ended.
    store: new PostgresSessionStore(
      app.db,
      app.hearthConfig.sessionAbsoluteHours * 3_600_000 + app.hearthConfig.sessionIdleMinutes * 60_000,
    ),
    saveUninitialized: false,
    rolling: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/' },
  });
}
