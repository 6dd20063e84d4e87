/**
 * The document tree every output is serialised from: plain mdast plus two nodes of our own.
 * `section` groups a heading with its content (HTML: `<section>`, Markdown: just its children);
 * `isolate` marks text a user wrote (HTML: `<bdi>`, so a right-to-left name reads right inside
 * English text; Markdown: just the text); `span` is inline text with an HTML meaning (`<time>`).
 * Small constructors keep the builders readable.
 */
import type {
  BlockContent,
  Data,
  Heading,
  List,
  ListItem,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';

export interface SectionData extends Data {
  /** The element's id (anchor); also used for `aria-labelledby` when the section has a heading. */
  id?: string;
  className?: string[];
  /** The tag in HTML; `section` unless given (`header`, `nav`, `article`, `div`). */
  tagName?: string;
  /** Extra HTML attributes (e.g. `dateTime`); never user text in attribute names. */
  attributes?: Record<string, string>;
}

export interface Section extends Parent {
  type: 'section';
  children: (BlockContent | Section)[];
  data?: SectionData;
}

export interface Isolate extends Parent {
  type: 'isolate';
  children: PhrasingContent[];
}

/** Inline text with a meaning in HTML (e.g. `<time datetime>`); in Markdown just the text. */
export interface Span extends Parent {
  type: 'span';
  children: PhrasingContent[];
  data?: SpanData;
}

export interface SpanData extends Data {
  tagName?: string;
  attributes?: Record<string, string>;
}

declare module 'mdast' {
  interface RootContentMap {
    section: Section;
    isolate: Isolate;
    span: Span;
  }
  interface BlockContentMap {
    section: Section;
  }
  interface PhrasingContentMap {
    isolate: Isolate;
    span: Span;
  }
}

export type Inline = string | PhrasingContent;

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const inline = (parts: Inline[]): PhrasingContent[] =>
  parts.map((p) => (typeof p === 'string' ? text(p) : p));
/** Text from a config or another user: isolated so its direction cannot reorder the text around it. */
export const user = (value: string): PhrasingContent => ({ type: 'isolate', children: [text(value)] });
/** A date as the reader sees it, machine-readable in HTML. */
export const time = (iso: string, shown: string): PhrasingContent => ({
  type: 'span',
  data: { tagName: 'time', attributes: { dateTime: iso } },
  children: [text(shown)],
});
export const strong = (...parts: Inline[]): PhrasingContent => ({ type: 'strong', children: inline(parts) });
export const emphasis = (...parts: Inline[]): PhrasingContent => ({
  type: 'emphasis',
  children: inline(parts),
});
export const link = (url: string, ...parts: Inline[]): PhrasingContent => ({
  type: 'link',
  url,
  children: inline(parts),
});
/**
 * Text in another language than the document around it, such as a page not translated yet inside
 * an Arabic handout: HTML gets its `lang` and `dir`, so it is read, hyphenated and laid out in its own
 * language and direction; Markdown gets just the text.
 */
export const inLanguage = (lang: string, ...parts: Inline[]): PhrasingContent => ({
  type: 'span',
  data: { attributes: { lang, dir: RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr' } },
  children: inline(parts),
});
const RIGHT_TO_LEFT = new Set(['ar']);

/** Several inline parts as one, e.g. to fill one table cell with text and a link. */
export const phrase = (...parts: Inline[]): PhrasingContent => ({ type: 'span', children: inline(parts) });
export const paragraph = (...parts: Inline[]): Paragraph => ({ type: 'paragraph', children: inline(parts) });

/** A paragraph with a class in HTML (a kicker, a note); in Markdown an ordinary paragraph. */
export const classed = (className: string, ...parts: Inline[]): Paragraph => ({
  ...paragraph(...parts),
  data: { hProperties: { className: [className] } },
});

export function heading(depth: number, parts: Inline[], id?: string): Heading {
  return {
    type: 'heading',
    depth: Math.min(6, Math.max(1, depth)) as Heading['depth'],
    children: inline(parts),
    ...(id ? { data: { hProperties: { id } } } : {}),
  };
}

export function list(items: (Inline[] | BlockContent[])[], ordered = false, className?: string): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    ...(className ? { data: { hProperties: { className: [className] } } } : {}),
    children: items.map((parts): ListItem => ({
      type: 'listItem',
      spread: false,
      children: isBlocks(parts) ? parts : [paragraph(...parts)],
    })),
  };
}

function isBlocks(parts: Inline[] | BlockContent[]): parts is BlockContent[] {
  const first = parts[0];
  return (
    typeof first === 'object' &&
    ['paragraph', 'list', 'heading', 'table', 'blockquote', 'section'].includes(first.type)
  );
}

export function table(headings: string[], rows: Inline[][], className?: string): Table {
  const row = (cells: Inline[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: inline([c]) })),
  });
  return {
    type: 'table',
    ...(className ? { data: { hProperties: { className: [className] } } } : {}),
    children: [row(headings), ...rows.map(row)],
  };
}

export function section(data: SectionData, children: (BlockContent | Section)[]): Section {
  return { type: 'section', data, children };
}

/** A labelled section: its heading carries the id, the section points at it. */
export function labelledSection(
  id: string,
  depth: number,
  label: Inline[],
  children: (BlockContent | Section)[],
  className?: string[],
): Section {
  return section({ ...(className ? { className } : {}), attributes: { ariaLabelledby: id } }, [
    heading(depth, label, id),
    ...children,
  ]);
}

export const root = (children: RootContent[]): Root => ({ type: 'root', children });

/** A copy of a body's nodes with every heading moved down so the body sits under a title of `titleDepth`. */
export function shiftHeadings(tree: Root, titleDepth: number): RootContent[] {
  const shift = titleDepth - 1;
  const walk = <T>(node: T): T => {
    const n = node as unknown as { type: string; depth?: number; children?: unknown[] };
    const copy = { ...n };
    if (n.type === 'heading' && n.depth) copy.depth = Math.min(6, n.depth + shift);
    if (Array.isArray(n.children)) copy.children = n.children.map(walk);
    return copy as unknown as T;
  };
  return structuredClone(tree).children.map(walk);
}

/**
 * How a heading is looked up in page numbers read back from a PDF: without white space, because
 * Chromium's bookmarks drop the space where a long heading wrapped onto a second line.
 */
export function headingKey(text: string): string {
  // Isolation marks (markdown/isolate-marks.ts) never reach a bookmark as characters either.
  return text.replace(/[\s\u2068\u2069]+/g, '');
}

/** Digits in a contents page number's fixed-width slot: up to 999 pages. */
export const PAGE_NUMBER_DIGITS = 3;

/**
 * What the contents shows for entry `index` (0-based) before its page is known: three digits, the
 * width of any page number, so the real numbers can later replace them in the printed PDF without
 * laying the document out again (src/render/pdf/contents.ts). Runs of 012, 345, 678, 901... put all
 * ten digits among the first four entries, so the PDF's font carries every digit a number needs.
 */
export function pageNumberPlaceholder(index: number): string {
  return Array.from({ length: PAGE_NUMBER_DIGITS }, (_, j) =>
    String((index * PAGE_NUMBER_DIGITS + j) % 10),
  ).join('');
}

/**
 * A contents entry's page number: the page when known; on a first print (no pages known yet) a
 * placeholder of the same width; on a later print a heading that was not found keeps an invisible slot.
 */
export function pageNumberSpan(pages: ReadonlyMap<string, number>, label: string, index: number): Inline {
  const n = pages.get(headingKey(label));
  const first = pages.size === 0;
  const className = n === undefined && !first ? 'page-number placeholder' : 'page-number';
  const value = n !== undefined ? String(n) : first ? pageNumberPlaceholder(index) : '000';
  return { type: 'span', data: { attributes: { className } }, children: [{ type: 'text', value }] } as Inline;
}
