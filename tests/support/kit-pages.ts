import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { KitPlan } from '../../src/core/kit/kit.ts';
import { fill } from '../../src/i18n/format.ts';
import { words, type Dictionary } from '../../src/i18n/index.ts';

/** The longest facilitator sheet we accept: a double-sided sheet plus one more page. */
const MAX_SHEET_PAGES = 3;

/** A card's place in its deck as the kit prints it ("Situation · 2 of 3"), in the kit's language. */
const labelIn = (w: Dictionary) => (card: KitPlan['cards'][number]) =>
  fill(w.locale, w.kit.cardPosition, { deck: card.deck, n: card.number, of: card.of });

/**
 * Checks a printed kit page by page: the facilitator sheet first, then exactly one page per card
 * sheet holding exactly that sheet's cards, then one page per full-page card, so no card was pushed onto another page or cut in two.
 * Returns the number of facilitator sheet pages.
 */
export function expectKitPages(
  pages: string[],
  plan: KitPlan,
  what: string,
  w: Dictionary = words(),
): number {
  const label = labelIn(w);
  // The facilitator sheet, then the cut-out card sheets, then a page per full-page card (a score sheet).
  const fullPages = pages.slice(pages.length - plan.pages.length);
  const sheetPages = pages.slice(0, pages.length - plan.pages.length - plan.sheets.length);
  const cardPages = pages.slice(sheetPages.length, pages.length - plan.pages.length);
  expect(sheetPages.length, `${what}: facilitator sheet pages`).toBeGreaterThanOrEqual(1);
  expect(sheetPages.length, `${what}: facilitator sheet pages`).toBeLessThanOrEqual(MAX_SHEET_PAGES);
  const squash = (text: string) => text.replace(/\s+/g, ' ');
  for (const [i, sheet] of plan.sheets.entries()) {
    const others = plan.cards.filter((c) => !sheet.includes(c));
    for (const card of sheet)
      expect(squash(cardPages[i]!), `${what}: card sheet ${i + 1}`).toContain(label(card));
    for (const card of others)
      expect(squash(cardPages[i]!), `${what}: card sheet ${i + 1}`).not.toContain(label(card));
  }
  for (const [i, card] of plan.pages.entries())
    expect(squash(fullPages[i] ?? ''), `${what}: ${label(card)} on a page of its own`).toContain(label(card));
  for (const page of sheetPages)
    for (const card of plan.cards) expect(squash(page)).not.toContain(label(card));
  return sheetPages.length;
}

/** Cards whose text runs past the bottom of their cell when printed. */
export async function overflowingCards(page: Page): Promise<string[]> {
  return page
    .locator('.kit-card')
    .evaluateAll((cards) =>
      cards.filter((c) => c.scrollHeight > c.clientHeight + 1).map((c) => (c.textContent ?? '').slice(0, 80)),
    );
}
