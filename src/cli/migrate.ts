import type { Command } from 'commander';
import { withDatabase, migrateServer } from './database.ts';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      await withDatabase(
        async (server) => {
          const applied = await migrateServer(server);
          console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
        },
        { migrate: false },
      );
    });
}
