/**
 * Serialises a document tree (src/document/nodes.ts) as HTML, through remark-rehype and hast. With
 * document-markdown.ts (Markdown through remark-stringify) these are the only two serialisers;
 * every output goes through one. Kept apart so a page that only shows HTML (the browser builder's
 * preview) carries no Markdown writer.
 */
import { h } from 'hastscript';
import { words, type Dictionary } from '../i18n/index.ts';
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Isolate, Section, Span } from '../document/nodes.ts';
import { hasIsolateMarks, isolateMarkedText, splitIsolated } from '../markdown/isolate-marks.ts';
import { SKIP, visit } from 'unist-util-visit';

/** How our node types become HTML: a section element, `<bdi>` around user text, a span's own tag. */
const HAST_HANDLERS = {
  section(state: State, node: Section): Element {
    const { id, className, tagName = 'section', attributes = {} } = node.data ?? {};
    const properties: Properties = {
      ...(id ? { id } : {}),
      ...(className ? { className } : {}),
      ...attributes,
    };
    return { type: 'element', tagName, properties, children: state.all(node) as ElementContent[] };
  },
  isolate(state: State, node: Isolate): Element {
    return { type: 'element', tagName: 'bdi', properties: {}, children: state.all(node) as ElementContent[] };
  },
  span(state: State, node: Span): Element {
    return {
      type: 'element',
      tagName: node.data?.tagName ?? 'span',
      properties: { ...node.data?.attributes },
      children: state.all(node) as ElementContent[],
    };
  },
};

/** The same for hast built directly (kits): a marked run becomes `<bdi>`; text-only elements keep the marks. */
function isolateMarkedHast(children: ElementContent[]): ElementContent[] {
  const root = { type: 'root', children } as HastRoot;
  visit(root, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !hasIsolateMarks(node.value)) return;
    if (parent.type === 'element' && TEXT_ONLY.has(parent.tagName)) return;
    const runs: ElementContent[] = splitIsolated(node.value).map((run) =>
      run.isolated ? h('bdi', [run.text]) : { type: 'text', value: run.text },
    );
    parent.children.splice(index, 1, ...runs);
    return [SKIP, index + runs.length];
  });
  return root.children as ElementContent[];
}
const TEXT_ONLY = new Set(['title', 'style', 'script', 'textarea', 'option']);

/** The document as hast, ready to place inside a page. */
export function documentToHast(tree: Root): HastRoot {
  return toHast.runSync(isolateMarkedText(tree)) as HastRoot;
}

// One processor for every document: a site build converts thousands, and each new one is set up afresh.
const toHast = unified()
  .use(remarkRehype, { handlers: HAST_HANDLERS as never })
  .freeze();

/** The document as an HTML fragment. */
export function documentToHtml(tree: Root): string {
  return toHtml(documentToHast(tree));
}

/** The hast children of a document, for placing inside another element. */
export function documentChildren(tree: Root): ElementContent[] {
  return documentToHast(tree).children.filter((n): n is ElementContent => n.type !== 'doctype');
}

/**
 * A self-contained HTML file around rendered content: the language of the text (never a config's
 * locale), no icon to fetch (a file on disk asks no server for /favicon.ico), its title and its one
 * inline style sheet. Every standalone output (handbook, handout, kit, the printed playbook) uses it.
 */
export function standaloneHtml(parts: {
  title: string;
  css: string;
  body: ElementContent[];
  generator?: string;
  /** The words the document is written in: its `lang`, and `dir` for a right-to-left language. */
  words?: Dictionary;
}): string {
  const { language, direction } = parts.words ?? words();
  const head: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    ...(parts.generator ? [h('meta', { name: 'generator', content: parts.generator })] : []),
    h('link', { rel: 'icon', href: 'data:,' }),
    h('title', [parts.title]),
    h('style', [parts.css]),
  ];
  return (
    toHtml({
      type: 'root',
      children: [
        { type: 'doctype' },
        h('html', { lang: language, ...(direction === 'rtl' ? { dir: 'rtl' } : {}) }, [
          h('head', head),
          h('body', isolateMarkedHast(parts.body)),
        ]),
      ],
    }) + '\n'
  );
}
