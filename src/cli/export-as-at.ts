import type { Command } from 'commander';
import { connect } from '../db/database.ts';
import { AS_AT_EXPORTS, runAsAtExport, type AsAtExportName } from '../returns/as-at-export.ts';
import { withDatabase } from './database.ts';

/**
 * `hearth export annex-a|dfe-api|ssd --la CODE --as-at DATE --out PATH`: the as-at exports, added to the
 * `export` command. Each reads through the application role and is audited with its criteria.
 */
export function addAsAtExports(exporter: Command): void {
  for (const kind of Object.keys(AS_AT_EXPORTS) as AsAtExportName[]) {
    exporter
      .command(kind)
      .description(`${AS_AT_EXPORTS[kind].title} as at a date`)
      .requiredOption('--la <code>', 'the authority’s three-digit DfE code')
      .requiredOption('--as-at <date>', 'the date the record is read as at (YYYY-MM-DD)')
      .requiredOption(
        '--out <path>',
        AS_AT_EXPORTS[kind].shape === 'file' ? 'the file to write' : 'the directory to write the files to',
      )
      .action(async (options: { la: string; asAt: string; out: string }) => {
        await withDatabase(async (server) => {
          const db = connect(server.appUrl, { max: 1 });
          try {
            const detail = await runAsAtExport(db, {
              kind,
              laCode: options.la,
              asAt: options.asAt,
              out: options.out,
              userId: null,
            });
            process.stderr.write(
              `${kind} as at ${options.asAt} written to ${options.out}: ${JSON.stringify(detail)}\n`,
            );
          } finally {
            await db.destroy();
          }
        });
      });
  }
}
