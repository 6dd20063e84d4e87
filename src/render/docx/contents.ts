/**
 * Word's table of contents: a TOC field over the Heading 1 paragraphs inside a contents control,
 * built as Word builds its own. Its last result is filled in from the tree, so the entries (linked
 * to their headings) show in Word, LibreOffice and Google Docs before any field is updated. The
 * page numbers are Word's to find: the field is marked for updating, so Word offers to fill them in
 * when the document is first opened.
 */
import { FileChild, InternalHyperlink, Paragraph, Run, TextRun, type ParagraphChild } from 'docx';
import { element } from './element.ts';

export interface ContentsEntry {
  title: string;
  /** The bookmark of the heading it leads to. */
  bookmark?: string;
}

/** Headings 1 to 1: the chapters and the front and back matter, as the HTML handbook's contents lists them. */
const INSTRUCTION = ' TOC \\o "1-1" \\h \\z \\u ';

const fieldChar = (type: 'begin' | 'separate' | 'end', dirty = false) =>
  new Run({
    children: [element('w:fldChar', { 'w:fldCharType': type, ...(dirty ? { 'w:dirty': 'true' } : {}) })],
  });

/** The contents control: its heading, then one paragraph per entry, inside the field's result. */
export function buildContents(heading: Paragraph, entries: readonly ContentsEntry[]): FileChild {
  const start = [
    fieldChar('begin', true),
    new Run({ children: [element('w:instrText', { 'xml:space': 'preserve' }, INSTRUCTION)] }),
    fieldChar('separate'),
  ];
  const end = [fieldChar('end')];
  const lines: ParagraphChild[][] = entries.map((entry) => {
    const text = new TextRun(entry.title);
    return [entry.bookmark ? new InternalHyperlink({ anchor: entry.bookmark, children: [text] }) : text];
  });
  if (lines.length === 0) lines.push([]);
  const paragraphs = lines.map(
    (children, i) =>
      new Paragraph({
        style: 'TOC1',
        children: [
          ...(i === 0 ? (start as unknown as ParagraphChild[]) : []),
          ...children,
          ...(i === lines.length - 1 ? (end as unknown as ParagraphChild[]) : []),
        ],
      }),
  );
  const control = new FileChild('w:sdt');
  // The gallery tells LibreOffice (and Word) that this control is a table of contents.
  control.addChildElement(
    element(
      'w:sdtPr',
      {},
      element(
        'w:docPartObj',
        {},
        element('w:docPartGallery', { 'w:val': 'Table of Contents' }),
        element('w:docPartUnique'),
      ),
    ),
  );
  const content = element('w:sdtContent');
  for (const paragraph of [heading, ...paragraphs]) content.push(paragraph);
  control.addChildElement(content);
  return control;
}
