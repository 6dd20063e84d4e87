/**
 * Page numbers for a printed contents page, worked out in the browser that prints it. Chromium's
 * print has no `target-counter()`, so the document is laid out once more, off screen, in columns
 * exactly as wide and as tall as the printed page's content area: Chromium breaks columns with the
 * same fragmentation engine it breaks pages with (forced breaks, `break-inside: avoid`, orphans,
 * repeated table heads), so the column a heading lands in is the page it prints on. One layout,
 * no dependency; tests/e2e/print.test.ts reads Chromium's PDF to check every number.
 *
 * Used by /print/ and by the builder's "Print / save as PDF"; never by a downloaded handbook.html,
 * which stays script-free and byte-identical to the CLI's.
 */
import { PAGE_MARGINS_MM } from '../../render/page-margins.ts';
import { PAPER_MM, type PaperSize } from '../../schemas/paper.ts';

const PX_PER_MM = 96 / 25.4;

/** The contents entries: each link to a heading in the document, in order. */
function contentsLinks(doc: Document): HTMLAnchorElement[] {
  return [...doc.querySelectorAll<HTMLAnchorElement>('nav.contents li > a[href^="#"]')];
}

/**
 * Gives every contents entry a page-number slot, fixed at three digits wide, so filling in the
 * numbers later cannot move a line: the layout measured is the layout printed.
 */
export function addPageNumberSlots(doc: Document): void {
  for (const link of contentsLinks(doc)) {
    const item = link.parentElement!;
    let slot = item.querySelector('.page-number');
    if (!slot) {
      item.append(' ');
      slot = item.appendChild(doc.createElement('span'));
      slot.className = 'page-number';
    }
    slot.textContent = '000';
    slot.classList.add('placeholder');
  }
}

/** Writes the numbers found by `measurePages` into the slots; an entry whose heading is missing keeps an empty slot. */
export function fillPageNumbers(doc: Document, pages: ReadonlyMap<string, number>): void {
  for (const link of contentsLinks(doc)) {
    const slot = link.parentElement!.querySelector('.page-number');
    const page = pages.get(link.hash);
    if (!slot) continue;
    slot.textContent = page === undefined ? '000' : String(page);
    slot.classList.toggle('placeholder', page === undefined);
  }
}

/** The `@page size` a document's style sheets set, if any: A4 or Letter. */
export function cssPaper(doc: Document): PaperSize | undefined {
  for (const sheet of doc.styleSheets) {
    for (const rule of sheet.cssRules) {
      const size =
        rule.constructor.name === 'CSSPageRule'
          ? (rule as CSSPageRule).style.getPropertyValue('size').trim().toLowerCase()
          : '';
      if (size === 'a4') return 'A4';
      if (size === 'letter') return 'Letter';
    }
  }
  return undefined;
}

/**
 * The page each contents entry's heading prints on, by the entry's link (`#anchor`), for `paper`.
 * Lays a copy of `doc` out in a hidden frame inside `host`, which must be same-origin; the copy's
 * print rules apply and its scripts never run (the frame is sandboxed without scripts).
 */
export async function measurePages(
  doc: Document,
  paper: PaperSize,
  host: Document = document,
): Promise<Map<string, number>> {
  const { width, height } = PAPER_MM[paper];
  const [top, right, bottom, left] = PAGE_MARGINS_MM;
  const columnWidth = (width - right - left) * PX_PER_MM;
  const columnHeight = (height - top - bottom) * PX_PER_MM;
  const copy = doc.documentElement.cloneNode(true) as HTMLElement;
  for (const script of copy.querySelectorAll('script')) script.remove();
  const frame = host.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = `position: fixed; left: -${Math.ceil(columnWidth) + 100}px; top: 0; width: ${Math.ceil(columnWidth)}px; height: ${Math.ceil(columnHeight)}px; border: 0; visibility: hidden;`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.srcdoc = `<!DOCTYPE html>${copy.outerHTML}`;
  host.body.append(frame);
  try {
    await loaded;
    const laid = frame.contentDocument!;
    layOutAsPages(laid, columnWidth, columnHeight);
    const origin = laid.body.getBoundingClientRect().left;
    const pages = new Map<string, number>();
    for (const link of contentsLinks(laid)) {
      const target = laid.getElementById(decodeURIComponent(link.hash.slice(1)));
      const heading = target?.matches('h1, h2, h3, h4') ? target : target?.querySelector('h1, h2, h3, h4');
      const box = (heading ?? target)?.getClientRects()[0];
      // The middle of the heading's first line: far from a column edge, so rounding never tips it over.
      if (box)
        pages.set(
          link.hash,
          Math.floor((box.left + Math.min(box.width, columnWidth) / 2 - origin) / columnWidth) + 1,
        );
    }
    return pages;
  } finally {
    frame.remove();
  }
}

/** Turns a screen layout into the printed one, page by page as columns side by side. */
function layOutAsPages(doc: Document, columnWidth: number, columnHeight: number): void {
  for (const sheet of doc.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule.constructor.name !== 'CSSMediaRule') continue;
      const media = (rule as CSSMediaRule).media;
      media.mediaText = /\bprint\b/.test(media.mediaText) ? 'all' : 'not all';
    }
  }
  const style = doc.head.appendChild(doc.createElement('style'));
  style.textContent = `html, body { margin: 0 !important; padding: 0 !important; }
body { width: ${columnWidth}px !important; max-width: none !important; height: ${columnHeight}px; column-width: ${columnWidth}px; column-gap: 0; column-fill: auto; }`;
  // A page break is a column break here; named pages only ever change where a page break already is.
  for (const element of doc.body.querySelectorAll<HTMLElement>('*')) {
    const { breakBefore, breakAfter } = doc.defaultView!.getComputedStyle(element);
    if (breakBefore === 'page') element.style.breakBefore = 'column';
    if (breakAfter === 'page') element.style.breakAfter = 'column';
  }
}

/** Numbers a document's contents for `paper`: slots first, then one measured layout, then the numbers. */
export async function numberContents(
  doc: Document,
  paper: PaperSize,
  host: Document = document,
): Promise<void> {
  addPageNumberSlots(doc);
  fillPageNumbers(doc, await measurePages(doc, paper, host));
}
