/**
 * The words the /assess/ page's results and team view print, as a JSON file written at build time
 * and fetched with their code on first use, so a first visit carries only the questionnaire's
 * words. Its name holds a hash of its content, so a browser never pairs new code with old words.
 */
import { createHash } from 'node:crypto';
import { pickAssessWords } from '../../core/assessment/words.ts';
import { words } from '../../i18n/index.ts';
import { urls } from '../../site/library.ts';

/** The file's content. */
export const wordsJson = JSON.stringify(pickAssessWords(words()));

/** The hash in the file's name. */
export const wordsVersion = createHash('sha256').update(wordsJson).digest('hex').slice(0, 12);

/** Where the page's scripts fetch it. */
export const wordsUrl = `${urls.assess()}words/${wordsVersion}.json`;
