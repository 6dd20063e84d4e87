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
import type { Language } from '../../i18n/index.ts';

/** Splits a list of words written as a block of text into a set. */
const wordSet = (block: string): ReadonlySet<string> => new Set(block.split(/\s+/).filter(Boolean));

/**
 * Each language's words that say nothing about which problem a reader has (articles, pronouns,
 * prepositions, the verbs "be", "have" and "do", and the small words of speech such as German
 * "halt" or "mal"); never searched on their own. A language without its own list (Arabic, whose
 * pages are not translated yet and have no index of their own) searches every word.
 */
export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: wordSet(`a about above after again all almost also am an and any anyone anything are aren't as at be because
  been before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
  down during each else even ever every few for from further get gets getting got had hadn't has hasn't have haven't
  having he her here hers herself him himself his how i i'd i'm i've if in into is isn't it it's its itself just keep
  keeps kind lot lots me more most much my myself no nor not now of off on once only or other ought our ours
  ourselves out over own quite rather really same she should shouldn't so some somehow something still such than
  that that's the their theirs them themselves then there there's these they they'd they're they've thing things
  this those though through to too under until up us very was wasn't we we'd we're we've were weren't what what's
  when where which while who whom why will with won't would wouldn't yet you you'd you're you've your yours yourself
  yourselves`),
  es: wordSet(`a al algo alguien algún alguna algunas alguno algunos allí ante antes aquel aquella aquellas aquellos
  aquí así aún aunque bien cada casi como cómo con contra cual cuál cuales cuáles cuando cuándo cuanto cuánto de del
  desde donde dónde durante e el él ella ellas ello ellos en entonces entre era eran eres es esa esas ese eso esos
  esta está estaba estaban estamos están estar estas este esto estos estoy fue fueron ha había habían han has hasta
  hay haya he hemos incluso la las le les lo los luego más me mi mí mis mismo misma mismos mismas mucha muchas mucho
  muchos muy nada ni no nos nosotras nosotros nuestra nuestras nuestro nuestros o os otra otras otro otros para pero
  poco por porque pues que qué quien quién quienes se sea sean ser si sí sido siendo sino sobre sois somos son
  soy su sus suya suyo también tan tanto te tenemos tener tengo tiene tienen toda todas todavía todo todos tu tú tus
  u un una unas uno unos usted ustedes vosotros y ya yo`),
  de: wordSet(`aber alle allem allen aller alles als also am an andere anderen anderer anderes auch auf aus bei beim
  bin bis bist da dabei dadurch dafür dagegen damit dann daran darauf darum das dass dazu dein deine dem den denen
  denn der des dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch eben eh ein eine einem
  einen einer eines einige einigen einiges er es etwa etwas euch euer eure für gar gegen gewesen habe haben hast
  hat hatte hatten hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in ins ist ja je jede jedem jeden
  jeder jedes jemand jetzt kann kannst können könnte man manche mich mir mit muss müssen nach nicht noch nun nur ob
  oder ohne schon sehr sein seine seinem seinen seiner sich sie sind so solche soll sollte sondern sonst über um
  und uns unser unsere unserem unseren unserer unter vom von vor wann war waren warum was weil welche welchem
  welchen welcher wenn wer werden wie wieder will wir wird wo wurde würde zu zum zur zwar zwischen halt mal eigentlich
  ganz gibt mehr kein keine keinem keinen keiner keines`),
  ar: new Set(),
};

/** The words of a query worth searching for: lower case, without punctuation or stop words, each once. */
export function searchTerms(query: string, lang: Language = 'en'): string[] {
  // A page's lang attribute is what the browser passes: anything else searches every word.
  const stop: ReadonlySet<string> = STOP_WORDS[lang] ?? new Set();
  const words =
    query
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
  const terms = words
    .filter((w) => !stop.has(w))
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w.length > 1 && !stop.has(w));
  return [...new Set(terms)];
}

/** German prefixes that leave their verb for the end of its clause ("wir stellen … ein": einstellen). */
const SEPARABLE_PREFIXES: ReadonlySet<string> = wordSet(
  'ab an auf aus bei ein fest her hin los mit nach vor weg zu zurück zusammen',
);

/** Words that join two main clauses and stand outside both, so the verb still comes second after them. */
const CLAUSE_JOINERS: ReadonlySet<string> = wordSet('und oder aber denn sondern doch');

/**
 * The verbs a German sentence splits: in "Wir stellen nach Zeugnissen ein" (we hire by
 * certificates) the verb is "einstellen", to hire, and "stellen" alone (to put) is another word.
 * For each clause that ends in such a prefix, each of its first few words joined to the prefix is
 * a candidate; the search page keeps the candidates the index holds, in place of the bare verb.
 * Other languages split no verbs.
 */
export function separableVerbs(query: string, lang: Language = 'en'): { verb: string; joined: string }[] {
  if (lang !== 'de') return [];
  const stop = STOP_WORDS.de;
  const found: { verb: string; joined: string }[] = [];
  for (const clause of query.toLowerCase().split(/[.,;:!?()"„“”«»–—]+/)) {
    const words = clause.match(/\p{L}+/gu) ?? [];
    while (words[0] && CLAUSE_JOINERS.has(words[0])) words.shift();
    const prefix = words.at(-1);
    if (!prefix || words.length < 3 || !SEPARABLE_PREFIXES.has(prefix)) continue;
    // The verb comes second in its clause, after a subject or phrase of one to three words.
    const candidates = words
      .slice(1, Math.min(4, words.length - 1))
      .filter((w) => !stop.has(w) && w.length > 2);
    for (const verb of candidates) found.push({ verb, joined: prefix + verb });
  }
  return found;
}

/** The query's terms with each split verb the index holds (`held`, from `separableVerbs`) joined in place of its bare verb. */
export function joinVerbs(
  terms: readonly string[],
  held: readonly { verb: string; joined: string }[],
): string[] {
  const joined = terms.map((term) => held.find((h) => h.verb === term)?.joined ?? term);
  return [...new Set(joined)];
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
