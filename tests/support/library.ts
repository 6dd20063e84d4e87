import { resolve } from 'node:path';
import { DEFAULT_CONTENT_DIR, loadLibrary } from '../../src/core/library/load.ts';
import type { Library } from '../../src/core/library/library.ts';

/**
 * The library in a content folder, parsed and validated once per test worker and shared by every
 * test file that worker runs (the projects run with `isolate: false`, so this module and its cache
 * outlive a file). Parsing the playbook costs about a quarter of a CPU-second, and some twenty
 * files read it.
 *
 * It is frozen all the way down, so a test that changed the shared library would throw where it
 * does so, instead of leaking into whichever file runs next. A test that needs to change a library
 * takes its own copy with `structuredClone`.
 */
export function sharedLibrary(contentDir = DEFAULT_CONTENT_DIR): Promise<Library> {
  const key = resolve(contentDir);
  let library = loaded.get(key);
  if (!library) {
    library = loadLibrary(contentDir).then(deepFreeze);
    loaded.set(key, library);
  }
  return library;
}

const loaded = new Map<string, Promise<Library>>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
