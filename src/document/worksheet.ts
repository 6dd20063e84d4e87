/**
 * A worksheet laid out (content/worksheets/<id>.yaml): its header, how to fill it in, then its
 * blocks as things to write on: labelled blanks, ruled lines, empty table rows and tick boxes. The
 * site page, the handbook's appendix and worksheets.html print this one tree; in Markdown and Word
 * the blanks and lines are underscores, in HTML the style sheet draws them (render/worksheet.ts).
 */
import type { BlockContent, PhrasingContent, Root, Table, TableRow } from 'mdast';
import type { Worksheet, WorksheetBlock } from '../schemas/worksheet.ts';
import { fill } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { classed, heading, list, root, section, strong, type Inline, type Section } from './nodes.ts';

export interface WorksheetDocumentInput {
  worksheet: Worksheet;
  /** 1 on a page of its own, 3 in a handbook's appendix. */
  titleDepth: 1 | 2 | 3;
  /** The id of the whole worksheet (its anchor in a handbook). */
  anchor?: string;
  /** Blocks after the worksheet's own, e.g. the plays that use it in a handbook. */
  after?: BlockContent[];
  words?: Dictionary;
}

/** Text for the page that is not for reading aloud: a blank or a line is a place to write. */
const hidden = (className: string, value: string): PhrasingContent => ({
  type: 'span',
  data: { attributes: { className, ariaHidden: 'true' } },
  children: [{ type: 'text', value }],
});

const term = (w: Dictionary, label: string) => strong(fill(w.locale, w.labelled, { label }));

/** One block as document nodes. */
function buildBlock(block: WorksheetBlock, w: Dictionary): BlockContent[] {
  const W = w.worksheets;
  switch (block.type) {
    case 'fields':
      return [
        section(
          { tagName: 'div', className: ['ws-fields'] },
          block.fields.map((label) => classed('ws-field', term(w, label), ' ', hidden('ws-blank', W.blank))),
        ),
      ];
    case 'lines':
      return [
        section({ tagName: 'div', className: ['ws-lines'] }, [
          classed('ws-label', strong(block.label)),
          ...Array.from({ length: block.lines }, () => classed('ws-line', hidden('ws-rule', W.line))),
        ]),
      ];
    case 'table':
      return [emptyTable(block.columns, block.rows)];
    case 'checklist':
      return [
        list(
          block.items.map((item): Inline[] => [fill(w.locale, W.tickBox, { item })]),
          false,
          'ws-checklist',
        ),
      ];
  }
}

/** A ruled table to write in: its headings, then `rows` empty rows. */
function emptyTable(columns: readonly string[], rows: number): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children) => ({ type: 'tableCell', children })),
  });
  return {
    type: 'table',
    data: { hProperties: { className: ['ws-table'] } },
    children: [
      row(columns.map((c) => [{ type: 'text', value: c }])),
      ...Array.from({ length: rows }, () => row(columns.map(() => []))),
    ],
  };
}

/** The worksheet's tree: one article, its header, how to fill it in and its blocks. Pure. */
export function buildWorksheetSection(input: WorksheetDocumentInput): Section {
  const w = input.words ?? words();
  const { worksheet } = input;
  return section(
    { tagName: 'article', className: ['worksheet'], ...(input.anchor ? { id: input.anchor } : {}) },
    [
      section({ tagName: 'header', className: ['ws-head'] }, [
        classed('kicker', w.worksheets.kicker),
        heading(input.titleDepth, [worksheet.title]),
        classed('lede', worksheet.purpose),
      ]),
      classed('ws-howto', term(w, w.worksheets.howTo), ' ', worksheet.instructions),
      ...worksheet.blocks.flatMap((block) => buildBlock(block, w)),
      ...(input.after ?? []),
    ],
  );
}

/** A worksheet on a page of its own (the site page, worksheets.html): its tree, title at depth 1. */
export function buildWorksheetDocument(worksheet: Worksheet, w: Dictionary = words()): Root {
  return root([buildWorksheetSection({ worksheet, titleDepth: 1, words: w })]);
}
