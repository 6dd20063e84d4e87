import { h } from 'hastscript';
import { PLAYBOOK_LABELS } from '../core/labels.ts';
import type { Library, ModeData } from '../core/library.ts';
import { buildPlaybookDocument, type PlaybookChapter } from '../core/playbook-document.ts';
import type { PaperSize } from '../schemas/handbook-config.ts';
import { documentChildren, standaloneHtml } from './document.ts';
import { handbookCss, runningHeads } from './handbook-html.ts';

/** The playbook's neutral colour, the site's own. */
const PLAYBOOK_ACCENT = '#1f5f8b';

export interface PlaybookHtmlOptions {
  paper?: PaperSize;
  pageNumbers?: ReadonlyMap<string, number>;
  /** The site's home page: /print/ then says, on screen only, how to get back and how to print. */
  siteHome?: string;
}

/** Shown on screen above the cover when the document is a page of the site; never printed. */
const SCREEN_NOTE_CSS = `
.screen-note { margin: 0 0 1.5rem; font-size: 0.9rem; line-height: 1.5; color: #555; }
@media print { .screen-note { display: none; } }
`;

/**
 * The whole playbook as one self-contained HTML document, with the handbook's print styles: page
 * numbers, chapters on new pages, running heads. `pageNumbers` (from a first print) numbers the contents.
 */
export function renderPlaybookHtml(library: Library<ModeData>, chapters: PlaybookChapter[], options: PlaybookHtmlOptions): string {
  const [cover, ...rest] = documentChildren(buildPlaybookDocument(library, chapters, options.pageNumbers));
  const note = options.siteHome
    ? [h('nav.screen-note', { ariaLabel: PLAYBOOK_LABELS.siteNav }, [h('a', { href: options.siteHome }, [PLAYBOOK_LABELS.backToSite]), ' · ', PLAYBOOK_LABELS.printHint])]
    : [];
  return standaloneHtml({
    title: PLAYBOOK_LABELS.title,
    css: handbookCss({ accent: PLAYBOOK_ACCENT, ...(options.paper ? { paper: options.paper } : {}) }) + runningHeads(chapters) + (options.siteHome ? SCREEN_NOTE_CSS : ''),
    body: [...note, cover!, h('main', rest)],
  });
}
