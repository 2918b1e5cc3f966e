import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportSsd, writeSsdDirectory } from '../src/returns/ssd/export.ts';
import { importSsd, readSsdImportDirectory } from '../src/returns/ssd/import.ts';
import { importBench } from './database.ts';

/**
 * `hearth import ssd` on a synthetic authority (see importBench): the SSD as at 31 March 2026 written to a
 * directory, then read and imported, twice.
 */
export async function importSsdBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-ssd-'));
  try {
    await importBench(
      async (trx) => writeSsdDirectory(await exportSsd(trx, '2026-03-31'), dir),
      (trx, actor) => importSsd(trx, actor, readSsdImportDirectory(dir)),
      () =>
        `${(fs.readFileSync(path.join(dir, 'ssd_person.csv'), 'utf8').split('\r\n').length - 2).toLocaleString('en-GB')} people`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
