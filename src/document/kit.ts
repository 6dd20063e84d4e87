import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { planKit, type PrintedCard, type KitPlan } from '../core/kit/kit.ts';
import type { ModeData } from '../core/library/library.ts';
import type { Exercise } from '../schemas/failure-mode.ts';
import { words } from '../i18n/index.ts';

export interface KitOptions {
  /** Shown in the footers; the neutral site leaves it out. */
  companyName?: string;
}

/**
 * A mode's training kit as one tree: a facilitator sheet, then the cut-out cards in sheets of eight.
 * A kit exists only on paper, so its tree is HTML's (hast) from the start; the site page and the
 * generator print this same tree with `KIT_CSS` (src/render/kit.ts), so a kit looks the same
 * wherever it comes from. Parts the exercise does not have yet are named, not hidden.
 */
export function buildKit(mode: ModeData, options: KitOptions = {}): Element {
  const plan = planKit(mode.exercise);
  const footer = [options.companyName, 'Service Playbook', mode.title].filter(Boolean).join(' · ');
  return h('article.kit', [
    buildSheet(mode, plan),
    h('footer.kit-foot', [footer]),
    plan.cards.length > 0 ? buildCards(mode, plan) : undefined,
  ]);
}

function buildSheet(mode: ModeData, plan: KitPlan): Element {
  const ex = mode.exercise;
  return h('div.kit-sheet', [
    h('header.kit-head', [
      h('p.kit-kicker', [`Training kit · Facilitator sheet · ${words().categories[mode.category].label}`]),
      h('h1', [ex.title]),
      h('p.kit-mode', [`For the failure mode “${mode.title}”: ${mode.summary}`]),
      h(
        'dl.kit-facts',
        [
          fact('Format', ex.format.replace('-', ' ')),
          fact('Length', `${ex.minutes} minutes`),
          ex.groupSize ? fact('Group', ex.groupSize) : [],
          ex.prepMinutes !== undefined ? fact('Prep', `${ex.prepMinutes} minutes`) : [],
          fact(
            'Cards',
            plan.cards.length === 0
              ? 'none'
              : `${plan.cards.length} on ${printedSheets(plan)} ${printedSheets(plan) === 1 ? 'sheet' : 'sheets'}`,
          ),
        ].flat(),
      ),
    ]),
    plan.missing.length > 0
      ? h('p.kit-missing', [
          h('strong', ['Still to be written: ']),
          `${sentenceList(plan.missing)}. This kit prints what there is so far.`,
        ])
      : undefined,
    section('Before the session', [
      h('p', [ex.setup]),
      ex.materials
        ? h(
            'ul',
            ex.materials.map((m) => h('li', [m.text])),
          )
        : undefined,
      plan.decks.length > 0 ? h('h3', ['Cards to print']) : undefined,
      plan.decks.length > 0 ? deckTable(plan) : undefined,
      plan.sheets.length > 0
        ? h('p', [`Print the cut-out cards that follow this sheet and cut along the dashed lines.`])
        : undefined,
      plan.pages.length > 0
        ? h('p', [
            `${plan.pages.length === 1 ? 'One sheet prints' : `${plan.pages.length} sheets print`} on a page of its own, to copy as the list above says: ${sentenceList(plan.pages.map((c) => c.title ?? c.deck))}.`,
          ])
        : undefined,
    ]),
    plan.agenda.length > 0 ? section('Agenda', [agendaTable(plan)]) : undefined,
    ex.roles.length > 0
      ? section('Roles', [
          h(
            'ul',
            ex.roles.map((r) => h('li', [h('strong', [`${r.name}: `]), r.brief])),
          ),
        ])
      : undefined,
    ex.prompts.length > 0
      ? section('Prompts', [
          h(
            'ol',
            ex.prompts.map((p) => h('li', [p])),
          ),
        ])
      : undefined,
    ex.facilitator ? section('Facilitator notes', facilitatorNotes(ex.facilitator)) : undefined,
    section('Debrief questions', [
      h(
        'ol',
        ex.debrief.map((q) => h('li', [q])),
      ),
    ]),
    ex.remote
      ? section('Running it remotely', [
          h(
            'ol',
            ex.remote.map((s) => h('li', [s])),
          ),
        ])
      : undefined,
    ex.followUp
      ? section('After the session', [
          h('h3', ['In the next 30 days']),
          h(
            'ul',
            ex.followUp.next30Days.map((s) => h('li', [s])),
          ),
          h('h3', ['At the refresher']),
          h('p', [ex.followUp.refresherCheck]),
        ])
      : undefined,
  ]);
}

/** One term and its value, kept together: a line breaks between facts, or inside a long value, never inside a term. */
function fact(term: string, value: string): Element {
  return h('div.kit-fact', [h('dt', [term]), h('dd', [value])]);
}

function section(title: string, children: (ElementContent | undefined)[]): Element {
  return h('section.kit-section', [h('h2', [title]), ...children]);
}

function agendaTable(plan: KitPlan): Element {
  return h('table.kit-agenda', [
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, ['Clock']),
        h('th', { scope: 'col' }, ['Minutes']),
        h('th', { scope: 'col' }, ['What happens']),
      ]),
    ]),
    h(
      'tbody',
      plan.agenda.map((s) =>
        h('tr', [
          h('td.kit-clock', [`${s.start}–${s.end}`]),
          h('td.kit-minutes', [String(s.minutes)]),
          h('td', [s.step]),
        ]),
      ),
    ),
  ]);
}

/** The print list: each deck, its size, and who is handed a set, so a trainer knows how many copies to print. */
function deckTable(plan: KitPlan): Element {
  return h('table.kit-decks', [
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, ['Deck']),
        h('th', { scope: 'col' }, ['Cards']),
        h('th', { scope: 'col' }, ['Who gets a set']),
      ]),
    ]),
    h(
      'tbody',
      plan.decks.map((d) =>
        h('tr', [
          h('th', { scope: 'row' }, [d.deck]),
          h('td.kit-minutes', [String(d.cards)]),
          h('td', [d.sets.length > 0 ? upperFirst(d.sets.join('; ')) : 'Not yet named in the materials']),
        ]),
      ),
    ),
  ]);
}

function facilitatorNotes(notes: NonNullable<Exercise['facilitator']>): Element[] {
  return [
    h('h3', ['Watch for']),
    h(
      'ul',
      notes.watchFor.map((w) => h('li', [w])),
    ),
    h('h3', ['If the group is quiet']),
    h('p', [notes.quietGroup]),
    h('h3', ['If the group is defensive']),
    h('p', [notes.defensiveGroup]),
    h('h3', ['The point the debrief must land']),
    h('p.kit-point', [notes.debriefPoint]),
  ];
}

/** Sheets of paper the cards take: the cut-out sheets and the cards printed a page each. */
function printedSheets(plan: KitPlan): number {
  return plan.sheets.length + plan.pages.length;
}

function buildCards(mode: ModeData, plan: KitPlan): Element {
  const cutOut = plan.sheets.flat().length;
  return h('section.kit-cards', { ariaLabelledby: 'kit-cards-title' }, [
    h('h2#kit-cards-title', ['Cut-out cards']),
    cutOut > 0
      ? h('p.kit-cut-note', [
          `${cutOut} cards, ${plan.sheets.length === 1 ? 'one sheet' : `${plan.sheets.length} sheets`} of up to 8. Cut along the dashed lines.`,
        ])
      : undefined,
    ...plan.sheets.map((sheet, i) =>
      h(
        'ul.kit-card-sheet',
        { ariaLabel: `Card sheet ${i + 1} of ${plan.sheets.length}` },
        sheet.map((card) => buildCard(mode, card)),
      ),
    ),
    ...plan.pages.map((card) => buildFullPage(mode, card)),
  ]);
}

/** Longer texts print smaller so every card fits its cell; the e2e test checks none overflows. */
function sizeClass(card: PrintedCard): string {
  // A table row costs a line of its own, however short its cells.
  const cells = card.table
    ? [...card.table.columns, ...card.table.rows.flat()].join(' ').length + 30 * (card.table.rows.length + 1)
    : 0;
  const length = card.text.length + (card.title?.length ?? 0) + cells;
  return length <= 300 ? 'kit-card-m' : length <= 520 ? 'kit-card-s' : 'kit-card-xs';
}

function buildCard(mode: ModeData, card: PrintedCard): Element {
  return h(`li.kit-card.${sizeClass(card)}`, [
    h('p.kit-card-deck', [`${card.deck} · ${card.number} of ${card.of}`]),
    card.title ? h('h3.kit-card-title', [card.title]) : undefined,
    h('p.kit-card-text', [card.text]),
    card.table ? cardTable(card.table) : undefined,
    h('p.kit-card-mode', [mode.title]),
  ]);
}

/** A card that prints on a page of its own: a score sheet or worksheet, its table ruled to write in. */
function buildFullPage(mode: ModeData, card: PrintedCard): Element {
  return h('section.kit-full-page', { ariaLabel: `${card.deck} · ${card.number} of ${card.of}` }, [
    h('p.kit-card-deck', [`${card.deck} · ${card.number} of ${card.of}`]),
    card.title ? h('h3.kit-card-title', [card.title]) : undefined,
    h('p.kit-card-text', [card.text]),
    card.table ? cardTable(card.table) : undefined,
    h('p.kit-card-mode', [mode.title]),
  ]);
}

/** A real table: column heads, the first cell of a row as its head when it has text, blank cells left to write in. */
function cardTable(table: NonNullable<PrintedCard['table']>): Element {
  return h('table.kit-card-table', [
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

/** "a", "a and b", "a, b and c". */
function sentenceList(items: string[]): string {
  const first = items.slice(0, -1).join(', ');
  const joined = items.length > 1 ? `${first} and ${items.at(-1)}` : (items[0] ?? '');
  return upperFirst(joined);
}
