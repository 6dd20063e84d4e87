/**
 * The document tree's blocks as Word paragraphs and tables: a small mapper from our nodes (mdast
 * plus `section`, src/document/nodes.ts) to docx objects, in Word's own styles. What the HTML says
 * with a class, Word says with a style: a kicker, a note, a callout's kind, a box of statements to
 * score. The contents becomes Word's contents field (contents.ts).
 */
import {
  Bookmark,
  FileChild,
  Paragraph,
  ShadingType,
  type IParagraphOptions,
  type ParagraphChild,
  type Table,
} from 'docx';
import type { Heading, List, ListItem, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Section } from '../../document/nodes.ts';
import { buildContents, type ContentsEntry } from './contents.ts';
import { mapInline } from './inline.ts';
import { LIST_REFERENCES, MAX_LIST_LEVEL, listTextIndent } from './styles.ts';
import { buildScoreTable, buildTable, type TableContext } from './tables.ts';
import { cleanText } from './text.ts';

export interface BlockContext extends TableContext {
  /** A new number for each numbered list, so each starts again at 1. */
  nextListInstance: () => number;
}

/** What an enclosing node asks of the paragraphs inside it. */
interface Frame {
  /** The paragraph style of a quote or callout around them. */
  style?: string;
  /** Inside the cover's vision: white text on the accent. */
  vision?: boolean;
}

/** Anchors waiting for the next paragraph, and whether it starts a new page. */
interface Pending {
  anchors: string[];
  pageBreak: boolean;
  /** Space above it, in twentieths of a point: the cover's first line sits a third of the way down. */
  spaceBefore?: number;
}

/** Paragraph classes of the tree and the Word style each becomes. */
const CLASS_STYLES: Record<string, string> = {
  'cover-kicker': 'Kicker',
  kicker: 'Kicker',
  'cover-vision-label': 'Meta',
  'cover-date': 'Meta',
  'cover-audiences': 'Meta',
  meta: 'Meta',
  note: 'Meta',
  lede: 'Lede',
};

/** Space above the cover's first line (140 pt), as the printed HTML centres its cover. */
const COVER_SPACE = 140 * 20;

/** Sections that start on a new page, as in the printed HTML (`break-before: page`). */
const NEW_PAGE = ['contents', 'front', 'mode', 'back'];

const classesOf = (node: { data?: unknown }): string[] => {
  const data = node.data as { className?: string[]; hProperties?: { className?: unknown } } | undefined;
  const fromProperties = data?.hProperties?.className;
  return [...(data?.className ?? []), ...(Array.isArray(fromProperties) ? (fromProperties as string[]) : [])];
};
const idOf = (node: { data?: unknown }): string | undefined =>
  (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;

/** Maps a tree's top-level nodes to Word's blocks. */
export function mapBlocks(nodes: readonly RootContent[], ctx: BlockContext): FileChild[] {
  return new BlockMapper(ctx).blocks(nodes, {});
}

class BlockMapper {
  private pending: Pending = { anchors: [], pageBreak: false };

  constructor(private readonly ctx: BlockContext) {}

  blocks(nodes: readonly RootContent[], frame: Frame): FileChild[] {
    let previous: string[] = [];
    return nodes.flatMap((node) => {
      const classes = classesOf(node);
      if (node.type === 'section') {
        const breaks =
          classes.some((c) => NEW_PAGE.includes(c)) &&
          !(classes.includes('front') && previous.includes('front'));
        previous = classes;
        return this.section(node, frame, breaks);
      }
      previous = classes;
      return this.block(node, frame);
    });
  }

  private section(node: Section, frame: Frame, newPage: boolean): FileChild[] {
    if (newPage) this.pending.pageBreak = true;
    if (classesOf(node).includes('cover')) this.pending.spaceBefore = COVER_SPACE;
    if (node.data?.id) this.pending.anchors.push(node.data.id);
    if (classesOf(node).includes('contents')) return this.contents(node);
    return this.blocks(node.children, frame);
  }

  private block(node: RootContent, frame: Frame): FileChild[] {
    switch (node.type) {
      case 'heading':
        return [this.heading(node)];
      case 'paragraph': {
        const style =
          classesOf(node)
            .map((c) => CLASS_STYLES[c])
            .find(Boolean) ?? frame.style;
        return [this.paragraph(node.children, { ...(style ? { style } : {}) }, frame)];
      }
      case 'blockquote': {
        const classes = classesOf(node);
        const inner: Frame = classes.includes('cover-vision')
          ? { vision: true }
          : { style: classes.includes('callout-example') ? 'IntenseQuote' : 'Quote' };
        return this.blocks(node.children, inner);
      }
      case 'list':
        return this.isScoreList(node) ? this.scoreTable(node) : this.list(node, 0, frame);
      case 'table':
        return this.table(node);
      case 'code':
        return [
          this.paragraph(
            node.value
              .split('\n')
              .flatMap((line, i): PhrasingContent[] => [
                ...(i > 0 ? [{ type: 'break' } as const] : []),
                { type: 'inlineCode', value: line },
              ]),
            { ...(frame.style ? { style: frame.style } : {}) },
            frame,
          ),
        ];
      case 'thematicBreak':
        return [
          new Paragraph({ border: { bottom: { style: 'single', size: 6, color: 'A6A6A6', space: 1 } } }),
        ];
      default: {
        // Anything else the tree may hold (raw HTML neutralised to text, a definition) keeps its words.
        const text = toString(node);
        return text ? [this.paragraph([{ type: 'text', value: text }], {}, frame)] : [];
      }
    }
  }

  /** A paragraph, carrying the bookmarks and the page break that were waiting for it. */
  private paragraph(
    children: readonly PhrasingContent[],
    options: IParagraphOptions,
    frame: Frame,
  ): Paragraph {
    const runs = mapInline(children, this.ctx, frame.vision ? { color: 'FFFFFF', size: 32 } : {});
    return new Paragraph({
      ...options,
      ...(frame.vision
        ? {
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: this.ctx.accent },
            border: {
              top: { style: 'single', size: 4, color: this.ctx.accent, space: 8 },
              bottom: { style: 'single', size: 4, color: this.ctx.accent, space: 8 },
              left: { style: 'single', size: 4, color: this.ctx.accent, space: 10 },
              right: { style: 'single', size: 4, color: this.ctx.accent, space: 10 },
            },
            indent: { left: 200, right: 200 },
            spacing: { before: 200, after: 600 },
          }
        : {}),
      ...this.takePending(),
      children: [...this.takeAnchors(), ...runs],
    });
  }

  private takePending(): Pick<IParagraphOptions, 'pageBreakBefore' | 'spacing'> {
    const { pageBreak, spaceBefore } = this.pending;
    this.pending = { anchors: this.pending.anchors, pageBreak: false };
    return {
      ...(pageBreak ? { pageBreakBefore: true } : {}),
      ...(spaceBefore ? { spacing: { before: spaceBefore } } : {}),
    };
  }

  private takeAnchors(extra?: string): ParagraphChild[] {
    const anchors = [...this.pending.anchors, ...(extra ? [extra] : [])];
    this.pending.anchors = [];
    return anchors.flatMap((id) => {
      const name = this.ctx.bookmarkFor(id);
      return name ? [new Bookmark({ id: name, children: [] })] : [];
    });
  }

  /** The cover's name is Word's Title; every other level moves up one, so chapters are Heading 1. */
  private heading(node: Heading): Paragraph {
    const style = node.depth === 1 ? 'Title' : `Heading${Math.min(node.depth - 1, 5)}`;
    return new Paragraph({
      style,
      ...this.takePending(),
      children: [...this.takeAnchors(idOf(node)), ...mapInline(node.children, this.ctx)],
    });
  }

  /** The contents section: Word's contents field, with the tree's entries as its result. */
  private contents(node: Section): FileChild[] {
    const heading = node.children.find((c): c is Heading => c.type === 'heading');
    const list = node.children.find((c): c is List => c.type === 'list');
    const entries = (list?.children ?? []).flatMap((item): ContentsEntry[] => {
      const first = item.children[0];
      const link = first?.type === 'paragraph' ? first.children.find((c) => c.type === 'link') : undefined;
      if (link?.type !== 'link') return [];
      const bookmark = link.url.startsWith('#') ? this.ctx.bookmarkFor(link.url.slice(1)) : undefined;
      return [{ title: cleanText(toString(link)), ...(bookmark ? { bookmark } : {}) }];
    });
    const title = new Paragraph({
      style: 'TOCHeading',
      ...this.takePending(),
      children: [
        ...this.takeAnchors(heading ? idOf(heading) : undefined),
        ...mapInline(heading?.children ?? [], this.ctx),
      ],
    });
    return [buildContents(title, entries)];
  }

  private list(node: List, level: number, frame: Frame): FileChild[] {
    const instance = node.ordered ? this.ctx.nextListInstance() : 0;
    const numbering = {
      reference: node.ordered ? LIST_REFERENCES.numbers : LIST_REFERENCES.bullets,
      level: Math.min(level, MAX_LIST_LEVEL),
      instance,
    };
    const style = node.ordered ? 'ListNumber' : 'ListBullet';
    return node.children.flatMap((item) => this.listItem(item, { numbering, style, level }, frame));
  }

  private listItem(
    item: ListItem,
    list: { numbering: { reference: string; level: number; instance: number }; style: string; level: number },
    frame: Frame,
  ): FileChild[] {
    const id = idOf(item);
    if (id) this.pending.anchors.push(id);
    let first = true;
    return item.children.flatMap((child): FileChild[] => {
      if (child.type === 'list') return this.list(child, list.level + 1, frame);
      if (child.type !== 'paragraph') return this.block(child, frame);
      const options: IParagraphOptions = first
        ? { style: list.style, numbering: list.numbering }
        : { style: list.style, indent: { left: listTextIndent(list.numbering.level) } };
      first = false;
      return [this.paragraph(child.children, options, {})];
    });
  }

  /**
   * A list of statements, each followed by the boxes of the 1-5 scale (the `scale` the HTML prints
   * after each), becomes a table: one row per statement, one tick box per score.
   */
  private isScoreList(node: List): boolean {
    return node.children.some((item) =>
      item.children.some(
        (p) => p.type === 'paragraph' && p.children.some((c) => classesOf(c).includes('scale')),
      ),
    );
  }

  private scoreTable(node: List): FileChild[] {
    const statements = node.children.map((item, i) => {
      const paragraph = item.children.find((c) => c.type === 'paragraph');
      const words = (paragraph?.type === 'paragraph' ? paragraph.children : []).filter(
        (c) => !classesOf(c).includes('scale'),
      );
      return [{ type: 'text', value: node.ordered ? `${i + 1}. ` : '' } as PhrasingContent, ...words];
    });
    return this.withPending(buildScoreTable(statements, this.ctx));
  }

  private table(node: MdTable): FileChild[] {
    return this.withPending(buildTable(node, this.ctx));
  }

  /** A bookmark or page break waiting for a paragraph goes on an empty one before the table. */
  private withPending(table: Table): FileChild[] {
    const anchors = this.takeAnchors();
    const pageBreak = this.takePending();
    return anchors.length > 0 || pageBreak.pageBreakBefore
      ? [new Paragraph({ ...pageBreak, children: anchors }), table]
      : [table];
  }
}
