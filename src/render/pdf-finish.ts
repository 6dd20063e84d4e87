import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/** What a finished PDF says about itself, shown by every PDF reader's document properties. */
export interface PdfMetadata {
  title: string;
  /** The company for a handbook; the playbook for the neutral edition. */
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language of the text, e.g. "en". */
  language: string;
  /** The document's date (YYYY-MM-DD): creation and modification dates are set from it, never the clock. */
  date?: string;
}

/** The date used when a document has none, so that undated output is still byte-identical. */
const UNDATED = '2000-01-01';

/**
 * Sets the metadata, fixes the creation and modification dates to the document's date, and gives
 * the file a document id derived from its content, so the same input gives the same bytes.
 * Chromium's own output differs between runs only in its dates; pdf-lib (loaded without touching
 * the metadata itself) rewrites everything else unchanged, structure tree and outline included.
 */
export async function finishPdf(bytes: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const date = new Date(`${metadata.date ?? UNDATED}T00:00:00Z`);
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  pdf.setAuthor(metadata.author);
  pdf.setSubject(metadata.subject);
  pdf.setKeywords(metadata.keywords);
  pdf.setLanguage(metadata.language);
  pdf.setCreator('service-playbook');
  pdf.setProducer('service-playbook with Chromium and pdf-lib');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const id = createHash('sha256').update(withoutDates(bytes)).update(JSON.stringify(metadata)).digest('hex').slice(0, 32);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** Chromium's bytes with its timestamps blanked, so the id depends on the content alone. */
function withoutDates(bytes: Uint8Array): Buffer {
  return Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '/$1 ()'), 'latin1');
}

/** One bookmark: its title, nesting depth (0 for top level) and the 1-based page it opens. */
export interface OutlineEntry {
  title: string;
  depth: number;
  page: number;
}

/** Reads a PDF's bookmarks in order; Chromium writes them from the headings when asked for an outline. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const lookup = (value: PDFObject | undefined) => (value instanceof PDFRef ? pdf.context.lookup(value) : value);
  const entries: OutlineEntry[] = [];
  const walk = (first: PDFObject | undefined, depth: number) => {
    // Bounded, so a malformed outline with a cycle cannot loop forever.
    for (let node = lookup(first), guard = 0; node instanceof PDFDict && guard < 10_000; node = lookup(node.get(PDFName.of('Next'))), guard++) {
      const title = node.get(PDFName.of('Title'));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
      const dest = lookup(node.get(PDFName.of('Dest')));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      entries.push({ title: text, depth, page: target ? (pageOf.get(target.toString()) ?? 0) : 0 });
      walk(node.get(PDFName.of('First')), depth + 1);
    }
  };
  const outlines = lookup(pdf.catalog.get(PDFName.of('Outlines')));
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of('First')), 0);
  return entries;
}
