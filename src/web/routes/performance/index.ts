import type { FastifyInstance, FastifyRequest } from 'fastify';
import { audit } from '../../../access/audit.ts';
import { anyOf } from '../../../access/policy.ts';
import { visibleAmong } from '../../../access/restrictions.ts';
import { todayInEngland } from '../../../casework/recording.ts';
import { inAuthority, systemActor, type Actor, type Trx } from '../../../db/database.ts';
import { addCalendarMonths, financialYearOf, formatLongDate, isIsoDate } from '../../../domain/dates.ts';
import { CATALOGUE, indicatorById } from '../../../indicators/catalogue/index.ts';
import { sparkline, trendChart } from '../../../indicators/chart.ts';
import { drillDown } from '../../../indicators/engine.ts';
import type { Figure, Indicator, Member } from '../../../indicators/indicator.ts';
import { asAtPeriod, monthsEnding, parsePeriod, type Period } from '../../../indicators/period.ts';
import {
  benchmarksFor,
  displayFigure,
  loadPerformanceSettings,
  ragOf,
  targetFor,
} from '../../../indicators/settings.ts';
import {
  priorityAreas,
  scrutinyPeriods,
  scrutinyReport,
  scrutinyWorkbook,
} from '../../../indicators/scrutiny.ts';

/** Who reads performance: figures and the children behind them. */
export const performanceReaders = anyOf('team_manager', 'head_of_service', 'performance_analyst');

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

/** The last complete month before today, the default for every report. */
export function lastCompleteMonth(today = todayInEngland()): Period {
  return monthsEnding(addCalendarMonths(`${today.slice(0, 7)}-01`, -1), 1)[0]!;
}

export function monthLabel(period: Period): string {
  return formatLongDate(period.start).replace(/^1 /, '');
}

export function shortMonth(period: Period): string {
  const [, month, year] = formatLongDate(period.start).split(' ');
  return `${month!.slice(0, 3)} ${year!.slice(2)}`;
}

/**
 * Reads each authority's journey model and works out the dashboard's default figures (the twelve months to the
 * last complete month), one authority at a time, so the first performance page after Hearth starts is answered
 * from memory: a large authority's take seconds. Figures count every child, so they are read as the service
 * (`systemActor`), as the journey model cache always reads them; nothing is shown to anyone here.
 */
export async function prepareDashboards(app: FastifyInstance, laCodes: readonly string[]): Promise<void> {
  const periods = monthsEnding(lastCompleteMonth().end, 12);
  for (const laCode of laCodes) await app.journeyModels.figures(systemActor(laCode), periods);
}

function chosenMonth(month: string | undefined): Period | null {
  if (!month) return lastCompleteMonth();
  const period = parsePeriod(month);
  return period && period.end <= todayInEngland() ? period : null;
}

/** A measure's members the user may see listed: workers always, children only those they may see. */
async function membersShown<M extends Member>(trx: Trx, indicator: Indicator, members: M[]): Promise<M[]> {
  if (indicator.members === 'workers') return members;
  const visible = await visibleAmong(
    trx,
    members.map((m) => m.personId),
  );
  return members.filter((m) => visible.has(m.personId));
}

function formatter(indicator: Indicator) {
  return (value: number) => displayFigure({ value }, indicator.unit);
}

export async function performanceRoutes(app: FastifyInstance): Promise<void> {
  await app.register(scrutinyRoutes);
  await app.register(weeklyReportRoutes);
  // The dashboard: every indicator's latest value, target, RAG and the year's trend. -----------------------
  app.get<{ Querystring: { month?: string } }>(
    '/performance',
    { config: { access: performanceReaders } },
    async (request, reply) => {
      const period = chosenMonth(request.query.month);
      if (!period)
        return reply.code(400).view('errors/problem.njk', { pageTitle: 'Choose a past month', status: 400 });
      const periods = monthsEnding(period.end, 12);
      const actor = actorOf(request);
      const [{ model, figures }, settings] = await Promise.all([
        app.journeyModels.figures(actor, periods),
        inAuthority(app.db, actor, (trx) => loadPerformanceSettings(trx)),
      ]);
      const byId = new Map<string, Figure[]>();
      for (const f of figures) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
      const sections = [...new Set(CATALOGUE.map((i) => i.section))].map((section) => ({
        title: section,
        tiles: CATALOGUE.filter((i) => i.section === section).map((indicator) => {
          const series = byId.get(indicator.id) ?? [];
          const latest = series.at(-1)!;
          const target = targetFor(settings, indicator.id, period.end);
          // A breakdown's headline is its largest share (early help lead professional by agency).
          const top = [...(latest.breakdown ?? [])].sort((a, b) => (b.value ?? -1) - (a.value ?? -1))[0];
          return {
            indicator,
            value:
              top && indicator.unit === 'percent'
                ? `${top.label}: ${displayFigure(top, indicator.unit)}`
                : displayFigure(latest, indicator.unit),
            target: target ? displayFigure({ value: target.target }, indicator.unit) : null,
            rag: ragOf(latest.value, target, indicator.polarity),
            sparkline: sparkline(series.map((f) => f.value)),
          };
        }),
      }));
      const readAt = app.journeyModels.readAt(model);
      return reply.view('performance/dashboard.njk', {
        pageTitle: 'Performance',
        readAt: readAt?.toLocaleTimeString('en-GB', { timeZone: 'Europe/London' }),
        month: monthLabel(period),
        periodId: period.id,
        sections,
      });
    },
  );

  // One indicator: trend with target and benchmarks, the table, the definition. --------------------------
  app.get<{ Params: { id: string }; Querystring: { month?: string } }>(
    '/performance/indicators/:id',
    { config: { access: performanceReaders } },
    async (request, reply) => {
      const indicator = indicatorById(request.params.id);
      const period = chosenMonth(request.query.month);
      if (!indicator || !period) return reply.callNotFound();
      const periods = monthsEnding(period.end, 13);
      const actor = actorOf(request);
      const [{ figures }, settings] = await Promise.all([
        app.journeyModels.figures(actor, periods, [indicator]),
        inAuthority(app.db, actor, (trx) => loadPerformanceSettings(trx)),
      ]);
      const series = figures.filter((f) => f.id === indicator.id);
      const target = targetFor(settings, indicator.id, period.end);
      const benchmarks = benchmarksFor(settings, indicator.id, financialYearOf(period.end));
      const format = formatter(indicator);
      const marks = [
        benchmarks.statisticalNeighbours && {
          label: 'Stat. neighbours',
          value: benchmarks.statisticalNeighbours.value,
        },
        benchmarks.region && { label: 'Region', value: benchmarks.region.value },
        benchmarks.england && { label: 'England', value: benchmarks.england.value },
      ].filter((m): m is { label: string; value: number } => Boolean(m));
      const chart = trendChart({
        id: 'trend',
        title: `${indicator.title}, ${monthLabel(periods[0]!)} to ${monthLabel(period)}`,
        description: `Monthly values${target ? `, against a target of ${format(target.target)}` : ''}${marks.length ? ', with benchmarks' : ''}. The same figures are in the table.`,
        points: series.map((f, i) => ({ label: shortMonth(periods[i]!), value: f.value })),
        target: target?.target ?? null,
        marks,
        format,
      });
      return reply.view('performance/indicator.njk', {
        pageTitle: indicator.title,
        indicator,
        chart,
        target: target ? format(target.target) : null,
        marks: marks.map((m) => ({ label: m.label, value: format(m.value) })),
        rows: series
          .map((f, i) => ({
            period: periods[i]!,
            label: monthLabel(periods[i]!),
            value: displayFigure(f, indicator.unit),
            numerator: f.numerator,
            denominator: f.denominator,
            rag: ragOf(f.value, targetFor(settings, indicator.id, periods[i]!.end), indicator.polarity),
          }))
          .reverse(),
        showFraction:
          indicator.unit === 'percent' || indicator.unit === 'rate' || indicator.unit === 'average',
      });
    },
  );

  // The children behind a figure, from the same computation as the figure. ---------------------------------
  app.get<{ Params: { id: string; month: string } }>(
    '/performance/indicators/:id/:month',
    { config: { access: performanceReaders } },
    async (request, reply) => {
      const indicator = indicatorById(request.params.id);
      const period = chosenMonth(request.params.month);
      if (!indicator || !period) return reply.callNotFound();
      const actor = actorOf(request);
      const model = await app.journeyModels.get(actor);
      const { figure, measure } = drillDown(model, indicator, period);
      // The figure counts every child; the list shows only the children this user may see.
      const listed = await inAuthority(app.db, actor, async (trx) => {
        const members = await membersShown(trx, indicator, measure.members);
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'drill_down',
          detail: {
            indicator: indicator.id,
            period: period.id,
            children: measure.members.length,
            listed: members.length,
          },
        });
        return members;
      });
      const rows = listed.map((m) => ({
        ...m,
        counted: 'inNumerator' in m ? m.inNumerator : true,
        cells: indicator.facts.map(([key]) => {
          const v = m.facts[key];
          return v === null || v === undefined
            ? ''
            : typeof v === 'boolean'
              ? v
                ? 'Yes'
                : 'No'
              : /^\d{4}-\d{2}-\d{2}$/.test(String(v))
                ? formatLongDate(String(v))
                : String(v);
        }),
      }));
      return reply.view('performance/drill-down.njk', {
        pageTitle: `${indicator.title}: ${monthLabel(period)}`,
        indicator,
        period,
        month: monthLabel(period),
        value: displayFigure(figure, indicator.unit),
        figure,
        percent: measure.kind === 'percent',
        counted: rows.filter((r) => r.counted),
        notCounted: rows.filter((r) => !r.counted),
        breakdown: 'breakdown' in measure ? measure.breakdown : [],
        notListed: measure.members.length - listed.length,
        backLink: `/performance/indicators/${indicator.id}?month=${period.id}`,
      });
    },
  );
}

/** Officers who write the scrutiny report's analysis and actions. */
const scrutinyWriters = anyOf('head_of_service', 'performance_analyst');

/** The monthly scrutiny report: on screen (printable as A4), as XLSX, and the officers' commentary. */
export async function scrutinyRoutes(app: FastifyInstance): Promise<void> {
  async function build(request: FastifyRequest, period: Period) {
    const actor = actorOf(request);
    const periods = scrutinyPeriods(period);
    const { figures } = await app.journeyModels.figures(actor, periods);
    return inAuthority(app.db, actor, async (trx) =>
      scrutinyReport(trx, period, figures, await loadPerformanceSettings(trx)),
    );
  }

  app.get<{ Querystring: { month?: string } }>(
    '/performance/scrutiny',
    { config: { access: performanceReaders } },
    async (request, reply) => {
      const period = chosenMonth(request.query.month);
      if (!period) return reply.callNotFound();
      const report = await build(request, period);
      return reply.view('performance/scrutiny.njk', {
        pageTitle: `What the data tells us: ${monthLabel(period)}`,
        report,
        periodId: period.id,
        monthLabels: report.months.map(shortMonth),
        canWrite: request.user!.roles.some((r) => r === 'head_of_service' || r === 'performance_analyst'),
      });
    },
  );

  app.get<{ Querystring: { month?: string } }>(
    '/performance/scrutiny.xlsx',
    { config: { access: performanceReaders } },
    async (request, reply) => {
      const period = chosenMonth(request.query.month);
      if (!period) return reply.callNotFound();
      const report = await build(request, period);
      const workbook = await scrutinyWorkbook(report, request.user!.laName, report.months.map(shortMonth));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="scrutiny-${period.id}.xlsx"`)
        .send(workbook);
    },
  );

  app.post<{
    Params: { areaId: string };
    Body: { month?: string; analysis?: string; actions?: string; rag?: string };
  }>('/performance/scrutiny/:areaId', { config: { access: scrutinyWriters } }, async (request, reply) => {
    const period = chosenMonth(request.body?.month);
    if (!period) return reply.callNotFound();
    const actor = actorOf(request);
    const analysis = (request.body?.analysis ?? '').slice(0, 20_000);
    const actions = (request.body?.actions ?? '').slice(0, 20_000);
    const rag = ['red', 'amber', 'green'].includes(request.body?.rag ?? '') ? request.body!.rag! : null;
    const saved = await inAuthority(app.db, actor, async (trx) => {
      const settings = await loadPerformanceSettings(trx);
      const area = priorityAreas(settings).find((a) => a.id === request.params.areaId);
      if (!area) return false;
      if (settings.areas.length === 0) {
        // The catalogue's sections become the authority's areas when commentary is first written.
        await trx
          .insertInto('priority_area')
          .values(
            priorityAreas(settings).map((a, i) => ({
              la_code: actor.laCode,
              id: a.id,
              title: a.title,
              position: i + 1,
              indicator_ids: a.indicatorIds,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      const values = { analysis, actions, rag, updated_at: new Date(), updated_by: actor.userId };
      await trx
        .insertInto('scrutiny_commentary')
        .values({ la_code: actor.laCode, area_id: area.id, month: period.id, ...values })
        .onConflict((oc) => oc.columns(['la_code', 'area_id', 'month']).doUpdateSet(values))
        .execute();
      await audit(trx, {
        laCode: actor.laCode,
        userId: actor.userId,
        action: 'scrutiny_commentary',
        detail: { area: area.id, month: period.id },
      });
      return true;
    });
    if (!saved) return reply.callNotFound();
    request.session.flash = 'Analysis and actions saved.';
    return reply.redirect(`/performance/scrutiny?month=${period.id}#${request.params.areaId}`);
  });
}

/** The weekly reports, as at a day: caseloads by team, and overdue visits by category and reason. */
export async function weeklyReportRoutes(app: FastifyInstance): Promise<void> {
  function chosenDate(date: string | undefined): string | null {
    const today = todayInEngland();
    if (!date) return today;
    return isIsoDate(date) && date <= today ? date : null;
  }

  async function measures(request: FastifyRequest, date: string, ids: string[]) {
    const model = await app.journeyModels.get(actorOf(request));
    const period = asAtPeriod(date);
    return ids.map((id) => {
      const indicator = indicatorById(id);
      if (!indicator) throw new Error(`The catalogue has no ${id}`);
      return { indicator, ...drillDown(model, indicator, period) };
    });
  }

  app.get<{ Querystring: { date?: string } }>(
    '/performance/caseloads',
    { config: { access: performanceReaders } },
    async (request, reply) => {
      const date = chosenDate(request.query.date);
      if (!date) return reply.callNotFound();
      const [average, over] = await measures(request, date, ['caseload_average', 'caseload_over_threshold']);
      return reply.view('performance/caseloads.njk', {
        pageTitle: 'Caseloads',
        date,
        average: average!.figure,
        teams: average!.figure.breakdown ?? [],
        overWorkers: over!.measure.members,
        overFacts: over!.indicator.facts,
      });
    },
  );

  app.get<{ Querystring: { date?: string } }>(
    '/performance/overdue-visits',
    { config: { access: performanceReaders } },
    async (request, reply) => {
      const date = chosenDate(request.query.date);
      if (!date) return reply.callNotFound();
      const [overdue] = await measures(request, date, ['overdue_visits']);
      const actor = actorOf(request);
      const listed = await inAuthority(app.db, actor, async (trx) => {
        const members = await membersShown(trx, overdue!.indicator, overdue!.measure.members);
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'drill_down',
          detail: {
            indicator: 'overdue_visits',
            date,
            children: overdue!.measure.members.length,
            listed: members.length,
          },
        });
        return members;
      });
      const rows = listed.map((m) => ({
        ...m,
        cells: overdue!.indicator.facts.map(([key]) => {
          const v = m.facts[key];
          return v === null || v === undefined
            ? ''
            : /^\d{4}-\d{2}-\d{2}$/.test(String(v))
              ? formatLongDate(String(v))
              : String(v);
        }),
      }));
      const breakdown = overdue!.figure.breakdown ?? [];
      return reply.view('performance/overdue-visits.njk', {
        pageTitle: 'Overdue visits',
        date,
        total: overdue!.figure.value,
        byCategory: breakdown.filter((b) => b.key.startsWith('category:')),
        byReason: breakdown.filter((b) => b.key.startsWith('reason:')),
        facts: overdue!.indicator.facts,
        rows,
        notListed: overdue!.measure.members.length - listed.length,
      });
    },
  );
}
