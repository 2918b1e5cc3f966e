import { exportCinCensus } from '../src/returns/cin-census/export.ts';
import { importCinCensus } from '../src/returns/cin-census/import.ts';
import { readCinCensusXml } from '../src/returns/cin-census/read.ts';
import { writeCinCensusXml } from '../src/returns/cin-census/xml.ts';
import { importBench } from './database.ts';

/**
 * `hearth import cin-census` on a synthetic authority (see importBench): the 2025/26 census exported to
 * XML, then read and imported, twice.
 */
export function importCin(): Promise<void> {
  return importBench(
    async (trx) => writeCinCensusXml(await exportCinCensus(trx, 2025)),
    (trx, actor, xml) =>
      importCinCensus(trx, actor, [{ file: 'cin.xml', data: readCinCensusXml(xml, 'cin.xml', 2025) }]),
    (xml) => `${(xml.match(/<Child>/g)?.length ?? 0).toLocaleString('en-GB')} children`,
  );
}
