/**
 * Generates a whole synthetic authority in memory, deterministically from its seed: the children and their
 * journeys, the workforce and its allocations, and every record, as table columns ready to load
 * (load.ts). Nothing here touches the database.
 */
import type { LocalTimescalePolicy } from '../domain/timescales.ts';
import { addMonths, dayOf, isoOf, type Day } from './calendar.ts';
import { simulateChildren } from './journeys.ts';
import type { Child } from './model.ts';
import { PARAMETERS } from './parameters.ts';
import { Random } from './random.ts';
import { RecordWriter } from './records.ts';
import { newTables, RowIds, TABLE_ORDER, type Tables } from './tables.ts';
import { allocate, buildWorkforce, phasesOf, type ExistingWorkforce, type Workforce } from './workforce.ts';

export interface SynthOptions {
  /** The authority's DfE code. */
  laCode: string;
  /** Children aged 0-17 living in the authority. */
  population: number;
  /** Years of history ending at the as-at date. */
  years: number;
  seed: string;
  /** The last day of the history, 'YYYY-MM-DD'. */
  asAt: string;
  /** Teams and workers the authority already has, used rather than duplicated. */
  existing?: ExistingWorkforce;
  /** The authority's local timescale policy (visit and supervision intervals) for the open tasks. */
  policy?: LocalTimescalePolicy;
  /** Keep the journey model (for the consistency checks); large authorities should not. */
  keepJourneys?: boolean;
  /**
   * How many times their usual (realistic, low) rates the rarer parts of care happen: short breaks,
   * temporary and other placements, youth justice, child assessment orders and deaths in care. 1 unless
   * set; tests set more so that a small authority exercises every one of them.
   */
  rareCare?: number;
}

export interface SyntheticAuthority {
  options: SynthOptions;
  historyStart: string;
  districts: number;
  tables: Tables;
  ids: RowIds;
  workforce: Workforce;
  /** The journeys, when `keepJourneys` was asked for. */
  children?: Child[];
  /** Rows by table. */
  counts: Record<string, number>;
  /** A digest of every generated value: the same seed and options always give the same digest. */
  digest: string;
  /** Milliseconds spent generating. */
  generationMs: number;
}

const EARLIEST_AS_AT = '2005-01-01';
const LATEST_AS_AT = '2035-06-30';

/** Checks the options, with messages a person can act on; an empty list when they are sound. */
export function problemsWith(options: SynthOptions): string[] {
  const problems: string[] = [];
  if (!/^[0-9]{3}$/.test(options.laCode))
    problems.push('--la must be a three-digit DfE authority code, like 886');
  if (!Number.isInteger(options.population) || options.population < 1000 || options.population > 1_000_000)
    problems.push('--population must be a whole number of children from 1,000 to 1,000,000');
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > 20)
    problems.push('--years must be a whole number from 1 to 20');
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(options.asAt) ||
    options.asAt < EARLIEST_AS_AT ||
    options.asAt > LATEST_AS_AT
  )
    problems.push(`--as-at must be a date written YYYY-MM-DD from ${EARLIEST_AS_AT} to ${LATEST_AS_AT}`);
  if (options.rareCare !== undefined && !(options.rareCare >= 0 && options.rareCare <= 100))
    problems.push('rareCare must be a number from 0 to 100');
  return problems;
}

export function generateAuthority(options: SynthOptions): SyntheticAuthority {
  const problems = problemsWith(options);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const started = performance.now();
  const asAt = dayOf(options.asAt);
  const historyStart = addMonths(asAt, -12 * options.years) + 1;
  const districts = Math.min(
    16,
    Math.max(1, Math.round(options.population / PARAMETERS.childrenPerDistrict)),
  );
  const random = new Random(`hearth-synth/${options.seed}`);
  const existing = options.existing ?? { teams: [], workers: [] };

  const children = simulateChildren(
    { population: options.population, asAt, historyStart, districts, rareCare: options.rareCare ?? 1 },
    random.derive('journeys'),
  );
  let from: Day = historyStart;
  for (const child of children) {
    child.phases = phasesOf(child, districts);
    for (const phase of child.phases) if (phase.start < from) from = phase.start;
  }
  const workforce = buildWorkforce(children, { asAt, districts, from }, existing, random.derive('workforce'));
  allocate(children, workforce, districts, asAt, random.derive('allocation'));

  const tables = newTables();
  const writer = new RecordWriter(tables, workforce, {
    laCode: options.laCode,
    asAt,
    policy: options.policy ?? {},
    detailFrom: historyStart - 365,
  });
  writer.writeWorkforce(from);
  const records = random.derive('records');
  for (const child of children) writer.writeChild(child, records.derive(child.key));
  writer.writeAdults(random.derive('adults'));

  const counts: Record<string, number> = {};
  let digest = 0;
  for (const name of TABLE_ORDER) {
    counts[name] = tables[name].length;
    digest = (Math.imul(digest ^ tables[name].digest(), 0x9e3779b1) >>> 0) ^ (digest >>> 13);
  }
  const ids = new RowIds(options.laCode, options.seed, {
    team: existing.teams.map((t) => t.id),
    worker: existing.workers.map((w) => w.id),
  });
  return {
    options,
    historyStart: isoOf(historyStart),
    districts,
    tables,
    ids,
    workforce,
    children: options.keepJourneys ? children : undefined,
    counts,
    digest: (digest >>> 0).toString(16).padStart(8, '0'),
    generationMs: performance.now() - started,
  };
}
