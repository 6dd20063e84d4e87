/**
 * The library as `playbook generate` loads it (variables unfilled), and each body as parsed, kept
 * from the loader's one load for the /build/ page, which must embed that edition: the collections
 * hold the neutral one. Astro runs the loader and the pages from separate module graphs in the same
 * process, so the hand-over goes through globalThis; a page that finds nothing there (or another
 * folder's library) loads and parses its own. At 1,000 modes this saves a second validation of the
 * whole library per build, and a second parse of every body.
 */
import type { Root } from 'mdast';
import type { Library } from '../core/library/library.ts';

const KEY = Symbol.for('service-playbook.raw-library');

export interface RawLibrary {
  library: Library;
  /** Each body as parsed, without positions, by mode id. */
  parsedBodies: ReadonlyMap<string, Root>;
}

type Shared = RawLibrary & { dir: string };

export function shareRawLibrary(
  dir: string,
  library: Library,
  parsedBodies: ReadonlyMap<string, Root>,
): void {
  (globalThis as { [KEY]?: Shared })[KEY] = { dir, library, parsedBodies };
}

export function sharedRawLibrary(dir: string): RawLibrary | undefined {
  const shared = (globalThis as { [KEY]?: Shared })[KEY];
  return shared?.dir === dir ? shared : undefined;
}
