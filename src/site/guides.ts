/**
 * The site's prose pages in a language: the translation (content/translations/<lang>/guides/) when
 * there is one, else the English guide, marked as untranslated so the page says so.
 */
import { getCollection, getEntry } from 'astro:content';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/index.ts';

export async function guideIn(lang: Language, id: string) {
  if (lang !== DEFAULT_LANGUAGE) {
    // Looked up in the collection rather than by getEntry, which logs a warning for a missing one.
    const translated = (await getCollection('guideTranslations')).find(
      (g) => g.id === `${lang}/guides/${id}`,
    );
    if (translated) return { guide: translated, untranslated: false };
  }
  const guide = await getEntry('guides', id);
  if (!guide) throw new Error(`internal: the guide "${id}" is missing from src/guides/`);
  return { guide, untranslated: lang !== DEFAULT_LANGUAGE };
}
