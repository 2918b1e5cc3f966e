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
  /** The council's OpenID Connect provider (such as Microsoft Entra ID), when sign-in by council account is on. */
  oidc: OidcConfig | undefined;
}

/** One identity provider the installation trusts, and Hearth's registration with it. */
export interface OidcConfig {
  /** The issuer URL, exactly as the provider's discovery document and ID tokens give it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Hearth's callback, registered with the provider: https://hearth.example.gov.uk/sign-in/council/callback */
  redirectUrl: string;
  /** The words on the sign-in button's page, such as "Cambridgeshire County Council". */
  label: string;
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
    oidc: readOidcConfig(env),
  };
}

const OIDC_VARIABLES = {
  issuer: 'HEARTH_OIDC_ISSUER',
  clientId: 'HEARTH_OIDC_CLIENT_ID',
  clientSecret: 'HEARTH_OIDC_CLIENT_SECRET',
  redirectUrl: 'HEARTH_OIDC_REDIRECT_URL',
} as const;

/** All four variables, or none (sign-in by council account off); anything between is a mistake to report. */
function readOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const entries = Object.entries(OIDC_VARIABLES).map(([key, name]) => [key, env[name] ?? ''] as const);
  const missing = entries
    .filter(([, value]) => value === '')
    .map(([key]) => OIDC_VARIABLES[key as keyof typeof OIDC_VARIABLES]);
  if (missing.length === entries.length) return undefined;
  if (missing.length > 0) {
    throw new Error(
      `Sign-in by council account needs ${missing.join(', ')} as well (or none of the HEARTH_OIDC_ variables).`,
    );
  }
  const value = Object.fromEntries(entries) as Record<keyof typeof OIDC_VARIABLES, string>;
  for (const name of ['issuer', 'redirectUrl'] as const) {
    if (!URL.canParse(value[name]))
      throw new Error(`${OIDC_VARIABLES[name]} must be a URL, not "${value[name]}".`);
  }
  return { ...value, label: env.HEARTH_OIDC_LABEL || 'your council' };
}
