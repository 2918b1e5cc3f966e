import { InvalidArgumentError, type Command } from 'commander';
import pg from 'pg';
import { todayInEngland } from '../casework/recording.ts';
import { pgConnection } from '../synth/load.ts';
import { calibrationReport, formatReport } from '../synth/report.ts';
import { lastSeed, seedWithUrl } from '../synth/seed.ts';
import { withDatabase } from './database.ts';

function wholeNumber(value: string): number {
  const n = Number(value.replace(/[,_]/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('Enter a whole number.');
  return n;
}

interface SeedFlags {
  la: string;
  population?: number;
  years: number;
  seed: string;
  asAt?: string;
  report?: boolean;
}

/** Prints the calibration report of an authority, read in a read-only transaction. */
async function printReport(ownerUrl: string, laCode: string, flags: SeedFlags): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'hearth seed --report' });
  await client.connect();
  try {
    await client.query('BEGIN READ ONLY');
    const connection = pgConnection(client);
    const last = await lastSeed(connection, laCode);
    const population = flags.population ?? last?.population;
    if (!population)
      throw new Error(
        `Authority ${laCode} was not seeded by hearth seed, so its population is not known: give it with --population`,
      );
    const report = await calibrationReport(
      connection,
      laCode,
      flags.asAt ?? last?.asAt ?? todayInEngland(),
      population,
    );
    console.log(formatReport(report));
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/**
 * `hearth seed`: fills an authority with synthetic children, or (`--report`) prints the calibration report
 * of one already seeded. An authority that already has children is refused, never added to or replaced.
 */
export function seedCommand(program: Command): void {
  program
    .command('seed')
    .description('fill an authority with synthetic children and their journeys (demos, tests, benchmarks)')
    .requiredOption('--la <code>', 'the authority’s three-digit DfE code; created if it does not exist')
    .option('--population <n>', 'children aged 0-17 in the authority (about 5,000 to 350,000)', wholeNumber)
    .option('--years <y>', 'years of history, ending at the as-at date', wholeNumber, 5)
    .option('--seed <s>', 'the random seed: the same seed always gives the same authority', '1')
    .option('--as-at <date>', 'the last day of the history, YYYY-MM-DD (default: today)')
    .option('--report', 'print the calibration report of an authority already seeded, and seed nothing')
    .addHelpText(
      'after',
      '\nAn authority that already has children is refused: seed a new code, or a fresh database.\n' +
        'Example: hearth seed --la 886 --population 340000 --years 10 --seed 7\n',
    )
    .action(async (flags: SeedFlags) => {
      const laCode = flags.la;
      if (!/^[0-9]{3}$/.test(laCode))
        throw new Error('--la must be a three-digit DfE authority code, like 886');
      if (flags.asAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.asAt))
        throw new Error('--as-at must be a date written YYYY-MM-DD');
      await withDatabase(async (server) => {
        if (flags.report) {
          await printReport(server.ownerUrl, laCode, flags);
          return;
        }
        if (flags.population === undefined)
          throw new Error('Give the number of children aged 0-17 with --population (for example 60000)');
        const asAt = flags.asAt ?? todayInEngland();
        console.log(
          `Seeding authority ${laCode}: ${flags.population.toLocaleString('en-GB')} children aged 0-17, ` +
            `${flags.years} years to ${asAt}, seed ${flags.seed}…`,
        );
        const result = await seedWithUrl(server.ownerUrl, {
          laCode,
          population: flags.population,
          years: flags.years,
          seed: flags.seed,
          asAt,
        });
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        console.log(
          `Seeded ${result.rows.toLocaleString('en-GB')} rows in ${seconds(result.totalMs)} ` +
            `(generated in ${seconds(result.authority.generationMs)}, loaded by ${result.load.method} in ` +
            `${seconds(result.load.ms)}; digest ${result.authority.digest}).\n`,
        );
        await printReport(server.ownerUrl, laCode, { ...flags, asAt });
      });
    });
}
