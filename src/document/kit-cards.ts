/**
 * The cut-out cards of a kit, eight to a sheet, and the cards that print on a page of their own;
 * sized by text length so every card fits its cell.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import { CARDS_PER_SHEET, type KitPlan, type PrintedCard } from '../core/kit/kit.ts';
import type { ModeData } from '../core/library/library.ts';
import { fill, fillParts, plural } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/index.ts';
import { fromPage, pageLanguage } from './page-language.ts';

export function buildCards(w: Dictionary, mode: ModeData, plan: KitPlan): Element {
  const K = w.kit;
  const cutOut = plan.sheets.flat().length;
  return h('section.kit-cards', { ariaLabelledby: 'kit-cards-title' }, [
    h('h2#kit-cards-title', [K.cutOutCards]),
    cutOut > 0
      ? h('p.kit-cut-note', [
          plural(w.locale, cutOut, K.cutNote, {
            sheets: plural(w.locale, plan.sheets.length, K.cutSheets),
            perSheet: CARDS_PER_SHEET,
          }),
        ])
      : undefined,
    ...plan.sheets.map((sheet, i) =>
      h(
        'ul.kit-card-sheet',
        { ariaLabel: fill(w.locale, K.sheetLabel, { n: i + 1, total: plan.sheets.length }) },
        sheet.map((card) => buildCard(w, mode, card)),
      ),
    ),
    ...plan.pages.map((card) => buildFullPage(w, mode, card)),
  ]);
}

/** Longer texts print smaller so every card fits its cell; the e2e test checks none overflows. */
function sizeClass(card: PrintedCard): string {
  // A table row costs a line of its own, however short its cells; and a cell wraps in a column a
  // third of the card wide, so its text costs half as much again as the card's (the Spanish limits
  // table, 10 % longer than the English, ran 2.5 mm past its cell at the size below).
  const cells = card.table
    ? 1.5 * [...card.table.columns, ...card.table.rows.flat()].join(' ').length +
      30 * (card.table.rows.length + 1)
    : 0;
  const length = card.text.length + (card.title?.length ?? 0) + cells;
  return length <= 300 ? 'kit-card-m' : length <= 520 ? 'kit-card-s' : 'kit-card-xs';
}

/** "Customer messages · 3 of 8": a card's deck and its place in it. */
const cardPosition = (w: Dictionary, card: PrintedCard) =>
  fill(w.locale, w.kit.cardPosition, { deck: card.deck, n: card.number, of: card.of });

/** The same, with a deck named on the page marked as `page` says (the role briefs' deck is ours). */
const cardPositionParts = (w: Dictionary, card: PrintedCard, page: Properties) =>
  fillParts<ElementContent>(w.locale, w.kit.cardPosition, {
    deck: card.deck === w.kit.roleBriefsDeck ? card.deck : fromPage(page, card.deck),
    n: card.number,
    of: card.of,
  });

function buildCard(w: Dictionary, mode: ModeData, card: PrintedCard): Element {
  const page = pageLanguage(w, mode);
  return h(`li.kit-card.${sizeClass(card)}`, [
    h('p.kit-card-deck', cardPositionParts(w, card, page)),
    card.title ? h('h3.kit-card-title', page, [card.title]) : undefined,
    h('p.kit-card-text', page, [card.text]),
    card.table ? cardTable(card.table, page) : undefined,
    h('p.kit-card-mode', page, [mode.title]),
  ]);
}

/** A card that prints on a page of its own: a score sheet or worksheet, its table ruled to write in. */
function buildFullPage(w: Dictionary, mode: ModeData, card: PrintedCard): Element {
  const page = pageLanguage(w, mode);
  return h('section.kit-full-page', { ariaLabel: cardPosition(w, card) }, [
    h('p.kit-card-deck', cardPositionParts(w, card, page)),
    card.title ? h('h3.kit-card-title', page, [card.title]) : undefined,
    h('p.kit-card-text', page, [card.text]),
    card.table ? cardTable(card.table, page) : undefined,
    h('p.kit-card-mode', page, [mode.title]),
  ]);
}

/** A real table: column heads, the first cell of a row as its head when it has text, blank cells left to write in. */
function cardTable(table: NonNullable<PrintedCard['table']>, page: Properties): Element {
  return h('table.kit-card-table', page, [
    h('thead', [
      h(
        'tr',
        table.columns.map((c) => h('th', { scope: 'col' }, [c])),
      ),
    ]),
    h(
      'tbody',
      table.rows.map((row) =>
        h(
          'tr',
          row.map((cell, i) =>
            i === 0 && cell ? h('th', { scope: 'row' }, [cell]) : h('td', cell ? [cell] : []),
          ),
        ),
      ),
    ),
  ]);
}
