/**
 * Every dictionary besides English is complete and fillable: the same keys as English, every
 * sentence with English's placeholders (a translation that drops {company} would print a sentence
 * about nobody), every plural with the forms its language's rules ask for, and nothing left in
 * English by accident. A value may be the same as English only where the list below says why
 * (a brand name, an abbreviation both languages use).
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES, loadDictionary, words, type Language } from '../../src/i18n/index.ts';

type TranslatedLanguage = Exclude<Language, 'en'>;

/** Keys (paths as `a.b.c`) whose value is deliberately the same as English, per language, with the reason in a comment. */
const SAME_AS_ENGLISH: Partial<Record<TranslatedLanguage, string[]>> = {
  es: [
    // The site's brand name, as on its address and the English edition.
    'siteName',
    'playbook.title',
    // Spanish has the same word: "min" (the SI symbol), "Roles", "Total", "Agenda", "Chats", "kit", "Australia", "Austria".
    'duration.minutes',
    'mode.roles',
    'kit.roles',
    'handbook.total',
    'kit.agenda',
    'staffing.page.queue.channels.chat',
    'outputs.kits.chapterLabel',
    'outputs.keywords.kit',
    'builder.locales.en-AU',
    'builder.locales.de-AT',
  ],
  de: [
    // The site's name, a title kept in every language.
    'siteName',
    'playbook.title',
    // The paper size's own name.
    'playbook.paperNames.Letter',
    'builder.paper.Letter',
    // German words spelt as in English: Logo, Standard, Team, Code, Chats, and Handout, the word
    // German trainers use for a one-page sheet to keep.
    'builder.fields.branding.logo',
    'builder.edits.logoNamed',
    'builder.rows.others.name',
    'handbook.standardColumns.0',
    'assess.report.columns.team',
    'assess.team.codeProblem',
    'staffing.page.queue.channels.chat',
    'site.handoutPage.title',
    'site.handoutPage.fileTitle',
    'outputs.handouts.title',
    'outputs.handouts.chapterLabel',
    'outputs.handouts.pdfTitle',
  ],
};

type Leaf = { path: string; value: string };

/** Every string in a dictionary with its path; a plural's forms as `path.one`, `path.other`… */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (value === undefined || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
}

/** The objects that are plural forms: each has `other` and only plural categories as keys. */
function plurals(value: unknown, path = ''): { path: string; forms: Record<string, string> }[] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  const categories = ['zero', 'one', 'two', 'few', 'many', 'other'];
  if (keys.includes('other') && keys.every((k) => categories.includes(k)))
    return [{ path, forms: value as Record<string, string> }];
  return Object.entries(value).flatMap(([key, inner]) => plurals(inner, path ? `${path}.${key}` : key));
}

/** The set of placeholders in a sentence, sorted. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** English's leaf for a path; a plural form missing in English falls back to its `other`. */
function englishAt(english: Map<string, string>, path: string): string | undefined {
  return english.get(path) ?? english.get(path.replace(/\.(zero|one|two|few|many)$/, '.other'));
}

const english = new Map(leaves(words('en')).map((l) => [l.path, l.value]));
const translations = LANGUAGES.filter((l): l is TranslatedLanguage => l !== 'en');
for (const lang of translations) await loadDictionary(lang);

describe.each(translations)('the %s dictionary', (lang) => {
  const dictionary = words(lang);
  const own = leaves(dictionary);
  const structural = (path: string) => /^(language|locale|direction)$/.test(path);

  test('has every key English has, and none it does not', () => {
    const mine = new Set(own.map((l) => l.path.replace(/\.(zero|two|few|many)$/, '.other')));
    const missing = [...english.keys()].filter((p) => !mine.has(p) && !/\.(one)$/.test(p));
    const extra = own
      .map((l) => l.path)
      .filter((p) => englishAt(english, p) === undefined && !/\.(zero|one|two|few|many)$/.test(p));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test('keeps every sentence’s placeholders', () => {
    const wrong = own
      .filter((l) => !structural(l.path))
      .flatMap(({ path, value }) => {
        const source = englishAt(english, path);
        if (source === undefined) return [];
        // A plural form may leave the count out ("one day" written as a word), never add a name.
        const want = placeholders(source).filter(
          (p) => !(p === 'n' && /\.(zero|one|two|few|many|other)$/.test(path)),
        );
        const got = placeholders(value).filter(
          (p) => p !== 'n' || !/\.(zero|one|two|few|many|other)$/.test(path),
        );
        return JSON.stringify(want) === JSON.stringify(got)
          ? []
          : [`${path}: ${JSON.stringify(got)} for ${JSON.stringify(want)}`];
      });
    expect(wrong).toEqual([]);
  });

  test('gives every plural the forms its language needs', () => {
    // The categories whole counts up to 10,000 fall in (Spanish's "many" begins at a million).
    const rules = new Intl.PluralRules(dictionary.locale);
    const needed = [...new Set(Array.from({ length: 10_001 }, (_, n) => rules.select(n)))];
    const short = plurals(dictionary).flatMap(({ path, forms }) => {
      const lacking = needed.filter((c) => !(c in forms));
      return lacking.length > 0 ? [`${path}: no ${lacking.join(', ')}`] : [];
    });
    expect(short).toEqual([]);
  });

  test('leaves nothing in English but what is listed with its reason', () => {
    const allowed = new Set(SAME_AS_ENGLISH[lang] ?? []);
    const same = own
      // A template of placeholders and punctuation only ("{n}. {title}") holds no English of its own.
      .filter((l) => !structural(l.path) && /[A-Za-z]{3,}/.test(l.value.replace(/\{\w+\}/g, '')))
      .filter((l) => englishAt(english, l.path) === l.value && !allowed.has(l.path))
      .map((l) => `${l.path}: ${l.value}`);
    expect(same).toEqual([]);
  });

  test('is a language of its own, with its own locale', () => {
    expect(dictionary.language).toBe(lang);
    expect(new Intl.Locale(dictionary.locale).language).toBe(lang);
    expect(dictionary.direction).toBe((lang as string) === 'ar' ? 'rtl' : 'ltr');
  });
});
