/**
 * The search page's status line, worded from the sentences the page carries in its HTML
 * (`site.search.status` of the dictionary) rather than from the dictionary itself. It fills them
 * itself, as src/i18n/format.ts would, instead of importing that module: other pages' scripts share
 * it, so importing it would split this page's one small inline script into files to fetch.
 */
import type { Dictionary } from '../i18n/index.ts';

/** The status sentences, with the conventions (`locale`) their numbers and plurals follow. */
export type StatusWords = Dictionary['site']['search']['status'] & { locale: string };

/** How a search went: nothing found, pages holding some of the words only, or pages holding them all. */
export type SearchOutcome = 'none' | 'partial' | 'found';

/** The sentence for a search: `category` is the one the reader chose ('' for all), `pages` how many pages were found. */
export function statusLine(
  words: StatusWords,
  outcome: SearchOutcome,
  search: { query: string; category: string; pages: number },
): string {
  const { query, category, pages } = search;
  const sentence =
    outcome === 'none'
      ? category
        ? words.noneIn
        : words.none
      : outcome === 'partial'
        ? category
          ? words.partialIn
          : words.partial
        : category
          ? words.foundIn
          : words.found;
  const template =
    typeof sentence === 'string'
      ? sentence
      : (sentence[new Intl.PluralRules(words.locale).select(pages)] ?? sentence.other);
  const values: Record<string, string> = {
    query,
    category,
    n: new Intl.NumberFormat(words.locale).format(pages),
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
