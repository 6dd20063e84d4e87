/**
 * The words the assessment's code prints, as one small object: the /assess/ page embeds it for its
 * scripts (they never import the dictionary), and the command line passes the whole dictionary.
 */
import type { Dictionary } from '../../i18n/index.ts';

/** The dictionary's assessment words without the page's own markup and the Markdown report's, which no script needs. */
export type AssessWords = Pick<Dictionary, 'locale'> & {
  assess: Omit<Dictionary['assess'], 'page' | 'markdown'>;
};

/** The words a page script needs, taken from a dictionary at build time. */
export function pickAssessWords(w: Dictionary): AssessWords {
  const { page: _page, markdown: _markdown, ...assess } = w.assess;
  return { locale: w.locale, assess };
}
