import type { Root } from 'mdast';
import type { Library } from '../core/library/library.ts';
import { siteMode, siteModeRenderer, type SiteMode } from './mode-page.ts';
import { siteUrls } from './urls.ts';
import { contentDir } from './content-dir.ts';
import { rawLibrary, translatedRawLibrary } from './raw-library.ts';
import type { ContentLanguage } from '../core/library/translations.ts';
import { DEFAULT_LANGUAGE, words, type Language } from '../i18n/index.ts';
import { languagePaths, pageLanguage } from './languages.ts';

const loaded = new Map<
  Language,
  Promise<{ library: Library<SiteMode>; bodies: ReadonlyMap<string, Root> }>
>();

/**
 * The validated library in a language, each mode as the pages see it (SiteMode, without its source
 * text and with the language's neutral wording), read once per build for every page (a thousand
 * pages each listing a thousand entries would be quadratic). English is the loader's one load
 * (site/loader.ts); another language is English with its translations in place, checked there
 * against English (core/library/load.ts). The dev server reads afresh on every page, so an edit
 * shows at once.
 */
export async function getLibrary(lang: Language = DEFAULT_LANGUAGE): Promise<Library<SiteMode>> {
  return (await siteLibrary(lang)).library;
}

function siteLibrary(
  lang: Language,
): Promise<{ library: Library<SiteMode>; bodies: ReadonlyMap<string, Root> }> {
  const load = async () => {
    const { library, neutralBodies } =
      lang === DEFAULT_LANGUAGE
        ? await rawLibrary(contentDir())
        : await translatedRawLibrary(contentDir(), lang as ContentLanguage, { fresh: import.meta.env.DEV });
    const neutral = lang === DEFAULT_LANGUAGE ? undefined : words(lang);
    return {
      library: { ...library, modes: library.modes.map((m) => siteMode(m, neutral)) },
      bodies: neutralBodies,
    };
  };
  if (import.meta.env.DEV) return load();
  let loading = loaded.get(lang);
  if (!loading) loaded.set(lang, (loading = load()));
  return loading;
}

export const urls = siteUrls(import.meta.env.BASE_URL);
/** The site's addresses in a language: its pages under /<lang>/, its assets shared. */
export const urlsFor = (lang: Language) => siteUrls(import.meta.env.BASE_URL, lang);

/**
 * Each mode's body tree by id, in the site's neutral edition: handed over by the loader's one load
 * (site/raw-library.ts says why they are not in the content store), or loaded here when it is not.
 */
export async function modeBodies(lang: Language = DEFAULT_LANGUAGE): Promise<ReadonlyMap<string, Root>> {
  return (await siteLibrary(lang)).bodies;
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
