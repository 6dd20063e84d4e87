import type { Element } from 'hast';
import { h } from 'hastscript';
import { words, type Dictionary } from '../i18n/index.ts';
import type { Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type { PlaybookChapter } from '../document/playbook.ts';
import { PAPER_SIZES, type PaperSize } from '../schemas/paper.ts';
import { DEFAULT_ACCENT } from '../schemas/handbook-config.ts';
import { documentChildren, standaloneHtml } from './html.ts';
import { handbookCss, runningHeads } from './handbook-html.ts';

export interface PlaybookHtmlOptions {
  paper?: PaperSize;
  /** The site's home page: /print/ then says, on screen only, how to get back and how to print. */
  siteHome?: string;
  /** The words of the document's language (default: English). */
  words?: Dictionary;
}

/** Shown on screen above the cover when the document is a page of the site; never printed. */
const SCREEN_NOTE_CSS = `
.screen-note { margin: 0 0 1.5rem; font-size: 0.9rem; line-height: 1.5; color: #555; }
.screen-note p { margin: 0 0 0.5rem; }
.print-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
.print-controls[hidden] { display: none; }
.paper-choice { border: 0; margin: 0; padding: 0; display: flex; gap: 1rem; }
.paper-choice legend { float: left; margin-right: 0.5rem; padding: 0; font-weight: 600; }
.print-controls button { font: inherit; padding: 0.3rem 0.9rem; color: #fff; background: var(--accent); border: 0; border-radius: 4px; cursor: pointer; }
.print-controls button:disabled { background: #ddd; color: #555; cursor: progress; }
.print-controls :focus-visible { outline: 3px solid #b3261e; outline-offset: 2px; }
@media print { .screen-note { display: none; } }
`;

/**
 * The whole playbook's tree (src/document/playbook.ts) as one self-contained HTML document, with the
 * handbook's print styles: page numbers, chapters on new pages, running heads.
 */
export function renderPlaybookHtml(
  tree: Root,
  chapters: PlaybookChapter[],
  options: PlaybookHtmlOptions,
): string {
  const [cover, ...rest] = documentChildren(tree);
  return standaloneHtml({
    ...playbookHead(chapters, options),
    body: [...screenNotes(options), cover as Element, h('main', rest)],
  });
}

/**
 * The parts of that document for /print/, which places them in a page of its own with the one
 * script that numbers its contents (src/site/print/print-page.ts): its title, style sheet and body
 * as HTML. The body is the same HTML, written a part at a time: the whole library as one HTML tree
 * held 570 MB at once at 2,000 modes (issue 28).
 */
export function playbookHtmlParts(
  tree: Root,
  chapters: PlaybookChapter[],
  options: PlaybookHtmlOptions,
): { title: string; css: string; bodyHtml: string } {
  const [cover, ...rest] = tree.children;
  // As documentToHast writes a root's children: a line break between any two.
  const html = (node: RootContent) => toHtml(documentChildren({ type: 'root', children: [node] }));
  const main = rest.map((node) => `\n${html(node)}`).join('');
  return {
    ...playbookHead(chapters, options),
    bodyHtml: `${toHtml(screenNotes(options))}${cover ? html(cover) : ''}<main>${main}</main>`,
  };
}

function playbookHead(
  chapters: PlaybookChapter[],
  options: PlaybookHtmlOptions,
): { title: string; css: string } {
  const w = options.words ?? words();
  return {
    title: w.playbook.title,
    css:
      handbookCss({
        accent: DEFAULT_ACCENT,
        words: w,
        ...(options.paper ? { paper: options.paper } : {}),
      }) +
      runningHeads(chapters, w) +
      (options.siteHome ? SCREEN_NOTE_CSS : ''),
  };
}

const screenNotes = (options: PlaybookHtmlOptions): Element[] =>
  options.siteHome ? [screenNote(options.siteHome, options.words ?? words())] : [];

/** The way back to the site and how to print; the paper choice and Print button show once the page's script runs. */
function screenNote(siteHome: string, w: Dictionary): Element {
  const L = w.playbook;
  return h('nav.screen-note', { ariaLabel: L.siteNav }, [
    h('p', [h('a', { href: siteHome }, [L.backToSite]), ' · ', L.printHint]),
    h('div.print-controls.needs-script', { hidden: true }, [
      h('fieldset.paper-choice', [
        h('legend', [L.paperLegend]),
        ...PAPER_SIZES.map((paper) =>
          h('label', [h('input', { type: 'radio', name: 'paper', value: paper }), ' ', L.paperNames[paper]]),
        ),
      ]),
      h('button#print-now', { type: 'button' }, [L.printButton]),
    ]),
  ]);
}
