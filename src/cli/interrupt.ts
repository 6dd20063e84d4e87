/**
 * What must be undone if the run is stopped (Ctrl-C, SIGTERM, SIGHUP): each write in progress
 * registers how to take itself back, synchronously, since it runs in a signal handler just before
 * the process exits.
 */
const PENDING = new Set<() => void>();

/** Registers an undo step; call the returned function once the write is finished or undone. */
export function undoIfInterrupted(undo: () => void): () => void {
  PENDING.add(undo);
  return () => PENDING.delete(undo);
}

/** Runs every pending undo step; a step that fails does not stop the others. */
export function undoPendingWrites(): void {
  for (const undo of [...PENDING]) {
    try {
      undo();
    } catch {
      // Best effort while stopping: what could not be undone stays as it is, and the next run recovers it.
    }
  }
  PENDING.clear();
}
