/**
 * Serialises a document tree (src/document/nodes.ts) as portable Markdown through remark-stringify;
 * the HTML serialiser is document.ts.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Isolate, Section, Span } from '../document/nodes.ts';
import { isolateMarkedText } from '../markdown/isolate-marks.ts';

/** The document as portable Markdown (GFM tables); sections and isolates leave only their contents. */
export function documentToMarkdown(tree: Root): string {
  return toMarkdown.stringify(isolateMarkedText(tree));
}

// One processor for every document, as in html.ts: the generator writes one per chapter and handout.
const toMarkdown = unified()
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    handlers: {
      section: (node, _parent, state, info) => state.containerFlow(node as Section, info),
      isolate: (node, _parent, state, info) => state.containerPhrasing(node as Isolate, info),
      span: (node, _parent, state, info) => state.containerPhrasing(node as Span, info),
    },
  })
  .freeze();
