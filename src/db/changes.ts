/**
 * In-process notice that an authority's records changed, so caches built from them (the indicators' journey
 * model) are rebuilt. Writers call `recordsChanged` after their transaction commits.
 */
type Listener = (laCode: string) => void;
const listeners = new Set<Listener>();

export function onRecordsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recordsChanged(laCode: string): void {
  for (const listener of listeners) listener(laCode);
}
