import { inAuthority, type Actor, type Db } from '../db/database.ts';
import { onRecordsChanged } from '../db/changes.ts';
import { loadJourneyModel, type JourneyModel } from './model.ts';

/**
 * The journey model per authority, kept in memory so figures are live without re-reading the record for
 * every page. Rebuilt when this process records a change, and at most `maxAgeMs` old otherwise (changes
 * made by other processes, such as an import from the command line).
 */
export class JourneyModelCache {
  private readonly entries = new Map<string, { model: Promise<JourneyModel>; loadedAt: number }>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Db,
    private readonly maxAgeMs = 5 * 60_000,
  ) {
    this.unsubscribe = onRecordsChanged((laCode) => this.entries.delete(laCode));
  }

  get(actor: Actor): Promise<JourneyModel> {
    const entry = this.entries.get(actor.laCode);
    if (entry && Date.now() - entry.loadedAt < this.maxAgeMs) return entry.model;
    const model = inAuthority(this.db, actor, (trx) => loadJourneyModel(trx, actor.laCode));
    this.entries.set(actor.laCode, { model, loadedAt: Date.now() });
    model.catch(() => this.entries.delete(actor.laCode));
    return model;
  }

  close(): void {
    this.unsubscribe();
    this.entries.clear();
  }
}
