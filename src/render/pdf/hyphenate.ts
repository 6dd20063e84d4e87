/**
 * Soft hyphens for print. Chromium breaks a long word at the end of a line only where it may
 * hyphenate it, and Debian's Chromium has no hyphenation dictionaries, so `hyphens: auto` does
 * nothing there: a German compound in a handout column or a kit card's table would be cut anywhere
 * ("Kundenko|ntakt", no hyphen). So the documents we print to PDF get soft hyphens (U+00AD) from
 * Liang's patterns (the `hyphen` package, the same TeX patterns browsers use) just before Chromium
 * lays them out: a soft hyphen is invisible unless the line breaks there, then it prints "-".
 *
 * Only the PDFs get them. The HTML files, the Markdown and the Word handbook stay as written, so
 * searching or copying them finds the words as they are; a PDF holds only the hyphens it printed
 * at line ends, as any hyphenated print does. Left whole: headings (bookmarks and the contents are
 * matched by their text), links, code, a company's own values (`bdi`: a name, a limit or an address
 * is copied from the page as it was typed), CSS and scripts, and text marked as another language (an
 * English page inside a German handbook: we ship patterns only for the languages we translate into).
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Puts soft hyphens into the words of a text. */
type Hyphenate = (text: string) => string;

/** The languages whose words we hyphenate, each loaded on first use (the German patterns alone are 750 kB). */
const PATTERNS: Record<string, () => Promise<PatternModule>> = {
  de: () => import('hyphen/de'),
  es: () => import('hyphen/es'),
};
/** A CommonJS module as `import()` gives it: its exports as `default` (Node, esbuild), or named (Vite). */
type PatternModule = { hyphenateSync?: Hyphenate; default?: { hyphenateSync: Hyphenate } };

/** Elements whose text is never hyphenated (see above). */
const KEEP_WHOLE = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'bdi',
  'code',
  'pre',
  'kbd',
  'style',
  'script',
  'title',
  'textarea',
  'svg',
]);

/**
 * A function that hyphenates documents in `language` for print, or undefined for a language we do
 * not hyphenate (English, whose lines the columns were sized for, and Arabic, which is not hyphenated).
 */
export async function loadHyphenator(language: string): Promise<((html: string) => string) | undefined> {
  const load = PATTERNS[language];
  if (!load) return undefined;
  const patterns = await load();
  const hyphenate = patterns.default?.hyphenateSync ?? patterns.hyphenateSync!;
  return (html) => hyphenateHtml(html, language, hyphenate);
}

/** The document with soft hyphens in the words of its `language` text. Pure: the same HTML gives the same result. */
export function hyphenateHtml(html: string, language: string, hyphenate: Hyphenate): string {
  const tree = fromHtml(html);
  walk(tree, language, hyphenate);
  return toHtml(tree) + (html.endsWith('\n') ? '\n' : '');
}

/** An address in running text (a short link, an email) is typed as printed, so it keeps no hyphen. */
const ADDRESS = /[/@]|\.\p{L}/u;

function hyphenateWords(text: string, hyphenate: Hyphenate): string {
  return text.replace(/\S{5,}/g, (token) => (ADDRESS.test(token) ? token : hyphenate(token)));
}

/**
 * Labels set in spaced capitals (a kicker, a card's deck and number): one short line each, where a
 * break never helps, and where pdftotext read the soft hyphens' gaps as spaces ("TRAIN INGS-HANDO UT").
 */
const LABELS = new Set(['kicker', 'kit-kicker', 'cover-kicker', 'kit-card-deck']);
const isLabel = (element: Element) =>
  Array.isArray(element.properties.className) &&
  element.properties.className.some((name) => LABELS.has(String(name)));

function walk(parent: Root | Element, language: string, hyphenate: Hyphenate): void {
  for (const child of parent.children as (ElementContent | Root['children'][number])[]) {
    if (child.type === 'text') child.value = hyphenateWords(child.value, hyphenate);
    else if (child.type === 'element' && !KEEP_WHOLE.has(child.tagName) && !isLabel(child)) {
      const lang = child.properties.lang;
      // A part marked as another language keeps its words whole; one marked as ours is hyphenated.
      if (typeof lang === 'string' && lang.split('-')[0] !== language) continue;
      walk(child, language, hyphenate);
    }
  }
}
