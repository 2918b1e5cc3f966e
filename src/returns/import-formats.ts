/**
 * The formats the import page takes, by id: each is its files' reader and its importer, the same pair the
 * `hearth import` command runs. A format is one entry here.
 */
import type { Actor, Trx } from '../db/database.ts';
import { importAnnexA, readAnnexAImportFiles } from './annex-a/import.ts';
import { importCinCensus, readCinImportFiles } from './cin-census/import.ts';
import { ImportError, type ImportSummary } from './import-record.ts';
import { importSsd, readSsdImportDirectory } from './ssd/import.ts';
import { COLLECTION_YEARS } from './years.ts';
import { importSsda903Return, readSsda903ImportReturn, SSDA903_IMPORTED } from './ssda903/import.ts';

/** The files of one import, saved in a temporary directory of their own (and only they). */
export interface SavedFiles {
  dir: string;
  paths: readonly string[];
}

/** An import whose files have been read, to run in the caller's transaction of the actor's authority. */
export type ReadImport = (trx: Trx, actor: Actor) => Promise<ImportSummary>;

export interface ImportFormat {
  /** What the files are, as the page offers them: "CIN census XML files". */
  title: string;
  hint: string;
  /** The ending every file's name must have. */
  extension: string;
  /** The collection years whose files it reads; none for the as-at formats, whose files give their own dates. */
  years?: readonly number[];
  /**
   * Reads every file before anything is written: throws ImportError naming each file that cannot be read,
   * or gives the import of what was read.
   */
  read(files: SavedFiles, year: number): Promise<ReadImport>;
}

function format<Files>(
  title: string,
  hint: string,
  extension: string,
  years: readonly number[] | undefined,
  read: (files: SavedFiles, year: number) => Files | Promise<Files>,
  run: (trx: Trx, actor: Actor, files: Files) => Promise<ImportSummary>,
): ImportFormat {
  return {
    title,
    hint,
    extension,
    ...(years ? { years } : {}),
    async read(saved, year) {
      const files = await read(saved, year);
      return (trx, actor) => run(trx, actor, files);
    },
  };
}

export const IMPORT_FORMATS: Readonly<Record<string, ImportFormat>> = {
  'cin-census': format(
    'CIN census XML files',
    'One or more files; several files describing one child merge into one record.',
    '.xml',
    COLLECTION_YEARS.cin_census,
    (saved, year) => readCinImportFiles(saved.paths, year),
    importCinCensus,
  ),
  ssda903: format(
    'SSDA903 CSV files',
    `The return's tables, one file each, told apart by their columns. Last year's files (named …_last.csv) are imported first. Hearth writes ${SSDA903_IMPORTED.join(', ')} and lists what it does not write.`,
    '.csv',
    COLLECTION_YEARS.ssda903,
    (saved, year) => readSsda903ImportReturn(saved.dir, year),
    importSsda903Return,
  ),
  'annex-a': format(
    "Ofsted's Annex A workbook",
    'One or more .xlsx workbooks, Lists 1 to 10; a child on several lists is one record. What Hearth infers from the lists is named in the report.',
    '.xlsx',
    undefined,
    (saved) => readAnnexAImportFiles(saved.paths),
    importAnnexA,
  ),
  ssd: format(
    'Standard Safeguarding Dataset CSV files',
    "The SSD's tables as ssd_<table>.csv, with Hearth's hearth_*.csv files beside them; keep the files' names. Teams and workers they name are made (workers without a user account).",
    '.csv',
    undefined,
    (saved) => readSsdImportDirectory(saved.dir),
    importSsd,
  ),
  'ssda903-xml': format(
    'SSDA903 XML file',
    "The DfE's XML form of the return (EXPSSDA903), one file. It has no social worker episodes.",
    '.xml',
    COLLECTION_YEARS.ssda903,
    (saved, year) => {
      if (saved.paths.length !== 1)
        throw new ImportError([
          `Select one SSDA903 XML file: the XML form holds the whole return in one file`,
        ]);
      return readSsda903ImportReturn(saved.paths[0]!, year);
    },
    importSsda903Return,
  ),
};
