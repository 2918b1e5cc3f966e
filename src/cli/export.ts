import type { Command } from 'commander';
import { connect, inAuthority } from '../db/database.ts';
import { exportSsda903, writeSsda903Directory } from '../returns/ssda903/export.ts';
import { LAST_YEAR_SUFFIX } from '../returns/ssda903/read.ts';
import { withDatabase } from './database.ts';

/** `hearth export ssda903 --la CODE --year YYYY --out DIR`: a return from the record, as files. */
export function exportCommand(program: Command): void {
  const exporter = program.command('export').description('a statutory return from the record, as files');
  exporter
    .command('ssda903')
    .description('the SSDA903 CSV files (one per table) for a collection year')
    .requiredOption('--la <code>', 'the authority’s three-digit DfE code')
    .requiredOption('--year <year>', 'the collection year: 2025 for 2025/26')
    .requiredOption('--out <dir>', 'the directory to write the CSV files to')
    .option(
      '--with-last-year',
      'also write the previous collection year’s files beside them (Episodes_last.csv …), for the rules that compare with last year',
    )
    .action(async (options: { la: string; year: string; out: string; withLastYear?: boolean }) => {
      if (!/^[0-9]{3}$/.test(options.la))
        throw new Error('--la must be a three-digit DfE authority code, like 886');
      const year = Number(options.year);
      if (!Number.isInteger(year) || year < 2025 || year > 2025)
        throw new Error('--year must be 2025 (the 2025/26 collection).');
      await withDatabase(async (server) => {
        const db = connect(server.appUrl, { max: 1 });
        try {
          const actor = { laCode: options.la, userId: '' };
          const data = await inAuthority(db, actor, (trx) => exportSsda903(trx, year));
          const files = writeSsda903Directory(data, options.out);
          if (options.withLastYear) {
            const last = await inAuthority(db, actor, (trx) => exportSsda903(trx, year - 1));
            files.push(...writeSsda903Directory(last, options.out, LAST_YEAR_SUFFIX));
          }
          const children = data.tables.Header?.length ?? 0;
          process.stderr.write(`${files.length} files for ${children} children written to ${options.out}.\n`);
        } finally {
          await db.destroy();
        }
      });
    });
}
