/**
 * The formats the import page takes, by id: each is its files' reader and its importer, the same pair the
 * `hearth import` command runs. A format is one entry here.
 */
import type { Actor, Trx } from '../db/database.ts';
import { importCinCensus, readCinImportFiles } from './cin-census/import.ts';
import type { ImportSummary } from './import-record.ts';
import { importSsda903, readSsda903ImportDirectory, SSDA903_IMPORTED } from './ssda903/import.ts';

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
  /**
   * Reads every file before anything is written: throws ImportError naming each file that cannot be read,
   * or gives the import of what was read.
   */
  read(files: SavedFiles, year: number): ReadImport;
}

function format<Files>(
  title: string,
  hint: string,
  extension: string,
  read: (files: SavedFiles, year: number) => Files,
  run: (trx: Trx, actor: Actor, files: Files) => Promise<ImportSummary>,
): ImportFormat {
  return {
    title,
    hint,
    extension,
    read(saved, year) {
      const files = read(saved, year);
      return (trx, actor) => run(trx, actor, files);
    },
  };
}

export const IMPORT_FORMATS: Readonly<Record<string, ImportFormat>> = {
  'cin-census': format(
    'CIN census XML files',
    'One or more files; several files describing one child merge into one record.',
    '.xml',
    (saved, year) => readCinImportFiles(saved.paths, year),
    importCinCensus,
  ),
  ssda903: format(
    'SSDA903 CSV files',
    `The return's tables, one file each, told apart by their columns. Hearth writes ${SSDA903_IMPORTED.join(', ')} and lists what it does not write.`,
    '.csv',
    (saved, year) => readSsda903ImportDirectory(saved.dir, year),
    importSsda903,
  ),
};
