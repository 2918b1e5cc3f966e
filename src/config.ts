import path from 'node:path';

/** Everything Hearth reads from its environment, read once. */
export interface Config {
  /** PostgreSQL server to use; when absent Hearth runs its own embedded server. */
  databaseUrl: string | undefined;
  /** Connection string for the application role, when the server's administrator created it by hand. */
  appDatabaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Demo mode seeds a demo authority and shows the demo accounts on the sign-in page. */
  demo: boolean;
  /** Set when Hearth runs behind a TLS-terminating proxy, so cookies are marked Secure. */
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}".`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    databaseUrl,
    appDatabaseUrl: env.HEARTH_APP_DATABASE_URL || undefined,
    dataDir: path.resolve(env.HEARTH_DATA_DIR || 'data'),
    port: positiveNumber('PORT', env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    demo: flag(env.HEARTH_DEMO, databaseUrl === undefined),
    trustProxy: flag(env.HEARTH_TRUST_PROXY, false),
    sessionIdleMinutes: positiveNumber('HEARTH_SESSION_IDLE_MINUTES', env.HEARTH_SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: positiveNumber(
      'HEARTH_SESSION_ABSOLUTE_HOURS',
      env.HEARTH_SESSION_ABSOLUTE_HOURS,
      10,
    ),
    logLevel: env.LOG_LEVEL || 'info',
  };
}
