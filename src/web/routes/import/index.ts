import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { administrators } from '../../../access/policy.ts';
import { recordsChanged } from '../../../db/changes.ts';
import { inAuthority, type Actor } from '../../../db/database.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../../../returns/import-formats.ts';
import { ImportError, type ImportSummary } from '../../../returns/import-record.ts';
import { lastEndedYear, RETURN_YEARS, yearLabel } from '../../../returns/years.ts';
import { todayInEngland } from '../../../casework/recording.ts';
import { errorList } from '../../forms.ts';

/** The most one import's files may hold between them. */
export const UPLOAD_LIMIT_MB = 50;
const UPLOAD_LIMIT_BYTES = UPLOAD_LIMIT_MB * 1024 * 1024;
/** The most files one import takes (an SSDA903 return is 14 tables). */
export const UPLOAD_MAX_FILES = 50;

/** One uploaded file, held in memory until the request is allowed. */
interface Upload {
  /** The file's own name, without any folder the browser gave. */
  name: string;
  content: Buffer;
}

/** The import form as posted: its fields, and its files unless they were too many or too large. */
interface ImportForm {
  _csrf?: string;
  format?: string;
  year?: string;
  files?: Upload[];
  tooLarge?: boolean;
  tooMany?: boolean;
}

const FORM_FIELDS = new Set(['_csrf', 'format', 'year']);

/**
 * Reads a multipart import form into `request.body` before the CSRF check (a preHandler) looks for its token.
 * Only for a signed-in session: anyone else is refused by the preHandlers without their upload being read.
 * Files past the limits are read and dropped, so the browser gets the page that says so.
 */
async function readImportForm(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart() || !request.session.userId) return;
  const form: ImportForm = { files: [] };
  let total = 0;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (FORM_FIELDS.has(part.fieldname) && typeof part.value === 'string')
          form[part.fieldname as '_csrf' | 'format' | 'year'] = part.value;
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total <= UPLOAD_LIMIT_BYTES) chunks.push(chunk);
      }
      // A browser sends an empty file part with no name when no file is chosen.
      if (part.filename)
        form.files!.push({
          name: path.basename(part.filename.replace(/\\/g, '/')),
          content: Buffer.concat(chunks),
        });
    }
  } catch (error) {
    if (!(error instanceof request.server.multipartErrors.FilesLimitError)) throw error;
    form.tooMany = true;
  }
  if (total > UPLOAD_LIMIT_BYTES) form.tooLarge = true;
  if (form.tooLarge || form.tooMany) form.files = [];
  request.body = form;
}

/** A file's name as the import's problems give it; only plain names, so a name cannot reach outside its directory. */
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._()-]{0,99}$/;

/** What is wrong with the form, by field (nothing when it can be imported). */
function formErrors(form: ImportForm, format: ImportFormat | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!format) errors.format = 'Select what the files are';
  else if (format.years && !format.years.includes(Number(form.year)))
    errors.year = RETURN_YEARS.includes(Number(form.year))
      ? `${format.title} can be imported for ${format.years.map(yearLabel).join(' or ')} only`
      : 'Select the collection year of the files';
  const files = form.files ?? [];
  if (form.tooLarge) errors.files = `The files must be ${UPLOAD_LIMIT_MB} MB or smaller in all`;
  else if (form.tooMany) errors.files = `Select ${UPLOAD_MAX_FILES} files or fewer`;
  else if (files.length === 0) errors.files = 'Select the files to import';
  else {
    const names = files.map((f) => f.name);
    const unplain = names.find((n) => !PLAIN_NAME.test(n));
    const repeated = names.find((n, i) => names.indexOf(n) !== i);
    const otherKind = format && names.find((n) => !n.toLowerCase().endsWith(format.extension));
    if (unplain !== undefined)
      errors.files = `${unplain}: rename the file using only letters, numbers, spaces, dots, dashes and brackets`;
    else if (repeated) errors.files = `${repeated} is selected twice: select each file once`;
    else if (otherKind)
      errors.files = `${otherKind} is not a ${format.extension} file: ${format.title} end ${format.extension}`;
  }
  return errors;
}

/**
 * Writes the files to a directory of their own, private to the service, reads them as the format says and
 * imports them in one transaction; the directory is removed whatever happens.
 */
async function importFiles(
  app: FastifyInstance,
  actor: Actor,
  format: ImportFormat,
  year: number,
  files: readonly Upload[],
): Promise<ImportSummary> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-import-'));
  try {
    const paths: string[] = [];
    for (const file of files) {
      const saved = path.join(dir, file.name);
      await fs.writeFile(saved, file.content, { mode: 0o600, flag: 'wx' });
      paths.push(saved);
    }
    try {
      const run = await format.read({ dir, paths }, year);
      return await inAuthority(app.db, actor, (trx) => run(trx, actor));
    } catch (error) {
      // Problems name the files as uploaded, never the directory they were saved in.
      if (error instanceof ImportError)
        throw new ImportError(
          error.problems.map((p) => p.replaceAll(`${dir}${path.sep}`, '').replaceAll(dir, 'the files')),
        );
      throw error;
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** What the error summary says of an import that found problems. */
function nothingImported(problems: number): string {
  const [found, them] = problems === 1 ? ['1 problem was', 'it'] : [`${problems} problems were`, 'them'];
  return `Nothing was imported: ${found} found in the files. Put ${them} right in the files, or in the record, and import the files again.`;
}

/** The record tables an import touched, each with its counts. */
function countsByTable(summary: ImportSummary) {
  const tables = [
    ...new Set([
      ...Object.keys(summary.inserted),
      ...Object.keys(summary.updated),
      ...Object.keys(summary.unchanged),
    ]),
  ].sort() as (keyof ImportSummary['inserted'])[];
  return tables.map((table) => ({
    table,
    inserted: summary.inserted[table] ?? 0,
    updated: summary.updated[table] ?? 0,
    unchanged: summary.unchanged[table] ?? 0,
  }));
}

/**
 * The import page: an authority's administrator uploads a legacy system's return files and imports them as
 * `hearth import` does, as the service recorded as the administrator; the report says what was written, or
 * every problem and that nothing was.
 */
export async function importRoutes(app: FastifyInstance): Promise<void> {
  // Multipart bodies are for this page only; read before the access and CSRF checks (see readImportForm).
  app.addHook('preValidation', readImportForm);
  // A file past the size limit is cut short and counted (readImportForm), not thrown.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: UPLOAD_LIMIT_BYTES + 1, files: UPLOAD_MAX_FILES, fields: 10 },
  });

  const formPage = (
    values: { format?: string; year?: string },
    errors: Record<string, string> = {},
    problems: string[] = [],
  ) => ({
    pageTitle: 'Import records',
    // The year chosen, or else the latest collection to have ended.
    years: RETURN_YEARS.map((year) => ({
      value: String(year),
      text: yearLabel(year),
      hint: { text: `1 April ${year} to 31 March ${year + 1}` },
      checked: (values.year ?? String(lastEndedYear(todayInEngland()))) === String(year),
    })),
    uploadLimitMb: UPLOAD_LIMIT_MB,
    formats: Object.entries(IMPORT_FORMATS).map(([id, f]) => ({
      value: id,
      text: f.title,
      hint: { text: f.hint },
      checked: values.format === id,
    })),
    byField: errors,
    errors: [...errorList(errors), ...problems.map((text) => ({ href: '#files', text }))],
    errorDescription: problems.length > 0 ? nothingImported(problems.length) : undefined,
  });

  app.get('/import', { config: { access: administrators } }, async (_request, reply) =>
    reply.view('import/index.njk', formPage({})),
  );

  app.post('/import', { config: { access: administrators } }, async (request, reply) => {
    const form = (request.body ?? {}) as ImportForm;
    const format = form.format ? IMPORT_FORMATS[form.format] : undefined;
    const errors = formErrors(form, format);
    if (!format || Object.keys(errors).length > 0)
      return reply.code(400).view('import/index.njk', formPage(form, errors));
    const user = request.user!;
    // An import writes every child of the authority: as the service, recorded and audited as the administrator.
    const actor: Actor = { laCode: user.laCode, userId: user.id, system: true };
    let summary: ImportSummary;
    try {
      summary = await importFiles(app, actor, format, Number(form.year), form.files!);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return reply.code(400).view('import/index.njk', formPage(form, {}, [...error.problems]));
    }
    recordsChanged(actor.laCode);
    return reply.view('import/report.njk', {
      pageTitle: 'Import report',
      format,
      files: form.files!.map((f) => f.name),
      counts: countsByTable(summary),
      changed: Object.keys(summary.inserted).length + Object.keys(summary.updated).length > 0,
      notImported: summary.notImported ?? [],
      notes: summary.notes ?? [],
    });
  });
}
