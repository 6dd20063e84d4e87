import type { Element, ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import { CARDS_PER_SHEET, planKit, type PrintedCard, type KitPlan, type TimedStep } from '../core/kit/kit.ts';
import type { ModeData } from '../core/library/library.ts';
import type { Exercise } from '../schemas/failure-mode.ts';
import { fill, fillParts, list, plural } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';

export interface KitOptions {
  /** Shown in the footers; the neutral site leaves it out. */
  companyName?: string;
  /** The words around the content; the default language's unless given. */
  words?: Dictionary;
}

/**
 * A mode's training kit as one tree: a facilitator sheet, then the cut-out cards in sheets of eight.
 * A kit exists only on paper, so its tree is HTML's (hast) from the start; the site page and the
 * generator print this same tree with `KIT_CSS` (src/render/kit.ts), so a kit looks the same
 * wherever it comes from. Parts the exercise does not have yet are named, not hidden.
 */
export function buildKit(mode: ModeData, options: KitOptions = {}): Element {
  const w = options.words ?? words();
  const plan = planKit(mode.exercise, w);
  const lead = [options.companyName, w.siteName].filter(Boolean).join(w.kit.separator);
  return h('article.kit', [
    buildSheet(w, mode, plan),
    h('footer.kit-foot', [lead + w.kit.separator, fromPage(pageLanguage(w, mode), mode.title)]),
    plan.cards.length > 0 ? buildCards(w, mode, plan) : undefined,
  ]);
}

/**
 * The attributes of an element that holds the page's own words: `lang="en" dir="ltr"` where the
 * page is not translated into the kit's language yet (an Arabic kit of an English page), else none.
 */
function pageLanguage(w: Dictionary, mode: ModeData): Properties {
  return mode.untranslated && w.language !== 'en' ? { lang: 'en', dir: 'ltr' } : {};
}

/** A value from the page inside one of our sentences, marked as `page` says. */
function fromPage(page: Properties, text: string): ElementContent {
  return page.lang ? h('span', page, [text]) : { type: 'text', value: text };
}

function buildSheet(w: Dictionary, mode: ModeData, plan: KitPlan): Element {
  const page = pageLanguage(w, mode);
  const K = w.kit;
  const ex = mode.exercise;
  const minutes = (n: number) => plural(w.locale, n, K.minutes);
  const sheets = printedSheets(plan);
  return h('div.kit-sheet', [
    h('header.kit-head', [
      h('p.kit-kicker', [fill(w.locale, K.kicker, { category: w.categories[mode.category].label })]),
      h('h1', page, [ex.title]),
      h(
        'p.kit-mode',
        fillParts<ElementContent>(w.locale, K.forMode, {
          title: fromPage(page, mode.title),
          summary: fromPage(page, mode.summary),
        }),
      ),
      h(
        'dl.kit-facts',
        [
          fact(K.facts.format, w.exerciseFormats[ex.format]),
          fact(K.facts.length, minutes(ex.minutes)),
          ex.groupSize ? fact(K.facts.group, fromPage(page, ex.groupSize)) : [],
          ex.prepMinutes !== undefined ? fact(K.facts.prep, minutes(ex.prepMinutes)) : [],
          fact(
            K.facts.cards,
            plan.cards.length === 0
              ? K.noCards
              : fill(w.locale, K.cardsOnSheets, {
                  cards: plan.cards.length,
                  sheets: plural(w.locale, sheets, K.sheets),
                }),
          ),
        ].flat(),
      ),
    ]),
    plan.missing.length > 0
      ? h('p.kit-missing', [
          h('strong', [`${fill(w.locale, w.labelled, { label: K.missingLabel })} `]),
          fill(w.locale, K.missing, { parts: sentenceList(w, plan.missing) }),
        ])
      : undefined,
    section(K.beforeSession, [
      h('p', page, [ex.setup]),
      ex.materials
        ? h(
            'ul',
            page,
            ex.materials.map((m) => h('li', [m.text])),
          )
        : undefined,
      plan.decks.length > 0 ? h('h3', [K.cardsToPrint]) : undefined,
      plan.decks.length > 0 ? deckTable(w, plan, page) : undefined,
      plan.sheets.length > 0 ? h('p', [K.printCutOut]) : undefined,
      plan.pages.length > 0
        ? h('p', [
            plural(w.locale, plan.pages.length, K.fullPages, {
              titles: sentenceList(
                w,
                plan.pages.map((c) => c.title ?? c.deck),
              ),
            }),
          ])
        : undefined,
    ]),
    plan.agenda.length > 0 ? section(K.agenda, [agendaTable(w, plan.agenda, page)]) : undefined,
    ex.roles.length > 0
      ? section(K.roles, [
          h(
            'ul',
            page,
            ex.roles.map((r) =>
              h('li', [h('strong', [`${fill(w.locale, w.labelled, { label: r.name })} `]), r.brief]),
            ),
          ),
        ])
      : undefined,
    ex.prompts.length > 0
      ? section(K.prompts, [
          h(
            'ol',
            page,
            ex.prompts.map((p) => h('li', [p])),
          ),
        ])
      : undefined,
    ex.facilitator ? section(K.facilitatorNotes, facilitatorNotes(w, ex.facilitator, page)) : undefined,
    section(K.debrief, [
      h(
        'ol',
        page,
        ex.debrief.map((q) => h('li', [q])),
      ),
    ]),
    plan.remote ? section(K.remote, remoteVariant(w, plan.remote, page)) : undefined,
    ex.followUp
      ? section(K.afterSession, [
          h('h3', [K.next30Days]),
          h(
            'ul',
            page,
            ex.followUp.next30Days.map((s) => h('li', [s])),
          ),
          h('h3', [K.atRefresher]),
          h('p', page, [ex.followUp.refresherCheck]),
        ])
      : undefined,
  ]);
}

/** One term and its value, kept together: a line breaks between facts, or inside a long value, never inside a term. */
function fact(term: string, value: string | ElementContent): Element {
  return h('div.kit-fact', [h('dt', [term]), h('dd', [value])]);
}

function section(title: string, children: (ElementContent | undefined)[]): Element {
  return h('section.kit-section', [h('h2', [title]), ...children]);
}

/**
 * The video call on a clock of its own, like the room's agenda, after what to prepare for it; a call
 * that takes a different time from the room says so first, with the reason.
 */
function remoteVariant(
  w: Dictionary,
  remote: NonNullable<KitPlan['remote']>,
  page: Properties,
): (Element | undefined)[] {
  const K = w.kit;
  return [
    remote.why
      ? h(
          'p',
          fillParts<ElementContent>(w.locale, K.remoteLength, {
            minutes: plural(w.locale, remote.minutes, K.minutes),
            why: fromPage(page, remote.why),
          }),
        )
      : undefined,
    remote.notes.length > 0 ? h('h3', [K.beforeCall]) : undefined,
    remote.notes.length > 0
      ? h(
          'ul',
          page,
          remote.notes.map((note) => h('li', [note])),
        )
      : undefined,
    h('h3', [K.onTheCall]),
    agendaTable(w, remote.agenda, page),
  ];
}

function agendaTable(w: Dictionary, agenda: TimedStep[], page: Properties): Element {
  const C = w.kit.agendaColumns;
  return h('table.kit-agenda', [
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, [C.clock]),
        h('th', { scope: 'col' }, [C.minutes]),
        h('th', { scope: 'col' }, [C.step]),
      ]),
    ]),
    h(
      'tbody',
      agenda.map((s) =>
        h('tr', [
          h('td.kit-clock', [fill(w.locale, w.kit.clockRange, { start: s.start, end: s.end })]),
          h('td.kit-minutes', [String(s.minutes)]),
          h('td', page, [s.step]),
        ]),
      ),
    ),
  ]);
}

/** The print list: each deck, its size, and who is handed a set, so a trainer knows how many copies to print. */
function deckTable(w: Dictionary, plan: KitPlan, page: Properties): Element {
  const C = w.kit.deckColumns;
  return h('table.kit-decks', [
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, [C.deck]),
        h('th', { scope: 'col' }, [C.cards]),
        h('th', { scope: 'col' }, [C.sets]),
      ]),
    ]),
    h(
      'tbody',
      plan.decks.map((d) =>
        h('tr', [
          h('th', { scope: 'row', ...(d.deck === w.kit.roleBriefsDeck ? {} : page) }, [d.deck]),
          h('td.kit-minutes', [String(d.cards)]),
          h('td', [d.sets.length > 0 ? upperFirst(d.sets.join(w.kit.setsSeparator)) : w.kit.noSets]),
        ]),
      ),
    ),
  ]);
}

function facilitatorNotes(
  w: Dictionary,
  notes: NonNullable<Exercise['facilitator']>,
  page: Properties,
): Element[] {
  const K = w.kit;
  return [
    h('h3', [K.watchFor]),
    h(
      'ul',
      page,
      notes.watchFor.map((item) => h('li', [item])),
    ),
    h('h3', [K.quietGroup]),
    h('p', page, [notes.quietGroup]),
    h('h3', [K.defensiveGroup]),
    h('p', page, [notes.defensiveGroup]),
    h('h3', [K.debriefPoint]),
    h('p.kit-point', page, [notes.debriefPoint]),
  ];
}

/** Sheets of paper the cards take: the cut-out sheets and the cards printed a page each. */
function printedSheets(plan: KitPlan): number {
  return plan.sheets.length + plan.pages.length;
}

function buildCards(w: Dictionary, mode: ModeData, plan: KitPlan): Element {
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

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and b", "A, b and c": a list as the language joins it, opening a sentence. */
function sentenceList(w: Dictionary, items: string[]): string {
  return upperFirst(list(w.locale, items));
}
