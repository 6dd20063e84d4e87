import { h } from 'hastscript';
import { PLAYBOOK_LABELS } from '../core/labels.ts';
import type { Library, ModeData } from '../core/library.ts';
import { buildPlaybookDocument, type PlaybookChapter } from '../core/playbook-document.ts';
import type { PaperSize } from '../schemas/handbook-config.ts';
import { documentChildren, standaloneHtml } from './document.ts';
import { handbookCss, runningHeads } from './handbook-html.ts';

/** The playbook's neutral colour, the site's own. */
const PLAYBOOK_ACCENT = '#1f5f8b';

/**
 * The whole playbook as one self-contained HTML document, with the handbook's print styles: page
 * numbers, chapters on new pages, running heads. `pageNumbers` (from a first print) numbers the contents.
 */
export function renderPlaybookHtml(library: Library<ModeData>, chapters: PlaybookChapter[], options: { paper?: PaperSize; pageNumbers?: ReadonlyMap<string, number> }): string {
  const [cover, ...rest] = documentChildren(buildPlaybookDocument(library, chapters, options.pageNumbers));
  return standaloneHtml({
    title: PLAYBOOK_LABELS.title,
    css: handbookCss({ accent: PLAYBOOK_ACCENT, ...(options.paper ? { paper: options.paper } : {}) }) + runningHeads(chapters),
    body: [cover!, h('main', rest)],
  });
}
