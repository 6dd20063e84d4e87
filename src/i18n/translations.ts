/**
 * The dictionaries translated from English so far. Each passes tests/unit/dictionary-languages.test.ts
 * (English's keys and placeholders, the plural forms its language needs, nothing left in English
 * unless listed with a reason). They join DICTIONARIES in index.ts when the site and the handbook
 * can switch language (issue 30); until then no page or script loads them, so the builder's and
 * the assessment's scripts carry English only.
 */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import type { Dictionary } from './index.ts';

export const TRANSLATIONS = { es, de, ar } satisfies Record<string, Dictionary>;
export type TranslatedLanguage = keyof typeof TRANSLATIONS;
