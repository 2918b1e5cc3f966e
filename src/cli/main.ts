import { Command, CommanderError } from 'commander';
import { auditCommand } from './audit.ts';
import { buildAssetsCommand } from './build-assets.ts';
import { dbTypesCommand } from './db-types.ts';
import { dbUrlCommand } from './db-url.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { indicatorsCommand } from './indicators.ts';
import { migrateCommand } from './migrate.ts';
import { seedCommand } from './seed.ts';
import { startCommand } from './start.ts';
import { validateCommand } from './validate.ts';

/**
 * `hearth <command>`: one file per command; each adds itself to the program. Returns the exit code, or
 * 'running' when the command (`start`) keeps serving after it returns.
 */
export async function main(argv: string[]): Promise<number | 'running'> {
  const program = new Command('hearth')
    .description("Hearth: children's social care records and performance")
    .exitOverride()
    .showHelpAfterError();
  for (const add of [
    startCommand,
    migrateCommand,
    dbUrlCommand,
    buildAssetsCommand,
    dbTypesCommand,
    indicatorsCommand,
    auditCommand,
    seedCommand,
    validateCommand,
    exportCommand,
    importCommand,
  ])
    add(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return program.args[0] === 'start' ? 'running' : Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    console.error(`hearth: ${(error as Error).message}`);
    return 1;
  }
}
