import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFBool,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { PdfFile } from './file.ts';

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
const CREATOR = 'service-playbook';
const PRODUCER = 'service-playbook with Chromium and pdf-lib';

/**
 * Sets the metadata, fixes the creation and modification dates to the document's date, and gives
 * the file a document id derived from its content, so the same input gives the same bytes.
 * Chromium's own output differs between runs only in its dates. The information dictionary and the
 * catalog are written anew (with `replacements`, e.g. the contents page's numbers); every other
 * object is copied as Chromium wrote it, structure tree and outline included.
 */
export async function finishPdf(
  printed: Uint8Array,
  metadata: PdfMetadata,
  replacements: ReadonlyMap<number, Uint8Array> = new Map(),
): Promise<Uint8Array> {
  const bytes = renumberNodeIds(printed);
  const file = PdfFile.open(bytes);
  const info = file?.trailer.get(PDFName.of('Info'));
  const root = file?.trailer.get(PDFName.of('Root'));
  const catalog = file?.catalog;
  if (!file || !(info instanceof PDFRef) || !(root instanceof PDFRef) || !catalog) {
    if (replacements.size > 0) throw new Error('finishPdf: replacements need a file PdfFile can read');
    return finishWithPdfLib(bytes, metadata);
  }
  const context = PDFContext.create();
  const date = PDFString.fromDate(documentDate(metadata));
  const infoDict = context.obj({
    Title: PDFHexString.fromText(metadata.title),
    Author: PDFHexString.fromText(metadata.author),
    Subject: PDFHexString.fromText(metadata.subject),
    Keywords: PDFHexString.fromText(metadata.keywords.join(' ')),
    Creator: PDFHexString.fromText(CREATOR),
    Producer: PDFHexString.fromText(PRODUCER),
    CreationDate: date,
    ModDate: date,
  });
  const newCatalog = catalog.clone(context);
  newCatalog.set(PDFName.of('Lang'), PDFString.of(metadata.language));
  newCatalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: PDFBool.True }));
  const all = new Map<number, string | Uint8Array>(replacements);
  all.set(info.objectNumber, infoDict.toString());
  all.set(root.objectNumber, newCatalog.toString());
  const id = PDFHexString.of(documentId(bytes, metadata));
  return file.rewrite(all, { ID: context.obj([id, id]) });
}

/**
 * Who made a PDF and what it is, from its information dictionary: undefined for a file this project
 * did not finish (another creator, or a layout our reader does not know, such as a file saved again
 * by another program). Reading is bounded: only the trailer and one dictionary are parsed.
 */
export function readOwnPdfSubject(bytes: Uint8Array): string | undefined {
  try {
    const file = PdfFile.open(bytes);
    const info = file?.dict(file.trailer.get(PDFName.of('Info')));
    const text = (key: string) => {
      const value = info?.get(PDFName.of(key));
      return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined;
    };
    return text('Creator') === CREATOR && text('Producer') === PRODUCER ? text('Subject') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Chromium names the structure elements that others point at (table headers) after DOM node ids,
 * "(node00000082)", which depend on what else the renderer did first: they shift between runs, and
 * their order can change too. Each id becomes its rank in the order of the objects that carry it
 * (`/ID (node…)` in a structure element: object numbers follow the document, the same every run),
 * written in the same number of digits, so no offset moves. The structure tree's ID name tree must
 * stay sorted by name, so its pairs are put back in order under the new names (the same bytes,
 * reordered). A tree of several leaves would need names moved between leaves: there the ids keep
 * their numeric order instead, valid but not stable between runs.
 */
export function renumberNodeIds(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const pattern = /(?<!\\)\(node(\d{1,12})\)/g;
  const ids = [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))].sort(
    (a, b) => Number(a) - Number(b) || a.localeCompare(b),
  );
  if (ids.length === 0) return bytes;
  const leaves = text.match(/\/Names \[\(node/g)?.length ?? 0;
  if (leaves <= 1) {
    const owner = ownerObjects(text);
    ids.sort((a, b) => (owner.get(a) ?? Infinity) - (owner.get(b) ?? Infinity) || Number(a) - Number(b));
  }
  // 0-based: the i-th of distinct numbers is at least i, so a rank never needs more digits than its id.
  const rank = new Map(ids.map((id, i) => [id, String(i).padStart(id.length, '0')]));
  if ([...rank].some(([id, r]) => r.length !== id.length)) return bytes;
  const renamed = text.replace(pattern, (_, id: string) => `(node${rank.get(id)!})`);
  const sorted = renamed.replace(/\/Names \[((?:\(node\d+\) \d+ \d+ R ?)+)\]/g, (whole, body: string) => {
    const pairs = [...body.matchAll(/\(node(\d+)\) (\d+ \d+ R)/g)]
      .map((m) => [m[1]!, m[2]!] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const rebuilt = pairs.map(([name, ref]) => `(node${name}) ${ref}`).join(' ');
    return rebuilt.length === body.trimEnd().length
      ? `/Names [${rebuilt}${body.slice(rebuilt.length)}]`
      : whole;
  });
  if (leaves > 1) return new Uint8Array(Buffer.from(sorted, 'latin1'));
  // One leaf holds every name: its limits are the first and last of them, whichever ids they were.
  const names = [...rank.values()].sort();
  const limited = sorted.replace(
    /\/Limits \[\(node\d+\) \(node\d+\)\]/,
    `/Limits [(node${names[0]}) (node${names[names.length - 1]})]`,
  );
  return new Uint8Array(Buffer.from(limited, 'latin1'));
}

/** The number of the object whose dictionary names each id (`/ID (node…)`). */
function ownerObjects(text: string): Map<string, number> {
  const owner = new Map<string, number>();
  for (const match of text.matchAll(/\/ID \(node(\d{1,12})\)/g)) {
    const headers = [
      ...text.slice(Math.max(0, match.index - 4096), match.index).matchAll(/(\d+) \d+ obj\b/g),
    ];
    const header = headers[headers.length - 1];
    if (header && !owner.has(match[1]!)) owner.set(match[1]!, Number(header[1]));
  }
  return owner;
}

/** The same for a file PdfFile cannot read: pdf-lib parses and rewrites all of it (slower). */
async function finishWithPdfLib(bytes: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
  const date = documentDate(metadata);
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  pdf.setAuthor(metadata.author);
  pdf.setSubject(metadata.subject);
  pdf.setKeywords(metadata.keywords);
  pdf.setLanguage(metadata.language);
  pdf.setCreator(CREATOR);
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const id = documentId(bytes, metadata);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

const documentDate = (metadata: PdfMetadata) => new Date(`${metadata.date ?? UNDATED}T00:00:00Z`);

/** A stable id from Chromium's bytes (timestamps blanked) and the metadata: the content alone decides it. */
function documentId(bytes: Uint8Array, metadata: PdfMetadata): string {
  const undated = Buffer.from(
    Buffer.from(bytes)
      .toString('latin1')
      .replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '/$1 ()'),
    'latin1',
  );
  return createHash('sha256').update(undated).update(JSON.stringify(metadata)).digest('hex').slice(0, 32);
}

/** One bookmark: its title, nesting depth (0 for top level) and the 1-based page it opens. */
export interface OutlineEntry {
  title: string;
  depth: number;
  page: number;
}

/** Reads a PDF's bookmarks in order; Chromium writes them from the headings when asked for an outline. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const file = PdfFile.open(bytes);
  if (file) return outlineOf(file);
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
  const lookup = (value: PDFObject | undefined) =>
    value instanceof PDFRef ? pdf.context.lookup(value) : value;
  return walkOutline(
    lookup,
    pdf.catalog,
    pdf.getPages().map((page) => page.ref),
  );
}

/** The bookmarks of a file already open. */
export function outlineOf(file: PdfFile): OutlineEntry[] {
  return walkOutline((value) => file.lookup(value), file.catalog, file.pageRefs());
}

function walkOutline(
  lookup: (value: PDFObject | undefined) => PDFObject | undefined,
  catalog: PDFDict | undefined,
  pages: PDFRef[],
): OutlineEntry[] {
  const pageOf = new Map(pages.map((ref, i) => [ref.toString(), i + 1]));
  const entries: OutlineEntry[] = [];
  const walk = (first: PDFObject | undefined, depth: number) => {
    // Bounded, so a malformed outline with a cycle cannot loop forever.
    for (
      let node = lookup(first), guard = 0;
      node instanceof PDFDict && guard < 10_000 && depth < 64;
      node = lookup(node.get(PDFName.of('Next'))), guard++
    ) {
      const title = node.get(PDFName.of('Title'));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
      const dest = lookup(node.get(PDFName.of('Dest')));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      entries.push({ title: text, depth, page: target ? (pageOf.get(target.toString()) ?? 0) : 0 });
      walk(node.get(PDFName.of('First')), depth + 1);
    }
  };
  const outlines = lookup(catalog?.get(PDFName.of('Outlines')));
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of('First')), 0);
  return entries;
}
