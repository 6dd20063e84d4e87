import type { Exercise } from '../../schemas/failure-mode.ts';
import { fill, plural } from '../../i18n/format.ts';
import { words, type Dictionary } from '../../i18n/index.ts';
import { ROLE_DECK, deckSizes, roleBriefCards } from './decks.ts';

export { ROLE_DECK };

/**
 * Cards per printed sheet: 2 columns by 4 rows. Each cell is 95 x 62 mm, so a sheet fits the area
 * A4 and US Letter share (about 196 x 259 mm inside 10 mm margins) and prints the same on both.
 */
export const CARDS_PER_SHEET = 8;

/** The kit fields, in the order the facilitator sheet shows them (their names: the dictionary's `kit.parts`). */
export const KIT_PARTS = [
  'prepMinutes',
  'materials',
  'agenda',
  'cards',
  'facilitator',
  'remote',
  'followUp',
] as const satisfies readonly (keyof Exercise & keyof Dictionary['kit']['parts'])[];

/** One step of the agenda with its place on the session clock. */
export interface TimedStep {
  /** Minutes from the start, as h:mm ("0:05"). */
  start: string;
  end: string;
  minutes: number;
  step: string;
}

/** One card as it is printed: its deck, its place in the deck, and its text. */
export interface PrintedCard {
  deck: string;
  title?: string;
  text: string;
  /** Position in its deck, from 1, and the deck's size, for the "3 of 25" label. */
  number: number;
  of: number;
  /** A table under the text, every row as wide as the columns (blank cells are for writing in). */
  table?: { columns: string[]; rows: string[][] };
  /** Printed on a page of its own, not in the cut-out grid. */
  fullPage?: boolean;
}

/** One deck on the print list: how many cards it holds and who is handed a set of it. */
export interface DeckToPrint {
  deck: string;
  cards: number;
  /** One phrase per material that asks for it, e.g. "one set per table", "3 of the 4 cards per group". */
  sets: string[];
}

/** The session on a video call: its own timed agenda and what to prepare. */
export interface RemotePlan {
  agenda: TimedStep[];
  /** The call's length; the room's unless the exercise gives the call its own. */
  minutes: number;
  /** Why the call's length differs from the room's, when it does. */
  why?: string;
  /** What to prepare before the call. */
  notes: string[];
}

/** Everything the kit renderer prints, worked out from an exercise. */
export interface KitPlan {
  agenda: TimedStep[];
  /** The video-call variant, when the exercise has one. */
  remote?: RemotePlan;
  /** Every deck, in card order, with its size and who gets a set: the trainer's print list. */
  decks: DeckToPrint[];
  /** Cards grouped by deck (decks in first-appearance order, role briefs first). */
  cards: PrintedCard[];
  /** The cut-out cards in sheets of eight. */
  sheets: PrintedCard[][];
  /** The cards printed on a page each (score sheets and the like), after the cut-out sheets. */
  pages: PrintedCard[];
  /** Names of the kit parts the exercise does not have yet, e.g. ["timed agenda", "cards"]. */
  missing: string[];
}

/** Minutes as a session clock, e.g. 75 -> "1:15". */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The agenda with running clock times from the start of the session. */
export function timeAgenda(agenda: readonly { minutes: number; step: string }[] | undefined): TimedStep[] {
  let elapsed = 0;
  return (agenda ?? []).map(({ minutes, step }) => {
    const start = clockTime(elapsed);
    elapsed += minutes;
    return { start, end: clockTime(elapsed), minutes, step };
  });
}

/**
 * Every card to cut out: a role brief per role (unless the cards already hold a brief with that
 * role's title), then the written cards, grouped by deck and numbered within it.
 */
export function collectCards(exercise: Exercise, w: Dictionary = words()): PrintedCard[] {
  const all = [...roleBriefCards(exercise), ...(exercise.cards ?? [])];
  const decks = [...new Set(all.map((c) => c.deck))];
  return decks.flatMap((deck) => {
    const inDeck = all.filter((c) => c.deck === deck);
    return inDeck.map((c, i) => ({
      deck: deckName(w, deck),
      ...(c.title ? { title: c.title } : {}),
      text: c.text,
      number: i + 1,
      of: inDeck.length,
      ...('table' in c && c.table ? { table: c.table } : {}),
      ...('fullPage' in c && c.fullPage ? { fullPage: true } : {}),
    }));
  });
}

/** Splits a list into runs of `size`. */
function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

/** The kit parts an exercise has not been given yet, by name (empty once the kit is complete). */
export function missingKitParts(exercise: Exercise, w: Dictionary = words()): string[] {
  return KIT_PARTS.filter((field) => exercise[field] === undefined).map((field) => w.kit.parts[field]);
}

type Material = NonNullable<Exercise['materials']>[number];

/** "one set per table", "two sets for the room", "three copies per group"; or, for part of a deck, "3 of the 6 cards per table". */
function describeSets(w: Dictionary, material: Material, count: number, size: number): string {
  const K = w.kit;
  // A deck of one card is a sheet to copy, not a set to sort.
  const sets = plural(w.locale, material.sets, size === 1 ? K.copies : K.sets, {
    count: K.numberWords[material.sets - 1] ?? String(material.sets),
  });
  // Holders are given with the decks they are handed (the schema requires `per` with `cards`).
  const holder = K.holders[material.per!];
  if (count >= size) return fill(w.locale, K.setsFor, { sets, holder });
  return fill(w.locale, material.sets > 1 ? K.partOfDeckSets : K.partOfDeck, { count, size, holder, sets });
}

/** A deck's printed name: the role briefs' in the kit's language, any other as the page writes it. */
const deckName = (w: Dictionary, deck: string) => (deck === ROLE_DECK ? w.kit.roleBriefsDeck : deck);

/** The print list: each deck with its size and, from the materials, who is handed a set. */
export function listDecks(exercise: Exercise, w: Dictionary = words()): DeckToPrint[] {
  return [...deckSizes(exercise)].map(([deck, cards]) => ({
    deck: deckName(w, deck),
    cards,
    sets: (exercise.materials ?? []).flatMap((m) =>
      m.uses.filter((u) => u.deck === deck).map((u) => describeSets(w, m, u.count, cards)),
    ),
  }));
}

/** The remote variant on its own clock, or undefined when the exercise has none yet. */
function planRemote(exercise: Exercise): RemotePlan | undefined {
  const remote = exercise.remote;
  if (!remote) return undefined;
  const differs = remote.minutes !== undefined && remote.minutes !== exercise.minutes;
  return {
    agenda: timeAgenda(remote.agenda),
    minutes: remote.minutes ?? exercise.minutes,
    ...(differs && remote.why ? { why: remote.why } : {}),
    notes: remote.notes ?? [],
  };
}

/** What a kit prints for an exercise: the timed agendas, the print list, the cards in sheets, and what is missing. */
export function planKit(exercise: Exercise, w: Dictionary = words()): KitPlan {
  const cards = collectCards(exercise, w);
  const remote = planRemote(exercise);
  return {
    agenda: timeAgenda(exercise.agenda),
    ...(remote ? { remote } : {}),
    decks: listDecks(exercise, w),
    cards,
    sheets: chunk(
      cards.filter((c) => !c.fullPage),
      CARDS_PER_SHEET,
    ),
    pages: cards.filter((c) => c.fullPage),
    missing: missingKitParts(exercise, w),
  };
}
