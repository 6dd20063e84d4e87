/**
 * The Word handbook's styles: Word's own built-in ones, under the names Word itself writes ("heading 1",
 * "List Bullet", "Table Grid", "Quote"...), so the navigation pane, the contents, the style gallery
 * and a reviewer's habits work as in any Word document. The company's accent colours the headings,
 * links and table heads; the fonts follow the HTML handbook (a serif to read, a sans for headings).
 */
import {
  AlignmentType,
  DocumentDefaults,
  type ImportedXmlComponent,
  LevelFormat,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import { element } from './element.ts';

/** Word's units: twentieths of a point for spacing and indents, half points for font sizes. */
const pt = (points: number) => points * 20;
const halfPt = (points: number) => points * 2;

const BODY_FONT = 'Georgia';
const HEADING_FONT = 'Arial';
const MUTED = '555555';
/** A light tint behind examples, as in the HTML handbook's boxes. */
const BOX_FILL = 'F6F6F6';

/**
 * Numbering definitions for lists: bullets, and numbers that restart with each list. The docx
 * package finds a list's numbering by searching the finished XML for `{reference-instance}`, text
 * included, so a company called "{numbers-1}" would be printed as a number. Each reference starts
 * with a control character, which `cleanText` takes out of every text: no text can match it.
 */
export const LIST_REFERENCES = { bullets: '\u0001bullets', numbers: '\u0001numbers' } as const;

/** Deepest list level we lay out; deeper items stay at this indent. */
export const MAX_LIST_LEVEL = 2;

export function buildNumbering(): INumberingOptions {
  const indent = (level: number) => ({ left: 360 * (level + 1) + 360 * level, hanging: 360 });
  const levels = [0, 1, 2] as const;
  return {
    config: [
      {
        reference: LIST_REFERENCES.bullets,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: ['•', '◦', '▪'][level]!,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: indent(level) } },
        })),
      },
      {
        reference: LIST_REFERENCES.numbers,
        levels: levels.map((level) => ({
          level,
          format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level]!,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: indent(level) } },
        })),
      },
    ],
  };
}

/** The indent of a list item's second paragraph, under the text of its first. */
export const listTextIndent = (level: number) => 360 * (level + 1) + 360 * level;

/** The lines of a table: thin and grey, so the text stays in front. */
export const TABLE_BORDER = { style: 'single', size: 4, color: 'A6A6A6' } as const;

/**
 * Word's "Table Grid": thin borders all round, no space after paragraphs inside. The docx package
 * makes paragraph and character styles only, so this one table style is built element by element.
 */
function tableGrid(): ImportedXmlComponent {
  const border = (side: string) =>
    element(`w:${side}`, {
      'w:val': TABLE_BORDER.style,
      'w:sz': String(TABLE_BORDER.size),
      'w:space': '0',
      'w:color': TABLE_BORDER.color,
    });
  const margin = (side: string, twips: number) =>
    element(`w:${side}`, { 'w:w': String(twips), 'w:type': 'dxa' });
  return element(
    'w:style',
    { 'w:type': 'table', 'w:styleId': 'TableGrid' },
    element('w:name', { 'w:val': 'Table Grid' }),
    element('w:uiPriority', { 'w:val': '39' }),
    element(
      'w:pPr',
      {},
      element('w:spacing', { 'w:before': '0', 'w:after': '0', 'w:line': '252', 'w:lineRule': 'auto' }),
    ),
    element('w:rPr', {}, element('w:sz', { 'w:val': '19' }), element('w:szCs', { 'w:val': '19' })),
    element(
      'w:tblPr',
      {},
      element('w:tblBorders', {}, ...['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border)),
      element(
        'w:tblCellMar',
        {},
        margin('top', 57),
        margin('left', 100),
        margin('bottom', 57),
        margin('right', 100),
      ),
    ),
  );
}

/** The styles of a handbook in the given accent (six hex digits, readable on white). */
export function buildStyles(accent: string, language: string): IStylesOptions {
  const heading = (level: 1 | 2 | 3 | 4 | 5, size: number, colour: string): IParagraphStyleOptions => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: HEADING_FONT, size: halfPt(size), bold: true, color: colour },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      spacing: { before: pt(level === 1 ? 0 : 14 - level * 2), after: pt(level === 1 ? 9 : 4) },
    },
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
    },
    {
      id: 'ListBullet',
      name: 'List Bullet',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: pt(2) } },
    },
    {
      id: 'ListNumber',
      name: 'List Number',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: pt(2) } },
    },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { color: '404040' },
      paragraph: {
        indent: { left: pt(12), right: pt(12) },
        border: { left: { style: 'single', size: 18, color: accent, space: 8 } },
      },
    },
    {
      id: 'IntenseQuote',
      name: 'Intense Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: {
        indent: { left: pt(12), right: pt(12) },
        shading: { type: 'clear', color: 'auto', fill: BOX_FILL },
        border: {
          left: { style: 'single', size: 24, color: accent, space: 8 },
          top: { style: 'single', size: 4, color: BOX_FILL, space: 4 },
          bottom: { style: 'single', size: 4, color: BOX_FILL, space: 4 },
          right: { style: 'single', size: 4, color: BOX_FILL, space: 8 },
        },
      },
    },
    {
      id: 'Kicker',
      name: 'Kicker',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: HEADING_FONT, size: halfPt(8.5), allCaps: true, color: MUTED, characterSpacing: 10 },
      paragraph: { keepNext: true, spacing: { after: pt(2) } },
    },
    {
      id: 'Lede',
      name: 'Lede',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: halfPt(12.5) },
    },
    {
      id: 'Meta',
      name: 'Meta',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: halfPt(9.5), color: MUTED },
    },
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'Heading1',
      next: 'Normal',
      // Body text level: the contents' own heading is not an entry of the contents.
      paragraph: { outlineLevel: 9 },
    },
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { after: pt(4) } },
    },
    {
      id: 'Footer',
      name: 'footer',
      basedOn: 'Normal',
      run: { font: HEADING_FONT, size: halfPt(9), color: MUTED },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    },
  ];
  return {
    importedStyles: [
      // Spacing lives in the defaults, as in Word's own template, so Table Grid can take it out of tables.
      new DocumentDefaults({
        run: { font: BODY_FONT, size: halfPt(10.5), language: { value: language } },
        paragraph: { spacing: { after: pt(6), line: 276, lineRule: 'auto' } },
      }),
      tableGrid(),
    ],
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: HEADING_FONT, size: halfPt(30), bold: true, color: accent },
        paragraph: { spacing: { before: pt(6), after: pt(24) } },
      },
      heading(1, 20, accent),
      heading(2, 14, accent),
      heading(3, 12, accent),
      heading(4, 11, '1B1B1B'),
      heading(5, 10.5, '1B1B1B'),
      ...paragraphStyles,
    ],
    characterStyles: [
      {
        id: 'Hyperlink',
        name: 'Hyperlink',
        run: { color: accent, underline: { type: 'single' } },
      },
    ],
  };
}
