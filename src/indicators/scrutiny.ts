import ExcelJS from 'exceljs';
import type { Trx } from '../db/database.ts';
import { financialYearLabel, financialYearOf } from '../domain/dates.ts';
import { CATALOGUE, indicatorById } from './catalogue/index.ts';
import type { Figure, Indicator } from './indicator.ts';
import { monthsEnding, type Period } from './period.ts';
import {
  benchmarksFor,
  displayFigure,
  ragOf,
  targetFor,
  type PerformanceSettings,
  type PriorityArea,
  type Rag,
} from './settings.ts';

export const SCRUTINY_MONTHS = 9;

export interface ScrutinyRow {
  indicator: Indicator;
  values: string[];
  target: string;
  previousYears: string[];
  statisticalNeighbours: string;
  region: string;
  england: string;
  rag: Rag | null;
}

export interface ScrutinyArea {
  id: string;
  title: string;
  rows: ScrutinyRow[];
  rag: Rag | null;
  analysis: string;
  actions: string;
  updatedAt: Date | null;
}

export interface ScrutinyReport {
  period: Period;
  months: Period[];
  previousYearLabels: string[];
  areas: ScrutinyArea[];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40);
}

/** The authority's priority areas, or the catalogue's sections until it has set its own. */
export function priorityAreas(settings: PerformanceSettings): PriorityArea[] {
  if (settings.areas.length > 0) return settings.areas;
  return [...new Set(CATALOGUE.map((i) => i.section))].map((section) => ({
    id: slug(section),
    title: section,
    indicatorIds: CATALOGUE.filter((i) => i.section === section).map((i) => i.id),
  }));
}

/** The worst RAG of an area's indicators: red if any is red, else amber if any is amber, else green. */
function areaRag(rows: ScrutinyRow[]): Rag | null {
  const rags = rows.map((r) => r.rag);
  return rags.includes('red')
    ? 'red'
    : rags.includes('amber')
      ? 'amber'
      : rags.includes('green')
        ? 'green'
        : null;
}

/**
 * The monthly scrutiny report, laid out as the Southampton report is: per priority area, each indicator's
 * last nine months, target, the authority's two previous years, statistical neighbours, region and England,
 * with the officers' analysis and actions for the month.
 */
export async function scrutinyReport(
  trx: Trx,
  period: Period,
  figures: Figure[],
  settings: PerformanceSettings,
): Promise<ScrutinyReport> {
  const months = monthsEnding(period.end, SCRUTINY_MONTHS);
  const year = financialYearOf(period.end);
  const previousYears = [year - 2, year - 1];
  const commentary = new Map(
    (await trx.selectFrom('scrutiny_commentary').selectAll().where('month', '=', period.id).execute()).map(
      (c) => [c.area_id, c],
    ),
  );
  const byKey = new Map(figures.map((f) => [`${f.id}|${f.period}`, f]));
  const areas = priorityAreas(settings).map((area): ScrutinyArea => {
    const rows = area.indicatorIds.flatMap((id): ScrutinyRow[] => {
      const indicator = indicatorById(id);
      if (!indicator) return [];
      const show = (value: number | null | undefined) =>
        value == null ? '–' : displayFigure({ value }, indicator.unit);
      const series = months.map((m) => byKey.get(`${id}|${m.id}`) ?? null);
      const target = targetFor(settings, id, period.end);
      const benchmarks = benchmarksFor(settings, id, year);
      return [
        {
          indicator,
          values: series.map((f) => show(f?.value)),
          target: show(target?.target),
          previousYears: previousYears.map((y) =>
            show(benchmarks.authority.find((b) => b.year === y)?.value),
          ),
          statisticalNeighbours: show(benchmarks.statisticalNeighbours?.value),
          region: show(benchmarks.region?.value),
          england: show(benchmarks.england?.value),
          rag: ragOf(series.at(-1)?.value ?? null, target, indicator.polarity),
        },
      ];
    });
    const note = commentary.get(area.id);
    return {
      id: area.id,
      title: area.title,
      rows,
      rag: (note?.rag as Rag | null | undefined) ?? areaRag(rows),
      analysis: note?.analysis ?? '',
      actions: note?.actions ?? '',
      updatedAt: note?.updated_at ?? null,
    };
  });
  return { period, months, previousYearLabels: previousYears.map(financialYearLabel), areas };
}

/** The indicators every report needs computed: the nine months of the report. */
export function scrutinyPeriods(period: Period): Period[] {
  return monthsEnding(period.end, SCRUTINY_MONTHS);
}

/** The report as an XLSX workbook: one sheet, an area after another, as on screen. */
export async function scrutinyWorkbook(
  report: ScrutinyReport,
  authorityName: string,
  monthLabels: string[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hearth';
  const sheet = workbook.addWorksheet('Scrutiny report', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true },
  });
  sheet.addRow([`${authorityName}: what the data tells us, ${monthLabels.at(-1)}`]).font = {
    bold: true,
    size: 14,
  };
  for (const area of report.areas) {
    sheet.addRow([]);
    sheet.addRow([area.title, area.rag ? `RAG: ${area.rag}` : '']).font = { bold: true, size: 12 };
    const header = sheet.addRow([
      'Indicator',
      ...monthLabels,
      'Target',
      ...report.previousYearLabels,
      'Statistical neighbours',
      'Region',
      'England',
    ]);
    header.font = { bold: true };
    for (const row of area.rows) {
      sheet.addRow([
        row.indicator.title,
        ...row.values,
        row.target,
        ...row.previousYears,
        row.statisticalNeighbours,
        row.region,
        row.england,
      ]);
    }
    sheet.addRow(['Analysis', area.analysis]);
    sheet.addRow(['Action/next steps', area.actions]);
  }
  sheet.getColumn(1).width = 48;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
