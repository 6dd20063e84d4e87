/**
 * The dictionaries by language, and the helpers that read them. Code asks for the words of the
 * document's language (`words(lang)`) and fills their sentences with src/i18n/format.ts; it never
 * writes a sentence of its own. English is always here; another language is loaded where it enters
 * (a config's `language`, a site page's path) with `loadDictionary`, so a browser script carries
 * only the languages it is asked for, each as its own chunk.
 */
import { en } from './en.ts';
import { fill } from './format.ts';

/** The shape every dictionary has: English's, with its words as plain strings. */
export type Dictionary = typeof en;

/** Every language the playbook speaks, English first (the source of every translation). */
export const LANGUAGES = ['en', 'es', 'de', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

const loaded: Partial<Record<Language, Dictionary>> = { en };

/** The words of a language; English always, another once `loadDictionary` has brought it. */
export function words(lang: Language = DEFAULT_LANGUAGE): Dictionary {
  const dictionary = loaded[lang];
  if (!dictionary)
    throw new Error(`internal: the "${lang}" dictionary was used before loadDictionary("${lang}")`);
  return dictionary;
}

/** Brings a language's dictionary (a separate chunk in a browser script); then `words(lang)` has it. */
export async function loadDictionary(lang: Language): Promise<Dictionary> {
  loaded[lang] ??= await importDictionary(lang);
  return loaded[lang];
}

function importDictionary(lang: Language): Promise<Dictionary> {
  switch (lang) {
    case 'en':
      return Promise.resolve(en);
    case 'es':
      return import('./es.ts').then((m) => m.es);
    case 'de':
      return import('./de.ts').then((m) => m.de);
    case 'ar':
      return import('./ar.ts').then((m) => m.ar);
  }
}

/** Whether a string names a language the playbook speaks. */
export const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/** A length of time as the dictionary writes it: "1 h 30 min", "45 min". */
export function formatMinutes(dictionary: Dictionary, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const { locale: lang, duration } = dictionary;
  return [
    h > 0 ? fill(lang, duration.hours, { h }) : '',
    m > 0 || h === 0 ? fill(lang, duration.minutes, { m }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
