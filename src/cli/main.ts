import { Command, CommanderError } from 'commander';

type AddCommand = (program: Command) => void;

/**
 * The commands, each loaded only when it runs: `hearth validate` does not load the web application, and
 * so starts in about a second where loading every command took three. Help loads them all.
 */
const COMMANDS: Record<string, () => Promise<AddCommand>> = {
  start: async () => (await import('./start.ts')).startCommand,
  migrate: async () => (await import('./migrate.ts')).migrateCommand,
  'db-url': async () => (await import('./db-url.ts')).dbUrlCommand,
  'build-assets': async () => (await import('./build-assets.ts')).buildAssetsCommand,
  'db-types': async () => (await import('./db-types.ts')).dbTypesCommand,
  indicators: async () => (await import('./indicators.ts')).indicatorsCommand,
  audit: async () => (await import('./audit.ts')).auditCommand,
  seed: async () => (await import('./seed.ts')).seedCommand,
  validate: async () => (await import('./validate.ts')).validateCommand,
  export: async () => (await import('./export.ts')).exportCommand,
  import: async () => (await import('./import.ts')).importCommand,
};

/**
 * `hearth <command>`: one file per command; each adds itself to the program. Returns the exit code, or
 * 'running' when the command (`start`) keeps serving after it returns.
 */
export async function main(argv: string[]): Promise<number | 'running'> {
  const program = new Command('hearth')
    .description("Hearth: children's social care records and performance")
    .exitOverride()
    .showHelpAfterError();
  const named = COMMANDS[argv[0] ?? ''];
  const adds = named ? [await named()] : await Promise.all(Object.values(COMMANDS).map((load) => load()));
  for (const add of adds) add(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return program.args[0] === 'start' ? 'running' : Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    console.error(`hearth: ${(error as Error).message}`);
    return 1;
  }
}
