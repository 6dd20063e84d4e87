/**
 * The words the /assess/ page's results and team view print, as a JSON file per language written
 * at build time and fetched with their code on first use, so a first visit carries only the
 * questionnaire's words. Its name holds a hash of its content, so a browser never pairs new code
 * with old words.
 */
import { createHash } from 'node:crypto';
import { pickAssessWords } from '../../../core/assessment/words.ts';
import { words, type Language } from '../../../i18n/index.ts';
import { urlsFor } from '../../../site/library.ts';

/** The file's content in a language (its dictionary loaded). */
export const wordsJson = (lang: Language) => JSON.stringify(pickAssessWords(words(lang)));

/** The hash in the file's name. */
export const wordsVersion = (lang: Language) =>
  createHash('sha256').update(wordsJson(lang)).digest('hex').slice(0, 12);

/** Where the page's scripts fetch it. */
export const wordsUrl = (lang: Language) => `${urlsFor(lang).assess()}words/${wordsVersion(lang)}.json`;
