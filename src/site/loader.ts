/**
 * The playbook's content-layer loader, as Starlight ships docsLoader(): it calls the core loader
 * (core/library/load.ts) once, so `astro build`, `astro dev` and the generator share one validation and
 * its file:line:col messages. Every collection reads the one load: `modes` (each entry's data is
 * what the pages read of a mode, site/mode-page.ts's SiteMode), `articles` (content/sources.yaml),
 * `roles`, `measures` (content/metrics.yaml and content/pulse.yaml) and `worksheets`. Under `astro
 * dev` a change in the content folder reloads them all, and the browser refreshes.
 *
 * The entries carry no rendered HTML and no body trees: Astro bundles the whole store into the
 * build as one module, and at 1,000 modes their articles (13 MB) cost 400 MB of peak memory there,
 * their trees most of the module's size. The trees the validation parsed are handed to the pages
 * beside the store (site/raw-library.ts); each mode page renders its own article once, from them
 * (site/library.ts, modeArticleHtml).
 */
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Library } from '../core/library/library.ts';
import { loadLibraryWithBodies } from '../core/library/load.ts';
import { UserError } from '../core/problems.ts';
import { contentDir } from './content-dir.ts';
import { siteMode, type SiteMode } from './mode-page.ts';
import { shareRawLibrary, stripped } from './raw-library.ts';

type Kind = 'modes' | 'articles' | 'roles' | 'measures' | 'worksheets';

type SiteLibrary = Library<SiteMode>;

let loading: Promise<SiteLibrary> | undefined;
const syncs = new Map<Kind, (library: SiteLibrary) => Promise<void>>();
const watched = new WeakSet<object>();

/** The validated library, neutral edition (every variable shows its default), loaded once per change. */
function sharedLibrary(dir: string): Promise<SiteLibrary> {
  loading ??= loadLibraryWithBodies(dir).then(({ library, neutralBodies, parsedBodies }) => {
    shareRawLibrary(dir, { library, parsedBodies, neutralBodies: stripped(neutralBodies) });
    return {
      articles: library.articles,
      roles: library.roles,
      metrics: library.metrics,
      pulse: library.pulse,
      worksheets: library.worksheets,
      modes: library.modes.map((m) => siteMode(m)),
    };
  });
  return loading;
}

export function playbookLoader(kind: Kind): Loader {
  return {
    name: `playbook-${kind}`,
    async load(context: LoaderContext) {
      const dir = contentDir();
      const sync = async (library: SiteLibrary) => fill(kind, context, library);
      syncs.set(kind, sync);
      await sync(await sharedLibrary(dir).catch(rethrowReadable));
      watch(context, dir);
    },
  };
}

/** Every entry is set afresh (the store is cleared first), so no digest is needed to skip unchanged ones. */
async function fill(kind: Kind, { store }: LoaderContext, library: SiteLibrary): Promise<void> {
  store.clear();
  if (kind === 'articles') {
    library.articles.forEach((article, position) =>
      store.set({ id: article.id, data: { position, article } }),
    );
    return;
  }
  if (kind === 'measures') {
    // One entry: the metrics keep the file's order, and the survey is read whole.
    store.set({ id: 'measures', data: { metrics: library.metrics, pulse: library.pulse } });
    return;
  }
  if (kind === 'roles') {
    library.roles.forEach((role, position) => store.set({ id: role.id, data: { position, role } }));
    return;
  }
  if (kind === 'worksheets') {
    for (const worksheet of library.worksheets) store.set({ id: worksheet.id, data: { ...worksheet } });
    return;
  }
  for (const mode of library.modes) store.set({ id: mode.id, data: { ...mode } });
}

/** One watcher listener for every collection: reload the library once, then refill each store. */
function watch({ watcher, logger }: LoaderContext, dir: string): void {
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  watcher.add(dir);
  watcher.on('all', async (_event, path) => {
    if (relative(dir, path).startsWith('..') || !/\.(mdx|ya?ml)$/.test(path)) return;
    loading = undefined;
    try {
      const library = await sharedLibrary(dir);
      for (const sync of syncs.values()) await sync(library);
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
