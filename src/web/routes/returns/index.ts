import type { FastifyInstance, FastifyRequest } from 'fastify';
import { audit } from '../../../access/audit.ts';
import { anyOf } from '../../../access/policy.ts';
import { inAuthority, systemActor, type Actor } from '../../../db/database.ts';
import {
  cinCensusXml,
  collectionById,
  COLLECTIONS,
  RETURN_YEARS,
  ssda903TableCsv,
  ssda903Tables,
  summariseByRule,
} from '../../../returns/readiness.ts';

/** Who prepares the statutory returns. */
export const returnsReaders = anyOf('head_of_service', 'performance_analyst');

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

function chosenYear(year: string | undefined): number | null {
  const chosen = year === undefined ? RETURN_YEARS.at(-1)! : Number(year);
  return RETURN_YEARS.includes(chosen) ? chosen : null;
}

const yearLabel = (year: number) => `${year}/${String(year + 1).slice(2)}`;

/** The returns page: each return built from the record now, with its DfE rule failures by rule. */
export async function returnsRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { year?: string } }>(
    '/returns',
    { config: { access: returnsReaders } },
    async (request, reply) => {
      const year = chosenYear(request.query.year);
      if (year === null) return reply.callNotFound();
      const actor = actorOf(request);
      // A return holds every child of the authority, whoever prepares it: it is built as the service itself.
      const returns = await inAuthority(app.db, systemActor(actor.laCode), async (trx) => {
        const checked = [];
        for (const collection of COLLECTIONS) {
          const { children, findings, rules } = await collection.check(trx, year);
          checked.push({
            collection,
            children,
            rules,
            errors: findings.filter((f) => f.type === 'error').length,
            queries: findings.filter((f) => f.type === 'query').length,
            byRule: summariseByRule(findings),
          });
        }
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'returns_checked',
          detail: {
            year,
            returns: checked.map((c) => ({ collection: c.collection.id, children: c.children })),
          },
        });
        return checked;
      });
      return reply.view('returns/index.njk', {
        pageTitle: 'Statutory returns',
        year,
        ssda903Tables: ssda903Tables(year),
        yearLabel: yearLabel(year),
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
      const rule = collection?.rules.find((r) => r.code === request.params.code);
      if (year === null || !collection || !rule) return reply.callNotFound();
      const actor = actorOf(request);
      const failing = await inAuthority(app.db, systemActor(actor.laCode), async (trx) => {
        const { findings } = await collection.check(trx, year);
        return findings.filter((f) => f.code === request.params.code);
      });
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
      if (year === null) return reply.callNotFound();
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
