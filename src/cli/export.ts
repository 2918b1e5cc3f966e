import fs from 'node:fs';
import type { Command } from 'commander';
import { audit } from '../access/audit.ts';
import { connect, inAuthority, systemActor, type Trx } from '../db/database.ts';
import { exportCinCensus } from '../returns/cin-census/export.ts';
import { writeCinCensusXml } from '../returns/cin-census/xml.ts';
import { exportSsda903, writeSsda903Directory } from '../returns/ssda903/export.ts';
import { LAST_YEAR_SUFFIX } from '../returns/ssda903/read.ts';
import { writeSsda903Xml } from '../returns/ssda903/xml.ts';
import { collectionYear, yearHelp } from '../returns/years.ts';
import { withDatabase } from './database.ts';
import { addAsAtExports } from './export-as-at.ts';

interface ExportOptions {
  la: string;
  year: string;
  out: string;
}

/** Checks the options, then runs `build` in the authority and returns its result. */
async function fromRecord<T>(
  collection: 'ssda903' | 'cin_census',
  options: ExportOptions,
  build: (trx: Trx, year: number) => Promise<T>,
): Promise<T> {
  if (!/^[0-9]{3}$/.test(options.la))
    throw new Error('--la must be a three-digit DfE authority code, like 886');
  const year = collectionYear(collection, options.year);
  let result: T | undefined;
  await withDatabase(async (server) => {
    const db = connect(server.appUrl, { max: 1 });
    try {
      result = await inAuthority(db, systemActor(options.la), async (trx) => {
        // Exports are audited with their criteria, in the transaction that reads the record.
        await audit(trx, {
          laCode: options.la,
          userId: null,
          action: 'export',
          detail: { collection, year, out: options.out, via: 'command line' },
        });
        return build(trx, year);
      });
    } finally {
      await db.destroy();
    }
  });
  return result as T;
}

/** `hearth export ssda903|cin-census --la CODE --year YYYY --out PATH`: a return from the record, as files. */
export function exportCommand(program: Command): void {
  const exporter = program.command('export').description('a statutory return from the record, as files');
  exporter
    .command('ssda903')
    .description('the SSDA903 CSV files (one per table) for a collection year')
    .requiredOption('--la <code>', 'the authority’s three-digit DfE code')
    .requiredOption('--year <year>', yearHelp('ssda903'))
    .requiredOption('--out <dir>', 'the directory to write the CSV files to (the file, for --format xml)')
    .option(
      '--format <format>',
      'csv (a file per table), or xml (the XML form, CLA.xsd, without SWEpisodes)',
      'csv',
    )
    .option(
      '--with-last-year',
      'also write the previous collection year’s files beside them (Episodes_last.csv …), for the rules that compare with last year',
    )
    .action(async (options: ExportOptions & { withLastYear?: boolean; format: string }) => {
      if (options.format !== 'csv' && options.format !== 'xml')
        throw new Error('--format must be csv or xml');
      if (options.format === 'xml' && options.withLastYear)
        throw new Error('--with-last-year writes CSV files; export last year’s XML form with --year');
      const { data, last } = await fromRecord('ssda903', options, async (trx, year) => ({
        data: await exportSsda903(trx, year),
        last: options.withLastYear ? await exportSsda903(trx, year - 1) : undefined,
      }));
      if (options.format === 'xml') {
        fs.writeFileSync(options.out, writeSsda903Xml(data), 'utf8');
        const children = data.tables.Header?.length ?? 0;
        process.stderr.write(`The XML form for ${children} children written to ${options.out}.\n`);
        return;
      }
      const files = writeSsda903Directory(data, options.out);
      if (last) files.push(...writeSsda903Directory(last, options.out, LAST_YEAR_SUFFIX));
      const children = data.tables.Header?.length ?? 0;
      process.stderr.write(`${files.length} files for ${children} children written to ${options.out}.\n`);
    });
  exporter
    .command('cin-census')
    .description('the CIN census XML file for a collection year')
    .requiredOption('--la <code>', 'the authority’s three-digit DfE code')
    .requiredOption('--year <year>', yearHelp('cin_census'))
    .requiredOption('--out <file>', 'the XML file to write')
    .action(async (options: ExportOptions) => {
      const data = await fromRecord('cin_census', options, exportCinCensus);
      fs.writeFileSync(options.out, writeCinCensusXml(data), 'utf8');
      const children = data.tables.ChildIdentifiers?.length ?? 0;
      const episodes = data.tables.CINdetails?.length ?? 0;
      process.stderr.write(`${children} children, ${episodes} CIN episodes written to ${options.out}.\n`);
    });
  addAsAtExports(exporter);
}
