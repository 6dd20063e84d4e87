/**
 * A docx Document as the bytes of a .docx file, the same bytes for the same handbook: the document
 * properties are written here without the time of the run (the docx package stamps "now" into
 * them), and every entry of the zip gets one fixed time (its packer stamps "now" there too).
 */
import type { Document } from 'docx';
import { compileDocx, type OverrideFile } from './compile.ts';
import { escapeXml } from './text.ts';

/** What File > Properties shows. */
export interface DocumentProperties {
  title: string;
  subject: string;
  /** The company: the author in the core properties, the company in the extended ones. */
  company: string;
  keywords: string[];
  /** The language of the text, e.g. en-GB. */
  language: string;
  /** The handbook's own date (YYYY-MM-DD), as created and modified; none, none written. */
  date?: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function coreProperties(p: DocumentProperties): string {
  const dated = p.date
    ? ['created', 'modified'].map(
        (name) =>
          `<dcterms:${name} xsi:type="dcterms:W3CDTF">${escapeXml(p.date!)}T00:00:00Z</dcterms:${name}>`,
      )
    : [];
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${[
    `<dc:title>${escapeXml(p.title)}</dc:title>`,
    `<dc:subject>${escapeXml(p.subject)}</dc:subject>`,
    `<dc:creator>${escapeXml(p.company)}</dc:creator>`,
    `<cp:keywords>${escapeXml(p.keywords.join(', '))}</cp:keywords>`,
    `<dc:language>${escapeXml(p.language)}</dc:language>`,
    ...dated,
  ].join('')}</cp:coreProperties>`;
}

function extendedProperties(p: DocumentProperties): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Company>${escapeXml(p.company)}</Company></Properties>`;
}

/** Packs the document with its properties into the bytes of a .docx (`compile`: the zip before its times are fixed). */
export async function packDocx(
  document: Document,
  properties: DocumentProperties,
  compile: (
    document: Document,
    overrides: readonly OverrideFile[],
  ) => Promise<Uint8Array<ArrayBuffer>> = compileDocx,
): Promise<Uint8Array<ArrayBuffer>> {
  const packed = await compile(document, [
    { path: 'docProps/core.xml', data: coreProperties(properties) },
    { path: 'docProps/app.xml', data: extendedProperties(properties) },
  ]);
  return withFixedTimes(packed);
}

/** 1980-01-01 00:00 in MS-DOS form, the earliest time a zip entry can carry. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The zip with every entry's modification time set to one fixed time, in its directory entry and
 * its local header (the zip's only clock fields: the packer writes no extended timestamps). Walks
 * the central directory from its end record rather than searching for signatures, which could occur
 * inside compressed data by chance.
 */
export function withFixedTimes<T extends Uint8Array>(zip: T): T {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The packer writes no archive comment, so the end record is the last 22 bytes.
  const end = zip.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== END_OF_DIRECTORY)
    throw new Error('withFixedTimes: the .docx has no zip end record where expected');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new Error(`withFixedTimes: zip directory entry ${i} is not where expected`);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER)
      throw new Error(`withFixedTimes: the local header of zip entry ${i} is not where expected`);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
