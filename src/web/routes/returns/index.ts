import type { FastifyInstance, FastifyRequest } from 'fastify';
import { audit } from '../../../access/audit.ts';
import { parseFields, toRawForm, type Field, type RawForm } from '../../../casework/fields.ts';
import { todayInEngland } from '../../../casework/recording.ts';
import { anyOf } from '../../../access/policy.ts';
import { inAuthority, systemActor, type Actor } from '../../../db/database.ts';
import {
  cinCensusXml,
  collectionById,
  ssda903Files,
  ssda903TableCsv,
  ssda903Tables,
  summariseByRule,
} from '../../../returns/readiness.ts';
import { AS_AT_EXPORTS, downloadAsAtExport, type AsAtExportName } from '../../../returns/as-at-export.ts';
import { zipOf } from '../../../returns/export-files.ts';
import { RETURN_YEARS, yearLabel } from '../../../returns/years.ts';
import { errorList } from '../../forms.ts';

/** Who prepares the statutory returns. */
export const returnsReaders = anyOf('head_of_service', 'performance_analyst');

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

function chosenYear(year: string | undefined): number | null {
  const chosen = year === undefined ? RETURN_YEARS.at(-1)! : Number(year);
  return RETURN_YEARS.includes(chosen) ? chosen : null;
}

/** The as-at downloads' form: which export, and the date the record is read as at. */
const AS_AT_FIELDS = [
  {
    id: 'export',
    kind: 'radios',
    label: 'Export',
    name: 'what to download',
    options: Object.entries(AS_AT_EXPORTS).map(
      ([kind, { title, shape }]) => [kind, shape === 'files' ? `${title}, in a zip` : title] as const,
    ),
  },
  {
    id: 'as_at',
    kind: 'date',
    label: 'Date the record is read as at',
    name: 'the date the record is read as at',
  },
] as const satisfies readonly Field[];

/** When return checks were taken, as the pages say it: "10:42 on 7 December 2026". */
function takenAt(checkedAt: Date): string {
  const at = (options: Intl.DateTimeFormatOptions) =>
    checkedAt.toLocaleString('en-GB', { timeZone: 'Europe/London', ...options });
  return `${at({ hour: '2-digit', minute: '2-digit' })} on ${at({ day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/**
 * The returns page: each return built from the record and checked against its DfE rules, failures by rule,
 * read from the authority's kept checks (app.returnChecks), which are checked again when the record changes.
 * The downloads build their files from the record on each request.
 */
export async function returnsRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { year?: string } }>(
    '/returns',
    { config: { access: returnsReaders } },
    async (request, reply) => {
      const year = chosenYear(request.query.year);
      if (year === null) return reply.callNotFound();
      const actor = actorOf(request);
      // A return holds every child of the authority, whoever prepares it: the checks are made as the service.
      const checks = await app.returnChecks.forYear(actor.laCode, year);
      const returns = checks.returns.map(({ collection, children, findings }) => ({
        collection,
        children,
        rules: collection.rulesFor(year).length,
        notChecked: collection.notChecked(year),
        downloadable: collection.held(year),
        errors: findings.filter((f) => f.type === 'error').length,
        queries: findings.filter((f) => f.type === 'query').length,
        byRule: summariseByRule(findings),
      }));
      await inAuthority(app.db, actor, (trx) =>
        audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'returns_checked',
          detail: {
            year,
            checkedAt: checks.checkedAt.toISOString(),
            returns: returns.map((r) => ({ collection: r.collection.id, children: r.children })),
          },
        }),
      );
      return reply.view('returns/index.njk', {
        pageTitle: 'Statutory returns',
        year,
        ssda903Tables: ssda903Tables(year),
        yearLabel: yearLabel(year),
        inProgress: todayInEngland() <= `${year + 1}-03-31`,
        otherYears: RETURN_YEARS.filter((y) => y !== year).map((y) => ({ year: y, label: yearLabel(y) })),
        takenAt: takenAt(checks.checkedAt),
        returns,
      });
    },
  );

  app.get<{ Params: { collection: string; code: string }; Querystring: { year?: string } }>(
    '/returns/:collection/rules/:code',
    { config: { access: returnsReaders } },
    async (request, reply) => {
      const year = chosenYear(request.query.year);
      const collection = collectionById(request.params.collection);
      const rule =
        year === null ? undefined : collection?.rulesFor(year).find((r) => r.code === request.params.code);
      if (year === null || !collection || !rule) return reply.callNotFound();
      const actor = actorOf(request);
      const checks = await app.returnChecks.forYear(actor.laCode, year);
      const failing = checks.returns
        .find((r) => r.collection.id === collection.id)!
        .findings.filter((f) => f.code === request.params.code);
      // The children listed are those the user may open; the rest are counted, not named.
      const found = await inAuthority(app.db, actor, async (trx) => {
        const childIds = [...new Set(failing.map((f) => f.child))];
        const people =
          childIds.length === 0
            ? []
            : await trx
                .selectFrom('person')
                .select(['id', 'la_child_id'])
                .where('la_child_id', 'in', childIds)
                .execute();
        const personOf = new Map(people.map((p) => [p.la_child_id, p.id]));
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'returns_rule_viewed',
          detail: { collection: collection.id, year, code: request.params.code, children: people.length },
        });
        const listed = failing.flatMap((f) => {
          const personId = personOf.get(f.child);
          return personId ? [{ ...f, personId }] : [];
        });
        return { listed, hidden: failing.length - listed.length };
      });
      return reply.view('returns/rule.njk', {
        pageTitle: `Rule ${request.params.code}`,
        collection,
        year,
        yearLabel: yearLabel(year),
        takenAt: takenAt(checks.checkedAt),
        findings: found.listed,
        hidden: found.hidden,
        rule,
        total: failing.length,
      });
    },
  );

  app.get<{ Querystring: { year?: string } }>(
    '/returns/cin-census/download',
    { config: { access: returnsReaders } },
    async (request, reply) => {
      const year = chosenYear(request.query.year);
      if (year === null || !collectionById('cin-census')!.held(year)) return reply.callNotFound();
      const actor = actorOf(request);
      const xml = await inAuthority(app.db, systemActor(actor.laCode), async (trx) => {
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'export',
          detail: { collection: 'cin_census', year, via: 'returns page' },
        });
        return cinCensusXml(trx, year);
      });
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="cin-census-${actor.laCode}-${year}.xml"`)
        .send(xml);
    },
  );

  // Annex A, the SSD and the DfE API payload, as at a date: the form, and the download when it is filled in.
  app.get<{ Querystring: RawForm }>(
    '/returns/as-at',
    { config: { access: returnsReaders } },
    async (request, reply) => {
      const today = todayInEngland();
      const asked = request.query.export !== undefined;
      const parsed = asked ? parseFields(AS_AT_FIELDS, request.query, today) : undefined;
      if (parsed?.ok) {
        const actor = actorOf(request);
        const file = await downloadAsAtExport(app.db, {
          kind: parsed.values.export as AsAtExportName,
          laCode: actor.laCode,
          asAt: parsed.values.as_at as string,
          userId: actor.userId,
        });
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.name}"`)
          .send(file.body);
      }
      const errors = parsed?.errors ?? {};
      return reply.code(parsed ? 400 : 200).view('returns/as-at.njk', {
        pageTitle: 'Returns as at a date',
        backLink: '/returns',
        errors: errorList(errors),
        fieldErrors: Object.fromEntries(Object.entries(errors).map(([id, text]) => [id, { text }])),
        form: asked ? request.query : toRawForm(AS_AT_FIELDS, { as_at: today }),
        exports: AS_AT_FIELDS[0].options.map(([value, text]) => ({
          value,
          text,
          checked: request.query.export === value,
        })),
      });
    },
  );

  app.get<{ Querystring: { year?: string } }>(
    '/returns/ssda903.zip',
    { config: { access: returnsReaders } },
    async (request, reply) => {
      const year = chosenYear(request.query.year);
      if (year === null) return reply.callNotFound();
      const actor = actorOf(request);
      const zip = await inAuthority(app.db, systemActor(actor.laCode), async (trx) => {
        const files = await ssda903Files(trx, year);
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'export',
          detail: { collection: 'ssda903', tables: files.length, year, via: 'returns page' },
        });
        return zipOf(files);
      });
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="ssda903-${actor.laCode}-${year}.zip"`)
        .send(zip);
    },
  );

  app.get<{ Params: { table: string }; Querystring: { year?: string } }>(
    '/returns/ssda903/:table.csv',
    { config: { access: returnsReaders } },
    async (request, reply) => {
      const year = chosenYear(request.query.year);
      if (year === null) return reply.callNotFound();
      const actor = actorOf(request);
      const { table } = request.params;
      const csv = await inAuthority(app.db, systemActor(actor.laCode), async (trx) => {
        const file = await ssda903TableCsv(trx, year, table);
        if (file !== undefined) {
          await audit(trx, {
            laCode: actor.laCode,
            userId: actor.userId,
            action: 'export',
            detail: { collection: 'ssda903', table, year, via: 'returns page' },
          });
        }
        return file;
      });
      if (csv === undefined) return reply.callNotFound();
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${table}.csv"`)
        .send(csv);
    },
  );
}
