/**
 * Reads and rewrites the PDFs Chromium prints without parsing all of them. A tagged handbook holds
 * about 9,000 objects, nearly all structure-tree elements; pdf-lib's PDFDocument.load parses every
 * one (about a second for 110 pages) when we only need the outline, a page's text and the metadata.
 * This reads the cross-reference table, parses single objects on demand with pdf-lib's own object
 * parser, and writes the file back with some objects replaced, every other byte copied as it was.
 *
 * Chromium (Skia) writes one classic cross-reference table with no object streams; anything else
 * (an xref stream, an incremental update) makes `PdfFile.open` return undefined, and callers fall
 * back to pdf-lib.
 */
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end);

/** A page tree deeper than this, or more objects than this in an outline, means a malformed file. */
const MAX_DEPTH = 64;

export class PdfFile {
  private readonly context = PDFContext.create();
  private readonly cache = new Map<number, PDFObject>();

  private constructor(
    readonly bytes: Uint8Array,
    /** Byte offset of each object by number; 0 for free entries. */
    private readonly offsets: number[],
    private readonly xrefStart: number,
    readonly trailer: PDFDict,
  ) {}

  /** Opens a PDF with a single classic cross-reference table; undefined for any other layout. */
  static open(bytes: Uint8Array): PdfFile | undefined {
    const tail = latin1(bytes, Math.max(0, bytes.length - 1024));
    const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!startxref) return undefined;
    const xrefStart = Number(startxref[1]);
    const text = latin1(bytes, xrefStart);
    const header = /^xref\s+0 (\d+)\s+/.exec(text);
    if (!header) return undefined;
    const size = Number(header[1]);
    const entries = text.slice(header[0].length, header[0].length + size * 20);
    const offsets: number[] = [];
    for (let n = 0; n < size; n++) {
      const entry = entries.slice(n * 20, n * 20 + 18);
      if (!/^\d{10} \d{5} [nf]$/.test(entry)) return undefined;
      offsets.push(entry.endsWith('n') ? Number(entry.slice(0, 10)) : 0);
    }
    const rest = text.slice(header[0].length + size * 20);
    // One table only: a /Prev would mean earlier revisions this reader does not follow.
    if (!/^\s*trailer\s*<</.test(rest) || /\/Prev\b/.test(rest)) return undefined;
    const trailer = PDFObjectParser.forBytes(
      Buffer.from(rest.slice(rest.indexOf('<<')), 'latin1'),
      PDFContext.create(),
    ).parseObject();
    if (!(trailer instanceof PDFDict)) return undefined;
    return new PdfFile(bytes, offsets, xrefStart, trailer);
  }

  get size(): number {
    return this.offsets.length;
  }

  /** The object a reference points to (parsed once), or the value itself when it is not a reference. */
  lookup(value: PDFObject | undefined): PDFObject | undefined {
    if (!(value instanceof PDFRef)) return value;
    const n = value.objectNumber;
    const cached = this.cache.get(n);
    if (cached) return cached;
    const offset = this.offsets[n];
    if (!offset) return undefined;
    const header = /^\s*\d+\s+\d+\s+obj\b/.exec(
      latin1(this.bytes, offset, Math.min(this.bytes.length, offset + 40)),
    );
    if (!header) return undefined;
    const object = PDFObjectParser.forBytes(
      this.bytes.subarray(offset + header[0].length, this.end(n)),
      this.context,
    ).parseObject();
    this.cache.set(n, object);
    return object;
  }

  dict(value: PDFObject | undefined): PDFDict | undefined {
    const object = this.lookup(value);
    return object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : undefined;
  }

  /** A stream's bytes, inflated when the stream is Flate-compressed (the only filter Chromium uses). */
  streamData(value: PDFObject | undefined): Uint8Array | undefined {
    const object = this.lookup(value);
    if (!(object instanceof PDFRawStream)) return undefined;
    const filter = object.dict.get(PDFName.of('Filter'));
    if (filter === undefined) return object.contents;
    return filter === PDFName.of('FlateDecode') ? inflateSync(object.contents) : undefined;
  }

  get catalog(): PDFDict | undefined {
    return this.dict(this.trailer.get(PDFName.of('Root')));
  }

  /** References of the pages in reading order. */
  pageRefs(): PDFRef[] {
    const pages: PDFRef[] = [];
    const walk = (ref: PDFObject | undefined, depth: number) => {
      const node = this.dict(ref);
      if (!node || !(ref instanceof PDFRef) || depth > MAX_DEPTH) return;
      const kids = node.get(PDFName.of('Kids'));
      if (node.get(PDFName.of('Type')) === PDFName.of('Page') || !kids) pages.push(ref);
      else {
        const list = this.lookup(kids);
        if (list instanceof PDFArray) for (const kid of list.asArray()) walk(kid, depth + 1);
      }
    };
    walk(this.catalog?.get(PDFName.of('Pages')), 0);
    return pages;
  }

  /**
   * The file with some objects replaced (by number, the text between "obj" and "endobj") and the
   * trailer extended; every other object is copied byte for byte and the table is written anew.
   */
  rewrite(
    replacements: ReadonlyMap<number, string | Uint8Array>,
    trailer: Record<string, PDFObject>,
  ): Uint8Array {
    const order = this.offsets
      .map((offset, n) => ({ offset, n }))
      .filter((o) => o.offset > 0)
      .sort((a, b) => a.offset - b.offset);
    const parts: Uint8Array[] = [this.bytes.subarray(0, order[0]?.offset ?? this.xrefStart)];
    const offsets = new Array<number>(this.offsets.length).fill(0);
    let position = parts[0]!.length;
    for (const { n, offset } of order) {
      const replacement = replacements.get(n);
      const body =
        replacement === undefined
          ? this.bytes.subarray(offset, this.end(n))
          : concat([
              Buffer.from(`${n} 0 obj\n`, 'latin1'),
              asBytes(replacement),
              Buffer.from('\nendobj\n', 'latin1'),
            ]);
      offsets[n] = position;
      parts.push(body);
      position += body.length;
    }
    const table = offsets
      .map((offset, n) =>
        n === 0
          ? '0000000000 65535 f \n'
          : offset
            ? `${String(offset).padStart(10, '0')} 00000 n \n`
            : '0000000000 00000 f \n',
      )
      .join('');
    const dict = this.trailer.clone(this.context);
    for (const [key, value] of Object.entries(trailer)) dict.set(PDFName.of(key), value);
    dict.set(PDFName.of('Size'), PDFNumber.of(offsets.length));
    parts.push(
      Buffer.from(
        `xref\n0 ${offsets.length}\n${table}trailer\n${dict.toString()}\nstartxref\n${position}\n%%EOF`,
        'latin1',
      ),
    );
    return concat(parts);
  }

  /** Where object n's bytes end: at the next object in the file, or the cross-reference table. */
  private end(n: number): number {
    if (!this.ends) {
      const sorted = this.offsets.filter((o) => o > 0).sort((a, b) => a - b);
      this.ends = new Map(
        sorted.map((o, i) => [o, Math.min(sorted[i + 1] ?? this.xrefStart, this.xrefStart)]),
      );
    }
    return this.ends.get(this.offsets[n]!) ?? this.xrefStart;
  }

  private ends?: Map<number, number>;
}

/** A stream object's text: a dictionary with its length, then the bytes. */
export function streamObject(data: Uint8Array, dict: Record<string, string> = {}): Uint8Array {
  const entries = Object.entries({ ...dict, Length: String(data.length) }).map(([k, v]) => `/${k} ${v}`);
  return concat([
    Buffer.from(`<<${entries.join('\n')}>> stream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

const asBytes = (value: string | Uint8Array) =>
  typeof value === 'string' ? Buffer.from(value, 'latin1') : value;

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}
