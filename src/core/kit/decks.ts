import { suggest } from '../did-you-mean.ts';

/** The deck that role briefs are printed in, so each player can be handed their own brief. */
export const ROLE_DECK = 'Role briefs';

/** The parts of an exercise that decide which decks a kit prints. */
interface DeckSource {
  roles: readonly { name: string; brief: string }[];
  cards?: readonly { deck: string; title?: string; text: string }[];
}

/** The parts of an exercise that say which decks the session asks for. */
interface DeckDemand extends DeckSource {
  materials?: readonly { uses: readonly { deck: string; count: number }[] }[];
}

/** A problem with a kit's decks, at a path inside the exercise. */
export interface DeckProblem {
  path: (string | number)[];
  message: string;
}

/** Role briefs that print as their own cards: every role whose brief is not already written as a card. */
export function roleBriefCards(exercise: DeckSource): { deck: string; title: string; text: string }[] {
  const briefed = new Set((exercise.cards ?? []).map((c) => c.title?.toLowerCase()).filter(Boolean));
  return exercise.roles
    .filter((r) => !briefed.has(r.name.toLowerCase()))
    .map((r) => ({ deck: ROLE_DECK, title: r.name, text: r.brief }));
}

/** How many cards each deck holds, role briefs first, then the written decks in first-appearance order. */
export function deckSizes(exercise: DeckSource): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const card of [...roleBriefCards(exercise), ...(exercise.cards ?? [])])
    sizes.set(card.deck, (sizes.get(card.deck) ?? 0) + 1);
  return sizes;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Checks that the materials and the cards agree: every deck a material asks for exists and holds at
 * least as many cards as asked, and every deck the kit prints is asked for by some material, so a
 * trainer never prints a pile nobody uses or runs short of one. Without a materials list (a kit still
 * being drafted) there is nothing to check against yet.
 */
export function findDeckProblems(exercise: DeckDemand): DeckProblem[] {
  if (!exercise.materials) return [];
  const sizes = deckSizes(exercise);
  const decks = [...sizes.keys()];
  const asked = new Set<string>();
  const problems: DeckProblem[] = [];
  exercise.materials.forEach((material, i) => {
    for (const { deck, count } of material.uses) {
      asked.add(deck);
      const size = sizes.get(deck);
      const path = ['materials', i, 'cards', deck];
      if (size === undefined) {
        problems.push({
          path,
          message: `asks for the deck "${deck}", but no card is in that deck${suggest(deck, decks)}; write its cards under cards with deck: ${deck}, or use the name of a deck the kit has (${decks.join(', ') || 'none yet'})`,
        });
      } else if (size < count) {
        problems.push({
          path,
          message: `asks for ${plural(count, 'card')} from "${deck}", but the kit writes only ${size}; write the missing ${count - size}, or ask for ${size} and say so in the text`,
        });
      }
    }
  });
  for (const [deck, size] of sizes) {
    if (asked.has(deck)) continue;
    const first = (exercise.cards ?? []).findIndex((c) => c.deck === deck);
    problems.push({
      path: first >= 0 ? ['cards', first, 'deck'] : ['roles'],
      message: `the deck "${deck}" (${plural(size, 'card')}) is printed, but no material asks for it; add it to a material, e.g. cards: { ${deck}: ${size} }, or remove the cards`,
    });
  }
  return problems;
}
