import type { Dictionary, Language } from '../../i18n/index.ts';

type BuilderLocale = keyof Dictionary['builder']['locales'];

/** Locales the builder offers (the dictionary names each); an uploaded config's other locale is added to the list when it loads. */
export const BUILDER_LOCALES: BuilderLocale[] = [
  'en-GB',
  'en-IE',
  'en-AU',
  'en-NZ',
  'en-US',
  'en-CA',
  'es-ES',
  'es-MX',
  'de-DE',
  'de-AT',
  'de-CH',
];

/**
 * The dates a blank form starts with on a page in each language. Arabic keeps en-GB's dates and
 * A4: Arabic-speaking regions differ in calendar and digits, so that choice is left to the person.
 */
export const DEFAULT_LOCALES: Record<Language, BuilderLocale> = {
  en: 'en-GB',
  es: 'es-ES',
  de: 'de-DE',
  ar: 'en-GB',
};
