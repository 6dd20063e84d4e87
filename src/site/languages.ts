/**
 * The languages the site is built in, and what a page needs to know about its own. English is at
 * the root, every other language under its code with the same paths below (/es/modes/…); each page
 * lives once under src/pages/[...lang]/ and is built for every language (`languagePaths`).
 */
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, loadDictionary, type Language } from '../i18n/index.ts';

/**
 * Every language, or those PLAYBOOK_LANGUAGES lists (`en` or `en,es`): the benchmarks build
 * English only, to compare with peers that have one language. English is always built.
 */
export function siteLanguages(env: string | undefined = process.env.PLAYBOOK_LANGUAGES): Language[] {
  if (!env?.trim()) return [...LANGUAGES];
  const asked = env.split(',').map((l) => l.trim());
  const unknown = asked.filter((l) => !isLanguage(l));
  if (unknown.length > 0)
    throw new Error(
      `PLAYBOOK_LANGUAGES names ${unknown.join(', ')}; the site speaks ${LANGUAGES.join(', ')}: list some of them, separated by commas`,
    );
  return LANGUAGES.filter((l) => l === DEFAULT_LANGUAGE || asked.includes(l));
}

/** The route parameter of a language: none for English, at the root. */
export const languageParam = (lang: Language): string | undefined =>
  lang === DEFAULT_LANGUAGE ? undefined : lang;

/** getStaticPaths of a page that exists once per language. */
export function languagePaths(): { params: { lang: string | undefined } }[] {
  return siteLanguages().map((lang) => ({ params: { lang: languageParam(lang) } }));
}

/** The page's language from its route, with its dictionary loaded so `words(lang)` has it. */
export async function pageLanguage(param: string | undefined): Promise<Language> {
  const lang = param ?? DEFAULT_LANGUAGE;
  if (!isLanguage(lang)) throw new Error(`internal: a page was built for the unknown language "${lang}"`);
  await loadDictionary(lang);
  return lang;
}

/** The path of this page in another language, from its own path and the site's base. */
export function pathInLanguage(pathname: string, base: string, from: Language, to: Language): string {
  const root = base.replace(/\/?$/, '/');
  const own = from === DEFAULT_LANGUAGE ? root : `${root}${from}/`;
  const rest = pathname.startsWith(own) ? pathname.slice(own.length) : '';
  return `${to === DEFAULT_LANGUAGE ? root : `${root}${to}/`}${rest}`;
}
