import type { Command } from 'commander';
import { withDatabase } from './database.ts';

export function dbUrlCommand(program: Command): void {
  program
    .command('db-url')
    .description("print a PostgreSQL connection string for Hearth's database (for psql or a BI tool)")
    .action(async () => {
      await withDatabase(
        async (server) => {
          if (server.embedded && !process.env.DATABASE_URL) {
            console.error(
              'Note: this is the embedded server of a running Hearth; it stops when Hearth stops.',
            );
          }
          console.log(server.ownerUrl);
        },
        { migrate: false },
      );
    });
}
