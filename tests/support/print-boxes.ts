import type { Page } from 'playwright-core';
import { PAPER_MM } from '../../src/schemas/paper.ts';

/** What a printed document's text does wrong: runs out of its box, or breaks inside a word. */
export interface BoxProblems {
  /** Elements whose content is wider than they are, or a card's text taller than its cell. */
  overflowing: string[];
  /** Words split across two lines somewhere other than a hyphen or a soft hyphen ("Kundenko|ntakt"). */
  brokenWords: string[];
}

/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;

/**
 * Lays a standalone document out as Chromium prints it on `paper` inside `marginMm` left and right
 * (the document's own @page margin): print media, and a window as wide as the printed line, so the
 * columns, cards and table cells are as narrow as on paper.
 */
export async function layOutForPrint(
  page: Page,
  html: string,
  paper: keyof typeof PAPER_MM,
  marginMm: number,
): Promise<void> {
  const width = Math.floor((PAPER_MM[paper].width - 2 * marginMm) * PX_PER_MM);
  await page.setViewportSize({ width, height: Math.floor(PAPER_MM[paper].height * PX_PER_MM) });
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html, { waitUntil: 'load' });
}

/**
 * Finds text outside its box in the laid-out document: any element whose content is wider than
 * itself, any card whose text is taller than its cell, and any word broken across lines other than
 * at a hyphen or soft hyphen. Text a reader copies as it is (links, a company's own values in
 * `bdi`, code) may break anywhere and is not counted.
 */
export function findBoxProblems(page: Page): Promise<BoxProblems> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}: ${(el.textContent ?? '').trim().slice(0, 60)}`;
    const overflowing: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') || getComputedStyle(el).display === 'inline') continue;
      // Against the box's fractional width: its integer clientWidth is rounded down, and a right-to-left
      // box's scrollWidth up, which alone made a 334.3 px column "overflow" by 2 px.
      const width = el.getBoundingClientRect().width;
      if (width > 0 && el.scrollWidth > Math.ceil(width) + 1) overflowing.push(describe(el));
    }
    for (const card of document.querySelectorAll('.kit-card'))
      if (card.scrollHeight > card.clientHeight + 1) overflowing.push(describe(card));

    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const lineOf = (node: Text, at: number) => {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      // A character right after a break at a soft hyphen also gives an empty box at the end of the
      // line before; the box it is drawn in is the one with a width.
      const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
      return rect ? Math.round(rect.top) : undefined;
    };
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('a, bdi, code, svg, style, title, .handout-link')) continue;
      for (const match of node.data.matchAll(/[\p{L}\p{M}\u00AD]{2,}/gu)) {
        const start = match.index!;
        const end = start + match[0].length;
        range.setStart(node, start);
        range.setEnd(node, end);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size < 2) continue;
        // Where the word leaves one line for the next: a break is only right after a (soft) hyphen.
        for (let i = start + 1; i < end; i++) {
          const before = lineOf(node, i - 1);
          const after = lineOf(node, i);
          if (before === undefined || after === undefined || before === after) continue;
          if (!/[\u00AD-]/.test(node.data[i - 1]!))
            brokenWords.push(
              `${match[0].replace(/\u00AD/g, '')} (${node.data.slice(start, i).replace(/\u00AD/g, '')}|${node.data.slice(i, end).replace(/\u00AD/g, '')}) in ${describe(parent)}`,
            );
          break;
        }
      }
    }
    return { overflowing, brokenWords };
  });
}
