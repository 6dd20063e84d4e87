/**
 * The dictionaries by language, and the helpers that read them. Code asks for the words of the
 * document's language (`words(lang)`) and fills their sentences with src/i18n/format.ts; it never
 * writes a sentence of its own. A second language is one dictionary file, added to DICTIONARIES.
 */
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fill } from './format.ts';

/** The shape every dictionary has: English's, with its words as plain strings. */
export type Dictionary = typeof en;

export const DICTIONARIES = { en, ar } satisfies Record<string, Dictionary>;
export type Language = keyof typeof DICTIONARIES;
export const DEFAULT_LANGUAGE: Language = 'en';

/** The words of a language. */
export function words(lang: Language = DEFAULT_LANGUAGE): Dictionary {
  return DICTIONARIES[lang];
}

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
