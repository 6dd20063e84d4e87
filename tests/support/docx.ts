/**
 * A .docx read back the way Word reads it: the zip's entries (walked from its central directory,
 * inflated with node:zlib), and the paragraphs and tables of word/document.xml with their styles
 * and text. Enough for tests of our own output; not a general OOXML reader.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The MS-DOS date and time fields, as stored. */
  dosDate: number;
  dosTime: number;
}

/** Every entry of a zip, in the order of its central directory. */
export function unzip(bytes: Uint8Array): ZipEntry[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + compressed);
    entries.push({
      name,
      data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw),
      dosTime: buffer.readUInt16LE(at + 12),
      dosDate: buffer.readUInt16LE(at + 14),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One part of the package as text, e.g. `word/document.xml`. */
export function readPart(bytes: Uint8Array, name: string): string {
  const entry = unzip(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`the .docx has no ${name}`);
  return entry.data.toString('utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML text with its five entities (and numeric references) read back. */
export const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );

/** The text of every run in some XML, in order. */
export const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join('');

export interface DocxParagraph {
  style?: string;
  text: string;
  /** In a numbered or bulleted list (numbering properties on the paragraph). */
  listed: boolean;
  pageBreakBefore: boolean;
  xml: string;
}

/** Paragraphs of document XML in order (those inside tables too; paragraphs never nest). */
export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/g)].map((m) => {
    const inner = m[1] ?? '';
    const style = inner.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1];
    return {
      ...(style ? { style } : {}),
      text: textOf(inner),
      listed: inner.includes('<w:numPr>'),
      pageBreakBefore: inner.includes('<w:pageBreakBefore/>'),
      xml: inner,
    };
  });
}

export interface DocxTable {
  style?: string;
  rows: { header: boolean; cells: string[]; xml: string }[];
}

/** Tables of document XML in order (ours never nest). */
export function tables(xml: string): DocxTable[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => {
    const inner = m[1]!;
    const style = inner.match(/<w:tblStyle w:val="([^"]+)"\/>/)?.[1];
    return {
      ...(style ? { style } : {}),
      rows: [...inner.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => ({
        header: /<w:tblHeader(?: w:val="(?:true|1|on)")?\/>/.test(r[1]!),
        cells: [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1]!)),
        xml: r[1]!,
      })),
    };
  });
}
