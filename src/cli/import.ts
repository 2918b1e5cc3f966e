import type { Command } from 'commander';
import { connect, inAuthority, type Actor, type Db, type Trx } from '../db/database.ts';
import { importAnnexA, readAnnexAImportFiles } from '../returns/annex-a/import.ts';
import { importCinCensus, readCinImportFiles } from '../returns/cin-census/import.ts';
import { ImportError, type ImportSummary } from '../returns/import-record.ts';
import { importSsd, readSsdImportDirectory } from '../returns/ssd/import.ts';
import { importSsda903Return, readSsda903ImportReturn, SSDA903_IMPORTED } from '../returns/ssda903/import.ts';
import { collectionYear, yearHelp, type Collection } from '../returns/years.ts';
import { withDatabase } from './database.ts';

interface ImportOptions {
  la: string;
  user: string;
  year: string;
}

function checkAuthority(la: string): void {
  if (!/^[0-9]{3}$/.test(la)) throw new Error('--la must be a three-digit DfE authority code, like 886');
}

function checkOptions(options: ImportOptions, collection: Collection): number {
  checkAuthority(options.la);
  return collectionYear(collection, options.year);
}

/** The user the import is recorded by: an administrator of the authority whose account is in use. */
async function importingActor(db: Db, laCode: string, username: string): Promise<Actor> {
  const row = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select('u.id')
    .where('u.username', '=', username.toLowerCase())
    .where('u.disabled_at', 'is', null)
    .where('r.la_code', '=', laCode)
    .where('r.role', '=', 'administrator')
    .executeTakeFirst();
  if (!row) throw new Error(`${username} is not an administrator of authority ${laCode} (or is disabled)`);
  // A migration writes every child of the authority: as the service, recorded and audited as the administrator.
  return { laCode, userId: row.id, system: true };
}

function describe(summary: ImportSummary): string {
  const counts = (kind: 'inserted' | 'updated' | 'unchanged'): string =>
    Object.entries(summary[kind])
      .map(([table, n]) => `${n} ${table}`)
      .join(', ') || 'none';
  const skipped = (summary.notImported ?? []).map((n) => `not imported: ${n}\n`).join('');
  const notes = (summary.notes ?? []).map((n) => `note: ${n}\n`).join('');
  return `inserted: ${counts('inserted')}\nupdated: ${counts('updated')}\nunchanged: ${counts('unchanged')}\n${skipped}${notes}`;
}

/**
 * Reads the files (`read`), then runs the import as the administrator in one transaction of the authority:
 * all of it is written, or, on any problem, none of it, and every problem is printed (exit code 1).
 */
async function runImport<T>(
  options: Pick<ImportOptions, 'la' | 'user'>,
  read: () => T | Promise<T>,
  work: (trx: Trx, actor: Actor, files: T) => Promise<ImportSummary>,
): Promise<void> {
  try {
    const files = await read();
    await withDatabase(async (server) => {
      const db = connect(server.appUrl, { max: 1 });
      try {
        const actor = await importingActor(db, options.la, options.user);
        const summary = await inAuthority(db, actor, (trx) => work(trx, actor, files));
        process.stderr.write(`Imported into ${options.la}:\n${describe(summary)}`);
      } finally {
        await db.destroy();
      }
    });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${problem}\n`);
    const n = error.problems.length;
    process.stderr.write(`${n} problem${n === 1 ? '' : 's'}: nothing imported.\n`);
    process.exitCode = 1;
  }
}

/**
 * `hearth import <format> --la CODE --user NAME …`: records from a legacy system's return files into an
 * authority, one subcommand per format. Repeatable: importing the same files again changes nothing.
 */
export function importCommand(program: Command): void {
  const importer = program
    .command('import')
    .description("records from a legacy system's statutory return files, into an authority");
  importer
    .command('cin-census <files...>')
    .description('CIN census XML files; several files describing one child merge into one record')
    .requiredOption('--la <code>', 'the authority’s three-digit DfE code')
    .requiredOption('--user <username>', 'the administrator of the authority the records are recorded by')
    .option('--year <year>', `${yearHelp('cin_census')} (of the files)`, '2025')
    .action(async (files: string[], options: ImportOptions) => {
      const year = checkOptions(options, 'cin_census');
      await runImport(options, () => readCinImportFiles(files, year), importCinCensus);
    });
  importer
    .command('ssda903 <source>')
    .description(
      `a directory of SSDA903 CSV files (with last year's, …_last.csv, imported first), or the XML form (an .xml file); writes ${SSDA903_IMPORTED.join(', ')}, lists what it does not write and notes what it inferred`,
    )
    .requiredOption('--la <code>', 'the authority’s three-digit DfE code')
    .requiredOption('--user <username>', 'the administrator of the authority the records are recorded by')
    .option('--year <year>', `${yearHelp('ssda903')} (of the files)`, '2025')
    .action(async (source: string, options: ImportOptions) => {
      const year = checkOptions(options, 'ssda903');
      await runImport(options, () => readSsda903ImportReturn(source, year), importSsda903Return);
    });
  importer
    .command('annex-a <files...>')
    .description(
      "Ofsted Annex A workbooks (Lists 1 to 10; List 11's adopters are not imported); several merge into one record",
    )
    .requiredOption('--la <code>', 'the authority’s three-digit DfE code')
    .requiredOption('--user <username>', 'the administrator of the authority the records are recorded by')
    .action(async (files: string[], options: ImportOptions) => {
      checkAuthority(options.la);
      await runImport(options, () => readAnnexAImportFiles(files), importAnnexA);
    });
  importer
    .command('ssd <dir>')
    .description(
      'a directory of Standard Safeguarding Dataset files (ssd_<table>.csv and the hearth_*.csv side files); creates the teams and workers they name (workers without a user account) and lists what it does not write',
    )
    .requiredOption('--la <code>', 'the authority’s three-digit DfE code')
    .requiredOption('--user <username>', 'the administrator of the authority the records are recorded by')
    .action(async (dir: string, options: Pick<ImportOptions, 'la' | 'user'>) => {
      checkAuthority(options.la);
      await runImport(options, () => readSsdImportDirectory(dir), importSsd);
    });
}
