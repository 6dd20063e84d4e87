/**
 * The search page's script (src/pages/[...lang]/search.astro): Pagefind, fetched on the first
 * search, and the ranking of a sentence's words.
 */
import { joinVerbs, rankByWords, searchTerms, separableVerbs } from '../../core/library/search-query.ts';
import { statusLine, type StatusWords } from '../../site/search-status.ts';
import type { Language } from '../../i18n/index.ts';
type Result = { url: string; excerpt: string; meta: { title?: string; category?: string } };
type Hit = { id: string; score: number; data: () => Promise<Result> };
type Pagefind = {
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: Hit[] }>;
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
};
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const select = form.querySelector<HTMLSelectElement>('#category')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const statusWords = JSON.parse(status.dataset.words!) as StatusWords;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
let pagefind: Promise<Pagefind> | undefined;
let latest = 0;

// Pagefind is only fetched once the reader searches, so the page itself stays light.
const load = () =>
  (pagefind ??= (import(/* @vite-ignore */ list.dataset.pagefindPath!) as Promise<Pagefind>).then(
    startInIndexLanguage,
  ));
const [indexLanguage, indexDir, indexRoot, pageRoot] = [
  list.dataset.indexLanguage!,
  list.dataset.indexDir!,
  list.dataset.indexRoot!,
  list.dataset.pageRoot!,
];
const ownIndex = indexLanguage === document.documentElement.lang;

/**
 * Pagefind picks its index by <html lang> as it starts, synchronously inside init(). A page whose
 * language has no index yet names the index's language for that instant (no rendering, no
 * assistive technology sees it), so it searches the English pages rather than whichever index
 * Pagefind falls back to.
 */
function startInIndexLanguage(engine: Pagefind): Pagefind {
  if (ownIndex) return engine;
  const html = document.documentElement;
  const own = html.lang;
  html.lang = indexLanguage;
  void engine.init();
  html.lang = own;
  return engine;
}

async function run() {
  const query = input.value.trim();
  const category = select.value;
  const categoryShown = select.selectedOptions[0]?.textContent ?? category;
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  // The address names the category by its id, the same in every language, so the link works in any.
  if (category) params.set('category', select.selectedOptions[0]?.dataset.id ?? category);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  carryQuery(params);
  const ticket = ++latest;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = statusWords.searching;
  const engine = await load();
  const { hits, partial } = await find(engine, query, category ? { filters: { category } } : {});
  const results = await Promise.all(hits.slice(0, 20).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren(...results.map(renderResult));
  const outcome = results.length === 0 ? 'none' : partial ? 'partial' : 'found';
  status.textContent = statusLine(statusWords, outcome, {
    query,
    category: category && categoryShown,
    pages: hits.length,
  });
}

/**
 * One word is Pagefind's own search. A sentence is searched word by word without its filler
 * words, each word both plainly and exactly, and the pages are ranked by the words they really
 * hold (see core/library/search-query.ts).
 */
async function find(engine: Pagefind, query: string, options: { filters?: Record<string, string> }) {
  // Each language's filler words are its own: the page's language says which to drop.
  const lang = indexLanguage as Language;
  const terms = await joinSplitVerbs(engine, searchTerms(query, lang), separableVerbs(query, lang), options);
  if (terms.length < 2)
    return { hits: (await engine.search(terms[0] ?? query, options)).results, partial: false };
  const words = await Promise.all(
    terms.map(async (term) => {
      const [loose, exact] = await Promise.all([
        engine.search(term, options),
        engine.search(`"${term}"`, options),
      ]);
      return { loose: loose.results, exact: exact.results };
    }),
  );
  const { results, everyWord } = rankByWords(words);
  return { hits: results, partial: !everyWord };
}

/** German verbs split round their clause, joined again where the index holds the joined verb. */
async function joinSplitVerbs(
  engine: Pagefind,
  terms: string[],
  splits: { verb: string; joined: string }[],
  options: { filters?: Record<string, string> },
) {
  if (splits.length === 0) return terms;
  const held = await Promise.all(
    splits.map(async (split) =>
      (await engine.search(`"${split.joined}"`, options)).results.length ? [split] : [],
    ),
  );
  return joinVerbs(terms, held.flat());
}

/** The language switcher leads to the same search, words and category, in the other language. */
function carryQuery(params: URLSearchParams) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.languages a[hreflang]'))
    link.search = params.size ? `?${params}` : '';
}

function renderResult(result: Result): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  // From another language's index, the result leads to this language's copy of the page.
  link.href =
    ownIndex || !result.url.startsWith(indexRoot)
      ? result.url
      : pageRoot + result.url.slice(indexRoot.length);
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const category = document.createElement('p');
  category.className = 'meta';
  category.textContent = result.meta.category ?? '';
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, category, excerpt);
  if (!ownIndex) Object.assign(item, { lang: indexLanguage, dir: indexDir });
  return item;
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
});
select.addEventListener('change', run);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
// A category by id, or by its name in this page's index as older links have it.
const wanted = initial.get('category') ?? '';
select.value = [...select.options].find((o) => o.dataset.id === wanted || o.value === wanted)?.value ?? '';
if (input.value) void run();
