import { readConfig, type Config } from '../config.ts';
import { openDatabaseServer, type DatabaseServer } from '../db/server.ts';
import { migrate } from '../db/migrate.ts';

/**
 * For commands other than `start`: the database, migrated, for the duration of `work`. Uses the running
 * Hearth's embedded server if there is one; otherwise starts one and stops it afterwards.
 */
export async function withDatabase<T>(
  work: (server: DatabaseServer, config: Config) => Promise<T>,
  options: { migrate?: boolean } = { migrate: true },
): Promise<T> {
  const config = readConfig();
  const server = await openDatabaseServer(config, 'command');
  try {
    if (options.migrate !== false) await migrateServer(server);
    return await work(server, config);
  } finally {
    await server.stop();
  }
}

export async function migrateServer(server: DatabaseServer): Promise<string[]> {
  const password = server.managesAppRole ? decodeURIComponent(new URL(server.appUrl).password) : undefined;
  return (await migrate(server.ownerUrl, password)).applied;
}
