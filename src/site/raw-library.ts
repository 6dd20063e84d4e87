/**
 * The library as `playbook generate` loads it (variables unfilled), kept from the loader's one load
 * for the /build/ page, which must embed that edition: the collections hold the neutral one. Astro
 * runs the loader and the pages from separate module graphs in the same process, so the hand-over
 * goes through globalThis; a page that finds nothing there (or another folder's library) loads its
 * own. At 1,000 modes this saves a second validation of the whole library per build.
 */
import type { Library } from '../core/library.ts';

const KEY = Symbol.for('service-playbook.raw-library');

type Shared = { dir: string; library: Library };

export function shareRawLibrary(dir: string, library: Library): void {
  (globalThis as { [KEY]?: Shared })[KEY] = { dir, library };
}

export function sharedRawLibrary(dir: string): Library | undefined {
  const shared = (globalThis as { [KEY]?: Shared })[KEY];
  return shared?.dir === dir ? shared.library : undefined;
}
