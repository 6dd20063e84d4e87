/**
 * Puts the contents page numbers into a printed PDF without laying the document out again. The
 * first print shows a fixed-width placeholder of three digits after each entry (pageNumberPlaceholder
 * in src/document/nodes.ts); a number of fewer digits takes the same slot, so the layout cannot change
 * and the pages the headings landed on are final. Each placeholder's glyphs are swapped for the
 * number's, moved right by the width of the digits it lacks (the slot is right-aligned).
 *
 * Chromium writes each run of text as its own BT…ET object: font, position, then glyph ids (2-byte,
 * Identity-H) shown with Tj. Anything else (a different writer, a digit missing from the font)
 * returns undefined and the caller prints again with the numbers instead.
 */
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { pageNumberPlaceholder } from '../../document/nodes.ts';
import { streamObject, type PdfFile } from './file.ts';

/** Pages searched for the contents, after the cover; a contents longer than this is not patched. */
const CONTENTS_PAGES = 6;

/** One text object as Chromium writes it. */
const TEXT_OBJECT =
  /BT\s+\/([A-Za-z0-9]+) ([\d.]+) Tf\s+([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) Tm\s+((?:<[0-9a-fA-F]+> Tj\s+|[-\d.]+ [-\d.]+ Td\s+)+)ET/g;

interface Font {
  /** Glyph id to the text it shows, from the font's ToUnicode map. */
  text: Map<number, string>;
  /** Advance width of a glyph id, in thousandths of the font size. */
  width: (glyph: number) => number | undefined;
}

interface Placeholder {
  content: number;
  start: number;
  end: number;
  font: string;
  /** The font object, the same for every placeholder whatever its page calls it. */
  fontKey: string;
  fontSize: number;
  matrix: number[];
  glyphs: number[];
}

/**
 * Replacement content streams (by object number) that show `numbers[i]` in place of the i-th
 * entry's placeholder, or undefined when the placeholders cannot all be found and replaced.
 */
export function patchContentsNumbers(
  file: PdfFile,
  numbers: readonly number[],
): Map<number, Uint8Array> | undefined {
  if (
    numbers.length === 0 ||
    numbers.some((n) => !Number.isInteger(n) || n < 1 || String(n).length > pageNumberPlaceholder(0).length)
  )
    return undefined;
  const found = findPlaceholders(file, numbers.length);
  if (!found) return undefined;
  const { placeholders, font, streams } = found;
  const digits = new Map<string, number>();
  for (const p of placeholders) for (const g of p.glyphs) digits.set(font.text.get(g)!, g);
  const edits = new Map<number, { start: number; end: number; replacement: string }[]>();
  for (const [i, p] of placeholders.entries()) {
    const glyphs = [...String(numbers[i])].map((d) => digits.get(d));
    const widths = [...p.glyphs, ...glyphs].map((g) => (g === undefined ? undefined : font.width(g)));
    if (glyphs.includes(undefined) || widths.includes(undefined)) return undefined;
    // Right-aligned in the slot: a number with fewer digits starts further right by the digits it lacks.
    const slot = sum(widths.slice(0, p.glyphs.length) as number[]);
    const shift =
      ((slot - sum(widths.slice(p.glyphs.length) as number[])) / 1000) * p.fontSize * p.matrix[0]!;
    const matrix = [...p.matrix.slice(0, 4), p.matrix[4]! + shift, p.matrix[5]!].map(formatNumber).join(' ');
    const hex = (glyphs as number[]).map((g) => g.toString(16).padStart(4, '0')).join('');
    edits.set(p.content, [
      ...(edits.get(p.content) ?? []),
      {
        start: p.start,
        end: p.end,
        replacement: `BT\n/${p.font} ${formatNumber(p.fontSize)} Tf\n${matrix} Tm\n<${hex}> Tj\nET`,
      },
    ]);
  }
  const patched = new Map<number, Uint8Array>();
  for (const [content, list] of edits) {
    let text = streams.get(content)!;
    for (const edit of [...list].sort((a, b) => b.start - a.start))
      text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
    patched.set(content, streamObject(deflateSync(Buffer.from(text, 'latin1')), { Filter: '/FlateDecode' }));
  }
  return patched;
}

/**
 * The first `count` placeholders in reading order, each showing the digits its entry was given, all
 * in one font and size with their slots' left edges aligned; with the text of the streams they are in.
 */
function findPlaceholders(
  file: PdfFile,
  count: number,
): { placeholders: Placeholder[]; font: Font; streams: Map<number, string> } | undefined {
  const placeholders: Placeholder[] = [];
  const streams = new Map<number, string>();
  const fonts = new Map<string, Font | undefined>();
  for (const pageRef of file.pageRefs().slice(0, CONTENTS_PAGES)) {
    const page = file.dict(pageRef);
    const content = page?.get(PDFName.of('Contents'));
    const fontDict = file.dict(file.dict(page?.get(PDFName.of('Resources')))?.get(PDFName.of('Font')));
    const data = content instanceof PDFRef && fontDict ? file.streamData(content) : undefined;
    if (!data || !(content instanceof PDFRef) || !fontDict) continue;
    const text = Buffer.from(data).toString('latin1');
    for (const match of text.matchAll(TEXT_OBJECT)) {
      const [, font, size, ...rest] = match;
      const shows = rest.pop()!;
      const fontRef = fontDict.get(PDFName.of(font!));
      const key = `${fontRef}`;
      if (!fonts.has(key)) fonts.set(key, readFont(file, fontRef));
      const info = fonts.get(key);
      const hex = [...shows.matchAll(/<([0-9a-fA-F]+)> Tj/g)].map((m) => m[1]!);
      if (!info || hex.some((h) => h.length % 4 !== 0)) continue;
      const glyphs = hex.flatMap((h) => h.match(/.{4}/g)!.map((g) => parseInt(g, 16)));
      if (
        glyphs.map((g) => info.text.get(g) ?? '\uFFFD').join('') !==
        pageNumberPlaceholder(placeholders.length)
      )
        continue;
      const placeholder = {
        content: content.objectNumber,
        start: match.index!,
        end: match.index! + match[0].length,
        font: font!,
        fontKey: key,
        fontSize: Number(size),
        matrix: rest.map(Number),
        glyphs,
      };
      const first = placeholders[0];
      if (
        first &&
        (first.fontKey !== key ||
          first.fontSize !== placeholder.fontSize ||
          first.matrix[4] !== placeholder.matrix[4])
      )
        continue;
      placeholders.push(placeholder);
      streams.set(content.objectNumber, text);
      if (placeholders.length === count)
        return { placeholders, font: fonts.get(placeholders[0]!.fontKey)!, streams };
    }
  }
  return undefined;
}

/** A Type 0 font with 2-byte glyph ids: what each glyph shows and how wide it is. */
function readFont(file: PdfFile, ref: PDFObject | undefined): Font | undefined {
  const font = file.dict(ref);
  if (!font || font.get(PDFName.of('Encoding')) !== PDFName.of('Identity-H')) return undefined;
  const cmap = file.streamData(font.get(PDFName.of('ToUnicode')));
  const descendants = file.lookup(font.get(PDFName.of('DescendantFonts')));
  const cidFont = descendants instanceof PDFArray ? file.dict(descendants.get(0)) : undefined;
  if (!cmap || !cidFont) return undefined;
  const widths = file.lookup(cidFont.get(PDFName.of('W')));
  const defaultWidth = file.lookup(cidFont.get(PDFName.of('DW')));
  return {
    text: readToUnicode(Buffer.from(cmap).toString('latin1')),
    width: widthTable(
      file,
      widths instanceof PDFArray ? widths : undefined,
      defaultWidth instanceof PDFNumber ? defaultWidth.asNumber() : 1000,
    ),
  };
}

/** The glyph-to-text entries of a ToUnicode CMap (bfchar and bfrange, as PDF writers emit them). */
export function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...hex.match(/.{4}/g)!.map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(parseInt(code!, 16), utf16(text!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    )) {
      const from = parseInt(low!, 16);
      const to = Math.min(parseInt(high!, 16), from + 0xffff);
      if (target!.startsWith('[')) {
        [...target!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((t, i) => map.set(from + i, utf16(t[1]!)));
      } else {
        const base = target!.slice(1, -1);
        const last = parseInt(base.slice(-4), 16);
        for (let code = from; code <= to; code++)
          map.set(code, utf16(base.slice(0, -4) + (last + code - from).toString(16).padStart(4, '0')));
      }
    }
  }
  return map;
}

/** Looks up glyph widths in a CIDFont's /W array: `c [w1 w2 …]` and `cFirst cLast w` entries. */
function widthTable(
  file: PdfFile,
  widths: PDFArray | undefined,
  defaultWidth: number,
): (glyph: number) => number | undefined {
  const table = new Map<number, number>();
  const items = (widths?.asArray() ?? []).map((item) => file.lookup(item));
  const number = (item: PDFObject | undefined) => (item instanceof PDFNumber ? item.asNumber() : undefined);
  for (let i = 0; i < items.length;) {
    const first = number(items[i]);
    if (first === undefined) return () => undefined;
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((w, j) => table.set(first + j, number(file.lookup(w)) ?? defaultWidth));
      i += 2;
    } else {
      const last = number(next);
      const width = number(items[i + 2]);
      if (last === undefined || width === undefined || last - first > 0xffff) return () => undefined;
      for (let g = first; g <= last; g++) table.set(g, width);
      i += 3;
    }
  }
  return (glyph) => table.get(glyph) ?? defaultWidth;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A number as a content stream writes it: at most 5 decimals, no exponent, no trailing zeros. */
function formatNumber(value: number): string {
  return Number(value.toFixed(5)).toString();
}
