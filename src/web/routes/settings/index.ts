import type { FastifyInstance, FastifyRequest } from 'fastify';
import { anyOf } from '../../../access/policy.ts';
import { localPolicyRules, setLocalPolicy } from '../../../casework/local-policy.ts';
import { recordsChanged } from '../../../db/changes.ts';
import { inAuthority, type Actor } from '../../../db/database.ts';
import {
  exportSettings,
  importSettings,
  isSettingsKind,
  parseSettingsCsv,
  SETTINGS_FILES,
  type SettingsKind,
} from '../../../indicators/settings-import.ts';

const settingsEditors = anyOf('administrator', 'head_of_service', 'performance_analyst');

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

/** The authority's local timescales: visit and supervision intervals. */
export async function settingsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(performanceSettingsRoutes);
  app.get('/settings/local-policy', { config: { access: settingsEditors } }, async (request, reply) => {
    const rules = await inAuthority(app.db, actorOf(request), (trx) => localPolicyRules(trx));
    return reply.view('settings/local-policy.njk', { pageTitle: 'Visit and supervision intervals', rules });
  });

  app.post<{ Body: { rule_id?: string; unit?: string; amount?: string } }>(
    '/settings/local-policy',
    { config: { access: settingsEditors } },
    async (request, reply) => {
      const { rule_id = '', unit = '', amount = '' } = request.body ?? {};
      const n = Number(amount);
      const problem = !/^\d+$/.test(amount.trim())
        ? 'Enter the interval as a whole number'
        : await inAuthority(app.db, actorOf(request), (trx) =>
            setLocalPolicy(trx, actorOf(request), rule_id, unit, n),
          );
      request.session.flash = problem ?? 'Interval saved. New due dates use it from now on.';
      return reply.redirect('/settings/local-policy');
    },
  );
}

const SETTINGS_TITLES: Record<SettingsKind, string> = {
  population: 'Population aged 0 to 17, by year',
  targets: 'Targets and RAG tolerances',
  benchmarks: 'Benchmarks',
  priority_areas: 'Priority areas of the scrutiny report',
  local_policy: 'Visit and supervision intervals',
};

/** Performance settings: each kind shown as its CSV, replaced by pasting a new one. */
export async function performanceSettingsRoutes(app: FastifyInstance): Promise<void> {
  const page = async (request: FastifyRequest, extra: Record<string, unknown> = {}) => {
    const actor = actorOf(request);
    const files = await inAuthority(app.db, actor, async (trx) =>
      Promise.all(
        (Object.keys(SETTINGS_FILES) as SettingsKind[]).map(async (kind) => ({
          kind,
          title: SETTINGS_TITLES[kind],
          columns: SETTINGS_FILES[kind].join(','),
          csv: await exportSettings(trx, kind),
        })),
      ),
    );
    return { pageTitle: 'Performance settings', files, ...extra };
  };

  app.get('/settings/performance', { config: { access: settingsEditors } }, async (request, reply) =>
    reply.view('settings/performance.njk', await page(request)),
  );

  app.get<{ Params: { kind: string } }>(
    '/settings/performance/:kind.csv',
    { config: { access: settingsEditors } },
    async (request, reply) => {
      const { kind } = request.params;
      if (!isSettingsKind(kind)) return reply.callNotFound();
      const csv = await inAuthority(app.db, actorOf(request), (trx) => exportSettings(trx, kind));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${kind}.csv"`)
        .send(csv);
    },
  );

  app.post<{ Params: { kind: string }; Body: { csv?: string } }>(
    '/settings/performance/:kind',
    { config: { access: settingsEditors } },
    async (request, reply) => {
      const { kind } = request.params;
      if (!isSettingsKind(kind)) return reply.callNotFound();
      const parsed = parseSettingsCsv(kind, request.body?.csv ?? '');
      if ('problems' in parsed) {
        const errors = parsed.problems.map((p) => ({
          href: `#csv-${kind}`,
          text: `${SETTINGS_TITLES[kind]}: ${p.row ? `row ${p.row}` : 'the file'}${p.field ? `, ${p.field}` : ''}: ${p.message}. Nothing was imported.`,
        }));
        return reply
          .code(400)
          .view(
            'settings/performance.njk',
            await page(request, { errors, failedKind: kind, posted: request.body?.csv }),
          );
      }
      const actor = actorOf(request);
      await inAuthority(app.db, actor, (trx) => importSettings(trx, actor, kind, parsed.rows));
      recordsChanged(actor.laCode);
      request.session.flash = `${SETTINGS_TITLES[kind]}: ${parsed.rows.length} rows imported.`;
      return reply.redirect('/settings/performance');
    },
  );
}
