import type { Exercise } from '../schemas/failure-mode.ts';

/**
 * Cards per printed sheet: 2 columns by 4 rows. Each cell is 95 x 62 mm, so a sheet fits the area
 * A4 and US Letter share (about 196 x 259 mm inside 10 mm margins) and prints the same on both.
 */
export const CARDS_PER_SHEET = 8;

/** The deck that role briefs are printed in, so each player can be handed their own brief. */
export const ROLE_DECK = 'Role briefs';

/** The kit fields, in the order the facilitator sheet shows them, with the name a trainer reads. */
export const KIT_PARTS = [
  ['prepMinutes', 'prep time'],
  ['materials', 'materials list'],
  ['agenda', 'timed agenda'],
  ['cards', 'cards'],
  ['facilitator', 'facilitator notes'],
  ['remote', 'remote variant'],
  ['followUp', 'follow-up'],
] as const satisfies readonly (readonly [keyof Exercise, string])[];

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
}

/** Everything the kit renderer prints, worked out from an exercise. */
export interface KitPlan {
  agenda: TimedStep[];
  /** Cards grouped by deck (decks in first-appearance order, role briefs first), then in sheets. */
  cards: PrintedCard[];
  sheets: PrintedCard[][];
  /** Names of the kit parts the exercise does not have yet, e.g. ["timed agenda", "cards"]. */
  missing: string[];
}

/** Minutes as a session clock, e.g. 75 -> "1:15". */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The agenda with running clock times from the start of the session. */
export function timeAgenda(agenda: Exercise['agenda']): TimedStep[] {
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
export function collectCards(exercise: Exercise): PrintedCard[] {
  const written = exercise.cards ?? [];
  const briefed = new Set(written.map((c) => c.title?.toLowerCase()).filter(Boolean));
  const roleCards = exercise.roles
    .filter((r) => !briefed.has(r.name.toLowerCase()))
    .map((r) => ({ deck: ROLE_DECK, title: r.name, text: r.brief }));
  const all = [...roleCards, ...written];
  const decks = [...new Set(all.map((c) => c.deck))];
  return decks.flatMap((deck) => {
    const inDeck = all.filter((c) => c.deck === deck);
    return inDeck.map((c, i) => ({ deck, ...(c.title ? { title: c.title } : {}), text: c.text, number: i + 1, of: inDeck.length }));
  });
}

/** Splits a list into runs of `size`. */
function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The kit parts an exercise has not been given yet (empty once the kit is complete). */
export function missingKitParts(exercise: Exercise): string[] {
  return KIT_PARTS.filter(([field]) => exercise[field] === undefined).map(([, name]) => name);
}

/** What a kit prints for an exercise: the timed agenda, the cards in sheets, and what is missing. */
export function planKit(exercise: Exercise): KitPlan {
  const cards = collectCards(exercise);
  return { agenda: timeAgenda(exercise.agenda), cards, sheets: chunk(cards, CARDS_PER_SHEET), missing: missingKitParts(exercise) };
}
