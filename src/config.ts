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
  /** The OpenID Connect providers (such as a council's Microsoft Entra ID tenant) the installation trusts. */
  oidc: OidcConfig[];
}

/** One identity provider the installation trusts, and Hearth's registration with it. */
export interface OidcConfig {
  /** A short name for the provider, in its sign-in address: `council` when there is only one. */
  id: string;
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
  issuer: 'ISSUER',
  clientId: 'CLIENT_ID',
  clientSecret: 'CLIENT_SECRET',
  redirectUrl: 'REDIRECT_URL',
} as const;

/**
 * No provider, one (the HEARTH_OIDC_ variables), or several: HEARTH_OIDC_PROVIDERS names them, such as
 * `cambridgeshire,peterborough`, and each has its own HEARTH_OIDC_<NAME>_ variables.
 */
function readOidcConfig(env: NodeJS.ProcessEnv): OidcConfig[] {
  const names = (env.HEARTH_OIDC_PROVIDERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) {
    const one = readProvider(env, 'HEARTH_OIDC_', 'council');
    return one ? [one] : [];
  }
  const providers = names.map((name) => {
    if (!/^[a-z0-9]{1,30}$/.test(name)) {
      throw new Error(`HEARTH_OIDC_PROVIDERS: "${name}" must be letters and digits only.`);
    }
    const prefix = `HEARTH_OIDC_${name.toUpperCase()}_`;
    const provider = readProvider(env, prefix, name);
    if (!provider)
      throw new Error(`HEARTH_OIDC_PROVIDERS names ${name}, but no ${prefix} variables are set.`);
    return provider;
  });
  const issuers = providers.map((p) => p.issuer);
  const repeated = issuers.find((issuer, i) => issuers.indexOf(issuer) !== i);
  if (repeated) throw new Error(`HEARTH_OIDC_PROVIDERS: two providers have the issuer ${repeated}.`);
  return providers;
}

/** All four variables with the prefix, or none (undefined); anything between is a mistake to report. */
function readProvider(env: NodeJS.ProcessEnv, prefix: string, id: string): OidcConfig | undefined {
  const entries = Object.entries(OIDC_VARIABLES).map(
    ([key, name]) => [key, env[prefix + name] ?? ''] as const,
  );
  const missing = entries
    .filter(([, value]) => value === '')
    .map(([key]) => prefix + OIDC_VARIABLES[key as keyof typeof OIDC_VARIABLES]);
  if (missing.length === entries.length) return undefined;
  if (missing.length > 0) {
    throw new Error(
      `Sign-in by council account needs ${missing.join(', ')} as well (or none of the ${prefix} variables).`,
    );
  }
  const value = Object.fromEntries(entries) as Record<keyof typeof OIDC_VARIABLES, string>;
  for (const name of ['issuer', 'redirectUrl'] as const) {
    if (!URL.canParse(value[name]))
      throw new Error(`${prefix}${OIDC_VARIABLES[name]} must be a URL, not "${value[name]}".`);
  }
  return { id, ...value, label: env[`${prefix}LABEL`] || (id === 'council' ? 'your council' : id) };
}
