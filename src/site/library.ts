import type { Root } from 'mdast';
import { getCollection } from 'astro:content';
import { sortModes, type Library } from '../core/library/library.ts';
import type { Role } from '../schemas/roles.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import type { Article } from '../schemas/sources.ts';
import { siteModeRenderer, type SiteMode } from './mode-page.ts';
import { siteUrls } from './urls.ts';
import { contentDir } from './content-dir.ts';
import { rawLibrary, translatedRawLibrary } from './raw-library.ts';
import type { ContentLanguage } from '../core/library/translations.ts';
import { DEFAULT_LANGUAGE, words, type Language } from '../i18n/index.ts';
import { siteMode } from './mode-page.ts';
import { languagePaths, pageLanguage } from './languages.ts';

let built: Promise<Library<SiteMode>> | undefined;
const translated = new Map<
  Language,
  Promise<{ library: Library<SiteMode>; bodies: ReadonlyMap<string, Root> }>
>();

/**
 * The validated library, read from the content collections our loader filled (site/loader.ts):
 * each mode as the pages see it (SiteMode, without its source text). The loader already validated
 * every entry with the core schema, so the data is typed here. A
 * build reads it once for every page (a thousand pages each listing a thousand entries would be
 * quadratic); the dev server reads it afresh, so an edited page shows at once.
 */
export async function getLibrary(lang: Language = DEFAULT_LANGUAGE): Promise<Library<SiteMode>> {
  if (lang !== DEFAULT_LANGUAGE) return (await translatedLibrary(lang)).library;
  if (import.meta.env.DEV) return readCollections();
  built ??= readCollections();
  return built;
}

/**
 * A language's library: the English one with its translations in place (core/library/load.ts),
 * checked there against English. It does not go through the content store, which holds English;
 * the dev server reloads it on every page, so an edited translation shows at once.
 */
function translatedLibrary(
  lang: Language,
): Promise<{ library: Library<SiteMode>; bodies: ReadonlyMap<string, Root> }> {
  const load = async () => {
    const { library, neutralBodies } = await translatedRawLibrary(contentDir(), lang as ContentLanguage, {
      fresh: import.meta.env.DEV,
    });
    const neutral = words(lang);
    return {
      library: { ...library, modes: library.modes.map((m) => siteMode(m, neutral)) },
      bodies: neutralBodies,
    };
  };
  if (import.meta.env.DEV) return load();
  let loading = translated.get(lang);
  if (!loading) translated.set(lang, (loading = load()));
  return loading;
}

async function readCollections(): Promise<Library<SiteMode>> {
  const [modes, articles, roles, measures, worksheets] = await Promise.all([
    getCollection('modes'),
    getCollection('articles'),
    getCollection('roles'),
    getCollection('measures'),
    getCollection('worksheets'),
  ]);
  const { metrics, pulse } = measures[0]!.data as Pick<Library, 'metrics' | 'pulse'>;
  const inOrder = <T>(entries: { data: unknown }[], key: string) =>
    entries
      .map((entry) => entry.data as { position: number } & Record<string, T>)
      .sort((a, b) => a.position - b.position)
      .map((x) => x[key]!);
  return {
    roles: inOrder<Role>(roles, 'role'),
    metrics,
    pulse,
    worksheets: worksheets.map((entry) => entry.data as Worksheet).sort((a, b) => (a.id < b.id ? -1 : 1)),
    modes: sortModes(modes.map((entry) => entry.data as SiteMode)),
    articles: articles
      .map((entry) => entry.data as { position: number; article: Article })
      .sort((a, b) => a.position - b.position)
      .map((x) => x.article),
  };
}

export const urls = siteUrls(import.meta.env.BASE_URL);
/** The site's addresses in a language: its pages under /<lang>/, its assets shared. */
export const urlsFor = (lang: Language) => siteUrls(import.meta.env.BASE_URL, lang);

/**
 * Each mode's body tree by id, in the site's neutral edition: handed over by the loader's one load
 * (site/raw-library.ts says why they are not in the content store), or loaded here when it is not.
 */
export async function modeBodies(lang: Language = DEFAULT_LANGUAGE): Promise<ReadonlyMap<string, Root>> {
  if (lang !== DEFAULT_LANGUAGE) return (await translatedLibrary(lang)).bodies;
  return (await rawLibrary(contentDir())).neutralBodies;
}

const renderers = new WeakMap<Library<SiteMode>, (mode: SiteMode) => string>();

/**
 * A mode page's article (site/mode-page.ts: the mode's one document tree, site edition), rendered
 * when its page is built. One renderer per library, so its lookups are made once per build.
 */
export async function modeArticleHtml(mode: SiteMode, lang: Language = DEFAULT_LANGUAGE): Promise<string> {
  const library = await getLibrary(lang);
  let render = renderers.get(library);
  if (!render) {
    const [forLibrary, bodies] = [siteModeRenderer(library, urlsFor(lang), lang), await modeBodies(lang)];
    render = (m) => forLibrary(m, bodies.get(m.id) ?? { type: 'root', children: [] });
    renderers.set(library, render);
  }
  return render(mode);
}

/** getStaticPaths of a page per mode in every language: each mode of that language's library, as props. */
export async function modePagePaths() {
  const pages = [];
  for (const { params } of languagePaths()) {
    const lang = await pageLanguage(params.lang);
    for (const mode of (await getLibrary(lang)).modes)
      pages.push({ params: { ...params, id: mode.id }, props: { mode } });
  }
  return pages;
}
