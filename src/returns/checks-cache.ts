/**
 * The DfE return rules at the point of recording: each authority's returns for the current collection year,
 * built from the record and checked, kept in memory by child so a child's page can show which rules its data
 * breaks now, and by return for the returns page.
 */
import { onRecordsChanged } from '../db/changes.ts';
import { inAuthority, systemActor, type Db } from '../db/database.ts';
import { COLLECTIONS, type Collection } from './readiness.ts';
import { RETURN_YEARS } from './years.ts';
import type { Finding } from './ssda903/validate.ts';

/** One rule one child's data fails in one return, and on how many of the return's rows. */
export interface ChildFinding {
  collection: Collection['id'];
  collectionTitle: string;
  code: string;
  type: 'error' | 'query';
  message: string;
  rows: number;
}

/** One return as checked: how many children it holds, and every finding of its rules. */
export interface ReturnChecked {
  collection: Collection;
  children: number;
  findings: readonly Finding[];
}

export interface ReturnChecks {
  year: number;
  /** When the check began: it reflects every change committed before then. */
  checkedAt: Date;
  /** The findings by LA child ID, errors first. */
  byChild: ReadonlyMap<string, readonly ChildFinding[]>;
  /** Each return, in the order of COLLECTIONS. */
  returns: readonly ReturnChecked[];
}

/** Runs every collection's rules over the authority's returns for the year, as the service. */
export async function checkReturns(db: Db, laCode: string, year: number): Promise<ReturnChecks> {
  const checkedAt = new Date();
  // A return holds every child of the authority, whoever looks: it is built as the service itself.
  const byChild = new Map<string, ChildFinding[]>();
  const returns: ReturnChecked[] = [];
  await inAuthority(db, systemActor(laCode), async (trx) => {
    for (const collection of COLLECTIONS) {
      const { children, findings } = await collection.check(trx, year, true);
      returns.push({ collection, children, findings });
      for (const { child, code, type, message } of findings) {
        if (!child) continue;
        const known = byChild.get(child) ?? [];
        const same = known.find((f) => f.collection === collection.id && f.code === code);
        if (same) same.rows += 1;
        else
          known.push({
            collection: collection.id,
            collectionTitle: collection.title,
            code,
            type,
            message,
            rows: 1,
          });
        byChild.set(child, known);
      }
    }
  });
  for (const findings of byChild.values()) findings.sort(errorsFirst);
  return { year, checkedAt, byChild, returns };
}

const errorsFirst = (a: ChildFinding, b: ChildFinding): number =>
  a.type !== b.type
    ? a.type === 'error'
      ? -1
      : 1
    : a.collection.localeCompare(b.collection) || a.code.localeCompare(b.code);

/**
 * Each authority's latest return checks, recomputed when its records change.
 *
 * At most one check runs per authority; changes arriving while it runs are coalesced into one more check
 * after it. A request waits for an up-to-date result at most `patienceMs` once a previous result exists, and
 * is otherwise answered from the previous one (its `checkedAt` says how old it is); the first check for an
 * authority is awaited. Results older than `maxAgeMs` are checked again, for changes made by other processes
 * (an import from the command line).
 */
export class ReturnChecksCache {
  private readonly results = new Map<string, ReturnChecks>();
  private readonly running = new Map<string, Promise<ReturnChecks>>();
  /** Authorities whose records changed since their latest check began. */
  private readonly changed = new Set<string>();
  private readonly unsubscribe: () => void;
  private closed = false;
  /** How many checks have begun, per authority. */
  readonly checksBegun = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly options: {
      patienceMs?: number;
      maxAgeMs?: number;
      year?: number;
      onError?: (error: unknown) => void;
    } = {},
  ) {
    this.unsubscribe = onRecordsChanged((laCode) => {
      // Only authorities someone has asked about are kept: the others are checked when first asked.
      if (!this.results.has(laCode) && !this.running.has(laCode)) return;
      this.changed.add(laCode);
      if (!this.running.has(laCode)) this.inBackground(laCode);
    });
  }

  private get year(): number {
    return this.options.year ?? RETURN_YEARS.at(-1)!;
  }

  /** The authority's return checks, as up to date as the patience allows. */
  async get(laCode: string): Promise<ReturnChecks> {
    const previous = this.results.get(laCode);
    if (previous && this.isCurrent(laCode, previous)) return previous;
    const fresh = this.settled(laCode);
    if (!previous) return fresh;
    let timer: NodeJS.Timeout | undefined;
    const patience = new Promise<ReturnChecks>((resolve) => {
      timer = setTimeout(() => resolve(previous), this.options.patienceMs ?? 300);
    });
    try {
      return await Promise.race([fresh.catch(() => previous), patience]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The authority's return checks for a collection year: this cache's year as `get` gives it, another
   * year checked now (nothing else asks for other years often enough to keep them).
   */
  async forYear(laCode: string, year: number): Promise<ReturnChecks> {
    return year === this.year ? this.get(laCode) : checkReturns(this.db, laCode, year);
  }

  /** The result once every change made so far has been checked. */
  async settled(laCode: string): Promise<ReturnChecks> {
    for (;;) {
      const running = this.running.get(laCode);
      if (running) {
        await running;
        continue;
      }
      const latest = this.results.get(laCode);
      if (latest && this.isCurrent(laCode, latest)) return latest;
      await this.check(laCode);
    }
  }

  private isCurrent(laCode: string, result: ReturnChecks): boolean {
    return (
      !this.changed.has(laCode) &&
      !this.running.has(laCode) &&
      Date.now() - result.checkedAt.getTime() < (this.options.maxAgeMs ?? 5 * 60_000)
    );
  }

  /** Starts a check unless one is running for the authority; then checks once more if changes came meanwhile. */
  private check(laCode: string): Promise<ReturnChecks> {
    const running = this.running.get(laCode);
    if (running) return running;
    if (this.closed) return Promise.reject(new Error('The return checks are closed'));
    this.changed.delete(laCode);
    this.checksBegun.set(laCode, (this.checksBegun.get(laCode) ?? 0) + 1);
    const checking = checkReturns(this.db, laCode, this.year).then(
      (result) => {
        this.results.set(laCode, result);
        this.running.delete(laCode);
        if (this.changed.has(laCode)) this.inBackground(laCode);
        return result;
      },
      (error: unknown) => {
        // Nothing was checked: what changed is still to be checked next time.
        this.running.delete(laCode);
        this.changed.add(laCode);
        throw error;
      },
    );
    this.running.set(laCode, checking);
    return checking;
  }

  private inBackground(laCode: string): void {
    if (this.closed) return;
    this.check(laCode).catch((error: unknown) => this.options.onError?.(error));
  }

  /** Stops listening, and lets a running check finish before the database it reads is closed. */
  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    await Promise.allSettled([...this.running.values()]);
    this.results.clear();
    this.changed.clear();
  }
}
