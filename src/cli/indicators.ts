import type { Command } from 'commander';
import { connect, inAuthority, systemActor } from '../db/database.ts';
import { isIsoDate } from '../domain/dates.ts';
import { indicatorById } from '../indicators/catalogue/index.ts';
import { computeFigures } from '../indicators/engine.ts';
import type { Figure } from '../indicators/indicator.ts';
import { loadJourneyModel } from '../indicators/model.ts';
import { monthsEnding } from '../indicators/period.ts';
import { withDatabase } from './database.ts';

/**
 * The figures in the catalogue's output shape (shared/domain/indicators.md, "Output"): numerator and
 * denominator only where the unit is a percentage or a rate, null otherwise. An average's children and FTE
 * (caseload_average) stay in its breakdown rows, and on the screens that show them.
 */
export function catalogueShape(figures: readonly Figure[]): Figure[] {
  return figures.map((f) => {
    const unit = indicatorById(f.id)?.unit;
    return unit === 'percent' || unit === 'rate' ? f : { ...f, numerator: null, denominator: null };
  });
}

/** The figures as CSV: one row per figure, then one per breakdown row (with its key). */
export function figuresCsv(figures: Figure[]): string {
  const cell = (v: unknown) =>
    v === null || v === undefined
      ? ''
      : /[",\n]/.test(String(v))
        ? `"${String(v).replace(/"/g, '""')}"`
        : String(v);
  const lines = ['id,period,breakdown,value,numerator,denominator'];
  for (const f of figures) {
    lines.push([f.id, f.period, '', f.value, f.numerator, f.denominator].map(cell).join(','));
    for (const b of f.breakdown ?? [])
      lines.push([f.id, f.period, b.key, b.value, b.numerator, b.denominator].map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function indicatorsCommand(program: Command): void {
  program
    .command('indicators')
    .description('print every indicator for the months ending at a date, as JSON or CSV')
    .requiredOption('--la <code>', "the authority's three-digit DfE code")
    .requiredOption('--as-at <date>', 'the last day reported on (YYYY-MM-DD); its month is the last month')
    .option('--months <n>', 'how many months', '12')
    .option('--format <format>', 'json or csv', 'json')
    .action(async (options: { la: string; asAt: string; months: string; format: string }) => {
      if (!/^\d{3}$/.test(options.la))
        throw new Error(`--la must be a three-digit authority code, not "${options.la}".`);
      if (!isIsoDate(options.asAt))
        throw new Error(`--as-at must be a real date as YYYY-MM-DD, not "${options.asAt}".`);
      const months = Number(options.months);
      if (!Number.isInteger(months) || months < 1 || months > 120)
        throw new Error('--months must be a whole number from 1 to 120.');
      if (!['json', 'csv'].includes(options.format)) throw new Error('--format must be json or csv.');
      await withDatabase(async (server) => {
        const db = connect(server.appUrl, { max: 4 });
        try {
          const authority = await db
            .selectFrom('local_authority')
            .select('la_code')
            .where('la_code', '=', options.la)
            .executeTakeFirst();
          if (!authority) throw new Error(`There is no authority ${options.la} in this database.`);
          const model = await inAuthority(db, systemActor(options.la), (trx) =>
            loadJourneyModel(trx, options.la),
          );
          const figures = catalogueShape(computeFigures(model, monthsEnding(options.asAt, months)));
          process.stdout.write(
            options.format === 'csv' ? figuresCsv(figures) : `${JSON.stringify(figures, null, 2)}\n`,
          );
        } finally {
          await db.destroy();
        }
      });
    });
}
