/**
 * Tables of the document tree in Word: Table Grid, a head row in white on the accent that repeats
 * on every page the table runs onto, rows that do not split across pages, and columns shared out
 * by what they hold. Diagnostic statements become a table of their own, with a tick box per score.
 */
import { CheckBox, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { PhrasingContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { words } from '../../i18n/index.ts';

const DOCX_LABELS = words().docx;
import { SCALE_VALUES } from '../../schemas/taxonomy.ts';
import { mapInline, type InlineContext } from './inline.ts';
import { TABLE_BORDER } from './styles.ts';

export interface TableContext extends InlineContext {
  /** The accent, six hex digits: the head row's fill. */
  accent: string;
  /** The width text runs across, in twentieths of a point: the columns share it. */
  textWidth: number;
}

/** A table of the tree: its first row is the head. */
export function buildTable(node: MdTable, ctx: TableContext): Table {
  const [head, ...rows] = node.children;
  const columns = Math.max(...node.children.map((r) => r.children.length));
  return gridTable(columnWidths(node, columns, ctx.textWidth), ctx, [
    ...(head
      ? [
          headerRow(
            head.children.map((c) => c.children),
            ctx,
          ),
        ]
      : []),
    ...rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.children.map(
            (cell) =>
              new TableCell({ children: [new Paragraph({ children: mapInline(cell.children, ctx) })] }),
          ),
        }),
    ),
  ]);
}

/** Width of a tick-box column, in twentieths of a point. */
const BOX_WIDTH = 540;

/** Statements (their inline content, numbered) in rows, with a Word tick box for each score of the scale. */
export function buildScoreTable(statements: PhrasingContent[][], ctx: TableContext): Table {
  const scale = SCALE_VALUES.map((value) => String(value));
  const widths = [ctx.textWidth - BOX_WIDTH * scale.length, ...scale.map(() => BOX_WIDTH)];
  const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];
  // Every box is the same empty tick box: one cell serves them all, as it is written the same
  // wherever it stands (a full handbook has 650 of them).
  const box = new TableCell({
    verticalAlign: 'center',
    children: [new Paragraph({ alignment: 'center', children: [new CheckBox()] })],
  });
  return gridTable(widths, ctx, [
    headerRow([text(DOCX_LABELS.statement), ...scale.map(text)], ctx, true),
    ...statements.map(
      (words) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ children: [new Paragraph({ children: mapInline(trimEnd(words), ctx) })] }),
            ...scale.map(() => box),
          ],
        }),
    ),
  ]);
}

/** The head row: white on the accent, repeated at the top of every page the table runs onto. */
function headerRow(cells: PhrasingContent[][], ctx: TableContext, centreAfterFirst = false): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map(
      (cell, i) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: ctx.accent },
          children: [
            new Paragraph({
              ...(centreAfterFirst && i > 0 ? { alignment: 'center' as const } : {}),
              children: mapInline(cell, ctx, { bold: true, color: 'FFFFFF' }),
            }),
          ],
        }),
    ),
  });
}

function gridTable(widths: number[], ctx: TableContext, rows: TableRow[]): Table {
  return new Table({
    style: 'TableGrid',
    width: { size: ctx.textWidth, type: WidthType.DXA },
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
