/**
 * The document tree's blocks as Word paragraphs and tables: a small mapper from our nodes (mdast
 * plus `section`, src/document/nodes.ts) to docx objects, in Word's own styles. What the HTML says
 * with a class, Word says with a style: a kicker, a note, a callout's kind, a box of statements to
 * score. The contents becomes Word's contents field (contents.ts).
 */
import {
  Bookmark,
  CheckBox,
  FileChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Heading, List, ListItem, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Section } from '../../document/nodes.ts';
import { DOCX_LABELS } from '../../i18n/en.ts';
import { buildContents, type ContentsEntry } from './contents.ts';
import { DIAGNOSTIC_SCALE } from '../../schemas/taxonomy.ts';
import { mapInline, type InlineContext } from './inline.ts';
import { LIST_REFERENCES, MAX_LIST_LEVEL, TABLE_BORDER, listTextIndent } from './styles.ts';
import { cleanText } from './text.ts';

export interface BlockContext extends InlineContext {
  /** The accent, six hex digits: table heads and the cover's vision box. */
  accent: string;
  /** The width text runs across, in twentieths of a point: table columns share it. */
  textWidth: number;
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
   * after each), becomes a table: one row per statement, one tick box per score, to tick in Word
   * or on paper.
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
      return [
        { type: 'text', value: node.ordered ? `${i + 1}. ` : '' } as PhrasingContent,
        ...trimEnd(words),
      ];
    });
    const scale = DIAGNOSTIC_SCALE.map((s) => String(s.value));
    const boxWidth = 540;
    const widths = [this.ctx.textWidth - boxWidth * scale.length, ...scale.map(() => boxWidth)];
    const centred = (children: ParagraphChild[]) => new Paragraph({ alignment: 'center', children });
    return this.gridTable(widths, [
      this.headerRow(
        [
          [{ type: 'text', value: DOCX_LABELS.statement }],
          ...scale.map((v) => [{ type: 'text', value: v } as PhrasingContent]),
        ],
        true,
      ),
      ...statements.map(
        (words) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({ children: [new Paragraph({ children: mapInline(words, this.ctx) })] }),
              ...scale.map(
                () => new TableCell({ verticalAlign: 'center', children: [centred([new CheckBox()])] }),
              ),
            ],
          }),
      ),
    ]);
  }

  private table(node: MdTable): FileChild[] {
    const [head, ...rows] = node.children;
    const columns = Math.max(...node.children.map((r) => r.children.length));
    return this.gridTable(columnWidths(node, columns, this.ctx.textWidth), [
      ...(head ? [this.headerRow(head.children.map((c) => c.children))] : []),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.children.map(
              (cell) =>
                new TableCell({
                  children: [new Paragraph({ children: mapInline(cell.children, this.ctx) })],
                }),
            ),
          }),
      ),
    ]);
  }

  /** The head row: white on the accent, repeated at the top of every page the table runs onto. */
  private headerRow(cells: PhrasingContent[][], centreAfterFirst = false): TableRow {
    return new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: this.ctx.accent },
            children: [
              new Paragraph({
                ...(centreAfterFirst && i > 0 ? { alignment: 'center' as const } : {}),
                children: mapInline(cell, this.ctx, { bold: true, color: 'FFFFFF' }),
              }),
            ],
          }),
      ),
    });
  }

  private gridTable(widths: number[], rows: TableRow[]): FileChild[] {
    const table = new Table({
      style: 'TableGrid',
      width: { size: this.ctx.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      // The package writes black borders on every table unless told; these are Table Grid's own.
      borders: Object.fromEntries(
        ['top', 'left', 'bottom', 'right', 'insideHorizontal', 'insideVertical'].map((side) => [
          side,
          TABLE_BORDER,
        ]),
      ),
      rows,
    });
    // A bookmark or page break waiting for a paragraph goes on an empty one before the table.
    const anchors = this.takeAnchors();
    const pageBreak = this.takePending();
    return anchors.length > 0 || pageBreak.pageBreakBefore
      ? [new Paragraph({ ...pageBreak, children: anchors }), table]
      : [table];
  }
}

/** A statement's words without the space left before its scale. */
function trimEnd(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes.at(-1);
  if (last?.type !== 'text') return nodes;
  return [...nodes.slice(0, -1), { ...last, value: last.value.trimEnd() }];
}

/** About the width of one character of table text (9.5 pt) in twentieths of a point, and a cell's padding. */
const CHAR_WIDTH = 135;
const CELL_PADDING = 260;

/**
 * Column widths shared out by how much each column holds (its longest cell, within bounds), so a
 * short "Duration" column does not take as much room as the chapter titles beside it; but never
 * narrower than its longest word, which would otherwise break in the middle ("Dura-tion").
 */
function columnWidths(node: MdTable, columns: number, textWidth: number): number[] {
  const cellTexts = (i: number) =>
    node.children.map((row) => toString(row.children[i] ?? { type: 'text', value: '' }));
  const weights: number[] = [];
  const least: number[] = [];
  for (let i = 0; i < columns; i++) {
    const texts = cellTexts(i);
    weights.push(Math.min(40, Math.max(4, ...texts.map((t) => t.length))));
    const longestWord = Math.min(
      16,
      Math.max(1, ...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length))),
    );
    least.push(longestWord * CHAR_WIDTH + CELL_PADDING);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const shared = weights.map((w) => (w / total) * textWidth);
  // Columns below their least width get it; the others share what is left in their proportions.
  const raised = shared.map((w, i) => w < least[i]!);
  const fixed = shared.reduce((sum, _w, i) => sum + (raised[i] ? least[i]! : 0), 0);
  const rest = shared.reduce((sum, w, i) => sum + (raised[i] ? 0 : w), 0);
  return shared.map((w, i) =>
    Math.floor(raised[i] ? least[i]! : (w / rest) * Math.max(0, textWidth - fixed)),
  );
}
