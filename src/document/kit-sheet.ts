/**
 * The facilitator sheet of a kit: what a trainer reads before and during the session (facts, what
 * to print, agenda, roles, notes, debrief, the remote variant, follow-up).
 */
import type { Element, ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import type { KitPlan, TimedStep } from '../core/kit/kit.ts';
import type { ModeData } from '../core/library/library.ts';
import type { Exercise } from '../schemas/failure-mode.ts';
import { fill, fillParts, list, plural } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/index.ts';
import { fromPage, pageLanguage } from './page-language.ts';

export function buildSheet(w: Dictionary, mode: ModeData, plan: KitPlan): Element {
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

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and b", "A, b and c": a list as the language joins it, opening a sentence. */
function sentenceList(w: Dictionary, items: string[]): string {
  return upperFirst(list(w.locale, items));
}
