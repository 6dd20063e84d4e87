/**
 * The playbook's content-layer loader, as Starlight ships docsLoader(): it calls the core loader
 * (core/library/load.ts) once, so `astro build`, `astro dev` and the generator share one validation and
 * its file:line:col messages, shown when content syncs. The library it validated is handed to the
 * pages beside the content store (site/raw-library.ts), which they read through site/library.ts;
 * the store only marks each load, so under `astro dev` a change in the content folder reloads the
 * library and the browser refreshes.
 */
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Library } from '../core/library/library.ts';
import { loadLibraryWithBodies } from '../core/library/load.ts';
import { UserError } from '../core/problems.ts';
import { contentDir } from './content-dir.ts';
import { shareRawLibrary, stripped } from './raw-library.ts';

let loading: Promise<Library> | undefined;
let loads = 0;
let refill: (() => Promise<void>) | undefined;
const watched = new WeakSet<object>();

/** The validated library, loaded once per change and handed to the pages (site/raw-library.ts). */
function sharedLibrary(dir: string): Promise<Library> {
  loading ??= loadLibraryWithBodies(dir).then(({ library, neutralBodies, parsedBodies }) => {
    shareRawLibrary(dir, { library, parsedBodies, neutralBodies: stripped(neutralBodies) });
    loads++;
    return library;
  });
  return loading;
}

/**
 * The collection's one entry is the number of the load, nothing more: the pages read the library
 * from the hand-over, and the store's one job is to change when the content does, so `astro dev`
 * reloads the browser. Holding the library here as well had Astro bundle it into the build as one
 * module (3.8 MB at 1,000 modes, parsed by the bundler) and keep two more copies in memory (issue 28).
 */
export function playbookLoader(): Loader {
  return {
    name: 'playbook',
    async load(context: LoaderContext) {
      const dir = contentDir();
      refill = async () => {
        await sharedLibrary(dir);
        context.store.clear();
        context.store.set({ id: 'library', data: { load: loads } });
      };
      await refill().catch(rethrowReadable);
      watch(context, dir);
    },
  };
}

/** One watcher listener, however often Astro calls load(): reload the library, then renew the entry. */
function watch({ watcher, logger }: LoaderContext, dir: string): void {
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  watcher.add(dir);
  watcher.on('all', async (_event, path) => {
    if (relative(dir, path).startsWith('..') || !/\.(mdx|ya?ml)$/.test(path)) return;
    loading = undefined;
    try {
      await refill?.();
      logger.info(`Reloaded the playbook after a change to ${relative(process.cwd(), path)}`);
    } catch (error) {
      loading = undefined;
      logger.error(error instanceof UserError ? error.message : String(error));
    }
  });
}

/** A content mistake stops the build with our own list of file:line:col problems, not a stack trace. */
function rethrowReadable(error: unknown): never {
  if (error instanceof UserError) {
    const readable = new Error(
      `${error.message}\n\nFix the fields named above; docs/authoring.md describes each one.`,
    );
    readable.stack = readable.message;
    throw readable;
  }
  throw error;
}
