/**
 * Whole-sentence search. Pagefind returns only pages that hold every word of a query, so a reader who
 * types how a problem feels ("my agents are burning out") would find nothing as soon as one word
 * appears nowhere. These pure helpers drop the words that carry no meaning and merge the results of
 * searching each remaining word, so the pages that match most of the sentence, most strongly, rise.
 *
 * A plain Pagefind search for one word also returns pages where only a short prefix of it is in the
 * index ("hoops" finds the "h" of "1 h", "cupboard" the "C" of "Candidate C"), so a rare word that
 * appears on no page still "matched" a few pages at full strength and could outvote the rest of the
 * sentence. Each word's quoted (exact) search lists the pages that really hold it, stemmed as the
 * index is ("blames" finds "blame"); only those pages count for that word.
 */

/** Words that say nothing about which problem a reader has; never searched on their own. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all almost also am an and any anyone anything are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
  each else even ever every few for from further get gets getting got had hadn't has hasn't have haven't having he
  her here hers herself him himself his how i i'd i'm i've if in into is isn't it it's its itself just keep keeps
  kind lot lots me more most much my myself no nor not now of off on once only or other ought our ours ourselves out
  over own quite rather really same she should shouldn't so some somehow something still such than that that's the
  their theirs them themselves then there there's these they they'd they're they've thing things this those though
  through to too under until up us very was wasn't we we'd we're we've were weren't what what's when where which
  while who whom why will with won't would wouldn't yet you you'd you're you've your yours yourself yourselves`
    .split(/\s+/)
    .filter(Boolean),
);

/** The words of a query worth searching for: lower case, without punctuation or stop words, each once. */
export function searchTerms(query: string): string[] {
  const words =
    query
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
  const terms = words
    .filter((w) => !STOP_WORDS.has(w))
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...new Set(terms)];
}

/** One search result as the merge needs it: a stable id and Pagefind's relevance score. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** One word's two searches: the plain one (scored, with prefix matches) and the quoted, exact one. */
export interface WordSearch<T extends ScoredResult> {
  loose: readonly T[];
  exact: readonly { id: string }[];
}

/** The plain search's results for a word, kept only where the exact search found the word too. */
export function pagesHoldingWord<T extends ScoredResult>({ loose, exact }: WordSearch<T>): T[] {
  const holding = new Set(exact.map((r) => r.id));
  return loose.filter((r) => holding.has(r.id));
}

/**
 * Ranks pages for a sentence from each word's searches: pages that really hold the most words, most
 * strongly, first. `everyWord` is false when no page holds every word, so the page can say the
 * results are partial.
 */
export function rankByWords<T extends ScoredResult>(
  words: readonly WordSearch<T>[],
): { results: T[]; everyWord: boolean } {
  const merged = mergeByScore(words.map(pagesHoldingWord));
  return { results: merged.map((m) => m.result), everyWord: merged.some((m) => m.matched === words.length) };
}

/**
 * Ranks pages across several searches (one for each word). Scores from separate
 * searches are on different scales: a word found on one page by chance scores far above a word
 * every page uses, though it says less about the reader's problem. So within each search the best
 * page counts 1 and the others in proportion, and a page's score is the sum over the searches: the
 * page that matches most of the sentence, most strongly, comes first. Ties keep a stable order by id.
 */
export function mergeByScore<T extends ScoredResult>(
  runs: readonly (readonly T[])[],
): { result: T; score: number; matched: number }[] {
  const merged = new Map<string, { result: T; score: number; matched: number }>();
  for (const run of runs) {
    const best = Math.max(0, ...run.map((r) => r.score));
    if (best <= 0) continue;
    for (const result of run) {
      const share = result.score / best;
      const entry = merged.get(result.id);
      if (entry) {
        entry.score += share;
        entry.matched += 1;
      } else merged.set(result.id, { result, score: share, matched: 1 });
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score || a.result.id.localeCompare(b.result.id));
}
