/**
 * What the loader's one load of the library hands to the pages beside the content store: the
 * library as `playbook generate` loads it (variables unfilled) with each body as parsed, for the
 * /build/ page, which must embed that edition; and each body's tree in the site's neutral edition,
 * for the mode pages and /print/. site/library.ts makes the pages' edition of the library from it.
 *
 * None of it goes in the store on purpose: Astro bundles the whole store into the build as one
 * module, and at 1,000 modes the library was parsed and tree-shaken by the bundler and then held in
 * memory again by every reader (issue 28). Astro runs the loader and the pages from separate module
 * graphs in the same process, so the hand-over goes through globalThis; a page that finds nothing
 * there (or another folder's library) loads and parses its own.
 */
import type { Root } from 'mdast';
import type { Library } from '../core/library/library.ts';
import { loadLibraryWithBodies } from '../core/library/load.ts';
import type { ContentLanguage } from '../core/library/translations.ts';
import { withoutPositions } from '../markdown/without-positions.ts';

const KEY = Symbol.for('service-playbook.raw-library');

export interface RawLibrary {
  library: Library;
  /** Each body as parsed, without positions, by mode id. */
  parsedBodies: ReadonlyMap<string, Root>;
  /** Each body through remarkPlaybook with the neutral defaults, without positions, by mode id. */
  neutralBodies: ReadonlyMap<string, Root>;
}

type Shared = RawLibrary & { dir: string };

const holder = globalThis as { [KEY]?: Shared | Promise<Shared> };

export function shareRawLibrary(dir: string, load: RawLibrary): void {
  holder[KEY] = { dir, ...load };
}

/** The shared load, or this process's own when the loader's is not here (made once, then shared). */
export async function rawLibrary(dir: string): Promise<RawLibrary> {
  const shared = await holder[KEY];
  if (shared?.dir === dir) return shared;
  const loading = loadLibraryWithBodies(dir).then(({ library, parsedBodies, neutralBodies }): Shared => ({
    dir,
    library,
    parsedBodies,
    neutralBodies: stripped(neutralBodies),
  }));
  holder[KEY] = loading;
  return loading;
}

const TRANSLATED_KEY = Symbol.for('service-playbook.translated-libraries');
const translatedHolder = globalThis as { [TRANSLATED_KEY]?: Map<string, Promise<RawLibrary>> };

/**
 * A language's library with its translations in place, loaded once per build and shared, as
 * English's is, by the language's pages and its builder file (each had loaded and checked it
 * again), and checked against English's one load rather than English validated once more. The
 * dev server asks with `fresh`, so an edited translation shows at once.
 */
export function translatedRawLibrary(
  dir: string,
  language: ContentLanguage,
  { fresh = false } = {},
): Promise<RawLibrary> {
  const loads = (translatedHolder[TRANSLATED_KEY] ??= new Map());
  const key = `${dir}\n${language}`;
  let loading = fresh ? undefined : loads.get(key);
  if (!loading) {
    loading = rawLibrary(dir)
      .then(({ library: english }) => loadLibraryWithBodies(dir, { language, english }))
      .then(({ library, parsedBodies, neutralBodies }) => ({
        library,
        parsedBodies,
        neutralBodies: stripped(neutralBodies),
      }));
    loads.set(key, loading);
  }
  return loading;
}

/** Neutral trees without source positions (the parsed ones come without): only messages use them, and by now the bodies are checked. */
export function stripped(trees: ReadonlyMap<string, Root>): Map<string, Root> {
  return new Map([...trees].map(([id, tree]) => [id, withoutPositions(tree)]));
}
