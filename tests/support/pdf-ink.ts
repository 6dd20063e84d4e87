import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One printed page as poppler draws it: grey levels, 0 black to 255 white, row by row. */
export interface PageImage {
  width: number;
  height: number;
  /** Pixels per millimetre. */
  scale: number;
  pixel: (x: number, y: number) => number;
}

/** Draws page `page` (from 1) of a PDF with pdftoppm at `dpi`, as a grey image. */
export function drawPdfPage(pdf: Buffer, page: number, dpi = 150): PageImage {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-ink-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    const data = readFileSync(join(dir, 'page.pgm'));
    // Binary PGM: "P5", width, height, maxval, one whitespace, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.toString('latin1', 0, 64))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = data.subarray(header[0].length);
    return { width, height, scale: dpi / 25.4, pixel: (x, y) => pixels[y * width + x]! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The left and right edges of everything drawn on the page, in millimetres from the paper's left edge. */
export function inkExtent(image: PageImage, threshold = 160): { left: number; right: number } {
  let left = image.width;
  let right = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.pixel(x, y) >= threshold) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return { left: left / image.scale, right: (right + 1) / image.scale };
}

/**
 * Columns of pixels (as millimetres from the left) that hold a vertical line at least `minMm` long.
 * Gaps of up to `gapMm` do not end a line, so a dashed cut line counts whole; the gaps between
 * lines of text are wider, so a column through text never does.
 */
export function verticalLines(
  image: PageImage,
  minMm: number,
  { gapMm = 1.2, threshold = 160 } = {},
): number[] {
  const lines: number[] = [];
  const gap = gapMm * image.scale;
  for (let x = 0; x < image.width; x++) {
    let start = -1;
    let last = -Infinity;
    let longest = 0;
    for (let y = 0; y < image.height; y++) {
      if (image.pixel(x, y) >= threshold) continue;
      if (y - last > gap) start = y;
      last = y;
      longest = Math.max(longest, y - start + 1);
    }
    if (longest / image.scale >= minMm) lines.push(x / image.scale);
  }
  return lines;
}

/** Rows of pixels holding a horizontal line at least `minMm` long, merged where adjacent: the ruled lines of a table. */
export function horizontalRules(image: PageImage, minMm: number, threshold = 160): number {
  let rules = 0;
  let previous = false;
  for (let y = 0; y < image.height; y++) {
    let run = 0;
    let longest = 0;
    for (let x = 0; x < image.width; x++) {
      run = image.pixel(x, y) < threshold ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    const rule = longest / image.scale >= minMm;
    if (rule && !previous) rules++;
    previous = rule;
  }
  return rules;
}
