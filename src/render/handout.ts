import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { ModeData } from '../core/library/library.ts';
import { fill } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { documentChildren } from './html.ts';
import { qrCodeSvg, shortUrl } from './qr.ts';

export interface HandoutOptions {
  /** Shown in the handout's footer line; the neutral site leaves it out. */
  companyName?: string;
  /** The mode's page on the public site; given, the footer carries its QR code and short link. */
  pageUrl?: string;
  /** The words of the handout's language; English unless given. */
  words?: Dictionary;
}

/**
 * One training handout as a hast element, from its tree (src/document/handout.ts): the sections in
 * two printed columns and a footer with the company, the mode and, with a public site, a QR code.
 */
export function renderHandout(
  tree: Root,
  mode: Pick<ModeData, 'title'>,
  options: HandoutOptions = {},
): Element {
  const [article] = documentChildren(tree) as Element[];
  const [header, ...sections] = article!.children as ElementContent[];
  const w = options.words ?? words();
  const company = options.companyName ? [h('bdi', [options.companyName]), ' · '] : [];
  return h('article.handout', [
    header,
    h('div.handout-columns', sections),
    h('footer.handout-foot', [
      h('span', [...company, `${w.siteName} · ${mode.title}`]),
      ...(options.pageUrl
        ? [
            h('span.handout-link', [
              qrCodeSvg(
                options.pageUrl,
                fill(w.locale, w.mode.qrLabel, { address: shortUrl(options.pageUrl) }),
              ),
              shortUrl(options.pageUrl),
            ]),
          ]
        : []),
    ]),
  ]);
}

/**
 * Print styles for handouts. No `@page size`, so the printer's paper wins; the layout is sized for
 * the area A4 and US Letter share (210 x 279 mm), which is why one handout fits either.
 */
export const HANDOUT_CSS = `
.handout { max-width: 48rem; margin: 0 auto; font-size: 0.95rem; line-height: 1.45; overflow-wrap: anywhere; }
.handout h1 { font-size: 1.6rem; margin: 0.1em 0 0.3em; }
.handout h2 { font-size: 1.02rem; margin: 0.9em 0 0.35em; }
.handout h3, .handout h4 { font-size: 0.95rem; margin: 0.6em 0 0.25em; }
.handout ul, .handout ol { padding-inline-start: 1.2em; margin: 0 0 0.5em; }
.handout li + li { margin-top: 0.15em; }
.handout p { margin: 0 0 0.5em; }
.handout .kicker, .handout .meta, .handout-foot { color: var(--muted, #555); font-size: 0.85em; }
.handout .lede { font-size: 1.08em; }
.handout .checklist { list-style: none; padding-inline-start: 0; }
.handout-foot { border-top: 1px solid var(--border, #ccc); margin-top: 0.8em; padding-top: 0.3em; display: flex; justify-content: space-between; align-items: center; gap: 1em; }
.handout-link { display: inline-flex; align-items: center; gap: 0.5em; }
.handout .qr-code { width: 16mm; height: 16mm; flex: none; }
@media print {
  @page { margin: 12mm 13mm; }
  .handout { max-width: none; font-size: 8.6pt; line-height: 1.3; color: #000; }
  .handout h1 { font-size: 15pt; }
  .handout h2 { font-size: 10pt; margin-top: 0.6em; break-after: avoid; }
  .handout h3, .handout h4 { font-size: 9pt; break-after: avoid; }
  .handout-columns { column-count: 2; column-gap: 7mm; }
  .handout-columns section { break-inside: auto; }
  .handout-columns h2:first-child { margin-top: 0; }
  .handout li { break-inside: avoid; }
  /* Printed from a browser that has hyphenation dictionaries (desktop Chrome, Firefox, Safari); our
     PDFs get soft hyphens instead (src/render/pdf/hyphenate.ts), and keep the same words whole. */
  .handout:lang(de), .handout:lang(es) { hyphens: auto; }
  .handout :is(h1, h2, h3, h4, a, bdi) { hyphens: manual; }
}
`;
