import { h } from 'hastscript';
import type { Handbook } from '../core/handbook/model.ts';
import type { PaperSize } from '../schemas/paper.ts';
import type { Root } from 'mdast';
import { fill } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { accessibleAccent } from './contrast.ts';
import { documentChildren, standaloneHtml } from './html.ts';
import { PAGE_MARGINS_MM } from './page-margins.ts';
import { WORKSHEET_CSS } from './worksheet-css.ts';
import { ARABIC_CSS } from './arabic-css.ts';

/** Renders the handbook's tree (laid out for HTML) as one self-contained HTML document (CSS inlined, logo as a data URI). */
export function renderHandbookHtml(handbook: Handbook, tree: Root): string {
  const [cover, ...rest] = documentChildren(tree);
  const w = words(handbook.language);
  return standaloneHtml({
    title: handbook.title,
    css: handbookCss({ ...handbook, words: w }) + WORKSHEET_CSS + runningHeads(handbook.chapters, w),
    body: [cover!, h('main', rest)],
    generator: 'service-playbook handbook generator',
    words: w,
  });
}

/**
 * A CSS string that can hold any text: every character but letters, digits and spaces is written as
 * a hex escape, so no value can end the string, the rule or the style element.
 */
export function cssText(value: string): string {
  return `"${[...value].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/**
 * Each chapter prints on pages of its own name, whose top margin shows the chapter's title (a
 * library title, never config text, and escaped all the same). Named pages also work when the
 * handbook is printed from a browser.
 */
export function runningHeads(
  chapters: readonly { number: number; anchor: string; mode: { title: string } }[],
  w: Dictionary = words(),
): string {
  return chapters
    .map((c) => {
      const name = `chapter-${c.number}`;
      return `#${c.anchor} { page: ${name}; }\n@page ${name} { @top-center { content: ${cssText(fill(w.locale, w.mode.chapterTitle, { n: c.number, title: c.mode.title }))}; font: 9pt "DejaVu Sans", Arial, sans-serif; color: #555; } }\n`;
    })
    .join('');
}

/**
 * "Page {n} of {total}" as CSS content: each word a string, each space its own, and the two numbers
 * the page counters, so a translation may put them in any order.
 */
function cssPageOf(template: string): string {
  const counters: Record<string, string> = { '{n}': 'counter(page)', '{total}': 'counter(pages)' };
  return template
    .split(/(\{n\}|\{total\}|\s+)/)
    .filter((part) => part !== '')
    .map((part) => counters[part] ?? (/^\s+$/.test(part) ? '" "' : cssText(part)))
    .join(' ');
}

/** Mixes a colour with white; `amount` 0 keeps it, 1 gives white. */
function tint(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `#${[16, 8, 0]
    .map((shift) =>
      Math.round(((value >> shift) & 255) + (255 - ((value >> shift) & 255)) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The handbook's styles: screen reading, then print with paper size, page numbers and chapter breaks.
 * No user text is ever written into CSS: the only config values here are the accent, checked as a
 * hex colour and recomputed for contrast, and the paper size, one of two names. Long because it is
 * one style sheet, kept whole so its rules read in cascade order.
 */
export function handbookCss(handbook: { accent: string; paper?: PaperSize; words?: Dictionary }): string {
  const w = handbook.words ?? words();
  // The accent is used for text on white and as a background under white text; both need 4.5:1.
  const accent = accessibleAccent(handbook.accent);
  // No paper given: no size, so the printer's paper wins (the whole playbook printed from the site).
  const size = handbook.paper ? `size: ${handbook.paper === 'Letter' ? 'letter' : 'A4'};` : '';
  return `
:root { --accent: ${accent}; --accent-tint: ${tint(accent, 0.9)}; --text: #1b1b1b; --muted: #555; --border: #c8c8c8; }
* { box-sizing: border-box; }
html { color: var(--text); background: #fff; font: 16px/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; overflow-wrap: anywhere; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; }
h1, h2, h3, h4, .kicker, .cover-kicker, table, .meta, nav { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
${ARABIC_CSS.trim()}
h1, h2, h3 { color: var(--accent); line-height: 1.2; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
a { color: var(--accent); }
p, ul, ol { margin: 0 0 0.75rem; }
li + li { margin-top: 0.2rem; }
.cover { padding: 3rem 0 2rem; border-bottom: 6px solid var(--accent); }
.cover-logo { display: block; max-height: 4.5rem; max-width: 14rem; margin-bottom: 2rem; }
.cover-kicker, .kicker { color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; margin: 0; }
.cover h1 { font-size: 2.8rem; margin: 0.2rem 0 2rem; }
.cover-vision-label { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; font-size: 0.85rem; color: var(--muted); margin: 0; }
.cover-vision { margin: 0.3rem 0 2rem; padding: 0.8rem 1.2rem; background: var(--accent); color: #fff; font-size: 1.35rem; border-radius: 4px; }
.cover-vision p { margin: 0; }
.cover-date, .cover-audiences { color: var(--muted); margin: 0.2rem 0; }
.contents ul { list-style: none; padding-inline-start: 0; }
.contents li { padding: 0.15rem 0; border-bottom: 1px dotted var(--border); }
.contents li:has(.page-number) { display: flex; align-items: baseline; gap: 0.3rem; border-bottom: none; }
.contents li:has(.page-number)::after { content: ""; order: 1; flex: 1; border-bottom: 1px dotted var(--muted); }
/* A fixed slot as wide as three digits: the numbers go into the printed PDF without a second layout. */
.contents .page-number { order: 2; font-variant-numeric: tabular-nums; flex: none; width: 3ch; white-space: nowrap; text-align: end; }
.contents .placeholder { visibility: hidden; }
.lede { font-size: 1.15rem; }
.kicker a { color: inherit; }
.mode-head { border-bottom: 2px solid var(--accent); margin-bottom: 1rem; padding-top: 0.5rem; }
.mode-head h2 { margin-top: 0.2rem; }
.mode .warning-signs { background: var(--accent-tint); padding: 0.2rem 1rem 0.4rem; border-radius: 4px; }
.mode .warning-signs h3 { margin-top: 0.8rem; color: var(--text); }
.callout { border-inline-start: 4px solid var(--accent); background: #f6f6f6; padding: 0.6rem 1rem; margin: 1rem 0; }
.callout-title { margin-bottom: 0.3rem; }
.note, .meta { color: var(--muted); font-size: 0.92rem; }
.scale { display: block; color: var(--muted); font-family: system-ui, "DejaVu Sans", Arial, sans-serif; font-size: 0.85rem; white-space: pre; }
.play { border-inline-start: 3px solid var(--border); padding-inline-start: 0.9rem; margin-bottom: 1rem; }
.play h4 { margin-top: 0.6rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid var(--border); padding: 0.35rem 0.5rem; text-align: start; vertical-align: top; }
/*
 * A word longer than its box wraps anywhere (set on html) rather than make Chromium shrink the whole
 * print. In a table that would let a column shrink below its words, so there our words and the
 * library's stay whole; only a company's own value (in a bdi) may break anywhere, and no column is
 * narrower than 6em, which keeps that value's ordinary words whole too.
 */
th, td { overflow-wrap: break-word; min-width: 6em; }
th bdi, td bdi { overflow-wrap: anywhere; }
thead th { background: var(--accent); color: #fff; }
tfoot th, tfoot td { font-weight: bold; }
.appendix-entry h3 { margin-bottom: 0.1rem; }
.metric-facts { list-style: none; padding-inline-start: 0; font-size: 0.92rem; }
.metric-facts li + li { margin-top: 0.1rem; }
/* The survey form: the statements wide, one narrow column of boxes per answer, boxes large enough to tick by pen. */
.pulse-table th { vertical-align: middle; }
.pulse-table th:first-child { width: 40%; }
.pulse-table th + th, .pulse-table td + td { min-width: 4.2em; text-align: center; vertical-align: middle; }
.pulse-table td + td { font-size: 1.3rem; line-height: 1; }
.sources li { margin-bottom: 0.6rem; }
@page {
  ${size}
  margin: ${PAGE_MARGINS_MM.map((mm) => `${mm}mm`).join(' ')};
  @bottom-center { content: ${cssPageOf(w.handbook.pageOf)}; font: 9pt "DejaVu Sans", Arial, sans-serif; color: #555; }
}
@page :first { @bottom-center { content: none; } }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; border-bottom: none; }
  .contents, .front, .mode, .back { break-before: page; }
  .front + .front { break-before: auto; }
  /* One sheet to copy and hand out: the form starts a page, and nothing after it shares that page. */
  .pulse-form { break-before: page; break-after: page; break-inside: avoid; }
  .metric-entry { break-inside: avoid; }
  h2, h3, h4, .kicker, .meta { break-after: avoid; }
  li, tr, .play, .callout, .appendix-entry, ul, ol, table, blockquote { break-inside: avoid; }
  li:last-child { break-before: avoid; }
  li:first-child { break-after: avoid; }
  p { orphans: 2; widows: 2; }
  thead { display: table-header-group; }
  .cover-vision, thead th, .mode .warning-signs { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
}
