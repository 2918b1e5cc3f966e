/**
 * In-process notice that an authority's records changed, so caches built from them (the indicators' journey
 * model) are brought up to date. Writers call `recordsChanged` after their transaction commits, naming the
 * child whose record changed when there is one; without a child, everything is read again (settings).
 */
type Listener = (laCode: string, personId?: string) => void;
const listeners = new Set<Listener>();

export function onRecordsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recordsChanged(laCode: string, personId?: string): void {
  for (const listener of listeners) listener(laCode, personId);
}
