import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { LANGUAGE, PLAYBOOK_LABELS } from '../core/labels.ts';
import type { Library } from '../core/library.ts';
import { buildPlaybookDocument, type PlaybookChapter } from '../core/playbook-document.ts';
import type { PaperSize } from '../schemas/handbook-config.ts';
import { documentChildren } from './document.ts';
import { handbookCss, runningHeads } from './handbook-html.ts';

/** The playbook's neutral colour, the site's own. */
const PLAYBOOK_ACCENT = '#1f5f8b';

/**
 * The whole playbook as one self-contained HTML document, with the handbook's print styles: page
 * numbers, chapters on new pages, running heads. `pageNumbers` (from a first print) numbers the contents.
 */
export function renderPlaybookHtml(library: Library, chapters: PlaybookChapter[], options: { paper?: PaperSize; pageNumbers?: ReadonlyMap<string, number> }): string {
  const [cover, ...rest] = documentChildren(buildPlaybookDocument(library, chapters, options.pageNumbers));
  const tree: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: LANGUAGE }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('link', { rel: 'icon', href: 'data:,' }),
          h('title', [PLAYBOOK_LABELS.title]),
          h('style', [handbookCss({ accent: PLAYBOOK_ACCENT, ...(options.paper ? { paper: options.paper } : {}) }) + runningHeads(chapters)]),
        ]),
        h('body', [cover, h('main', rest)]),
      ]),
    ],
  };
  return toHtml(tree) + '\n';
}
