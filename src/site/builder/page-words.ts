/**
 * The words of the /build/ page's own language (its <html lang>), for everything the builder's
 * scripts write into the page: messages, status lines, labels, download names. The handbook's
 * language is the config's own (`language:`) and may differ; the handbook's words come with it.
 * English is always here; another language's dictionary arrives as its own chunk when the page
 * starts, alongside the library, so the English page carries no other dictionary.
 */
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  loadDictionary,
  words,
  type Dictionary,
  type Language,
} from '../../i18n/index.ts';

let language: Language = DEFAULT_LANGUAGE;

/** Brings the dictionary of the page's language (`lang` as <html lang> has it); from then on `pageWords()` gives it. */
export async function usePageLanguage(lang: string): Promise<Language> {
  const found = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  await loadDictionary(found);
  language = found;
  return found;
}

/** The page's language: English until usePageLanguage has run (and in the unit tests, which run in Node). */
export const pageLanguage = (): Language => language;

/** The words of the page's language. Read when they are used, never when a module loads: the page's dictionary may arrive after. */
export const pageWords = (): Dictionary => words(language);

/** A language's name in the page's language ("alemán" on a Spanish page), for sentences about the handbook's language. */
export const languageName = (lang: string): string =>
  new Intl.DisplayNames(pageWords().locale, { type: 'language' }).of(lang) ?? lang;
