import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { listDecks, planKit } from '../../src/core/kit/kit.ts';
import { parseFailureMode } from '../../src/core/library/mode-page.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { sharedLibrary } from '../support/library.ts';

const FILE = 'content/failure-modes/full-kit.mdx';
const fullKit = readFileSync('tests/fixtures/kits/content/failure-modes/full-kit.mdx', 'utf8');

/** Replaces one exact passage of the full kit, failing loudly if the fixture drifted. */
function edit(from: string, to: string): string {
  expect(fullKit, `fixture text "${from}"`).toContain(from);
  return fullKit.replace(from, to);
}

/** The one line a trainer or author sees for a kit, as the build prints it. */
function refusal(text: string): string {
  const { mode, problems } = parseFailureMode({ path: FILE, text });
  expect(mode).toBeUndefined();
  return formatProblems(problems);
}

const ASKED = `      cards:
        Role briefs: 3
        Customer messages: 9
        Scenarios: 1
      per: group
`;

describe('a kit whose materials and cards disagree is refused, naming the file, field and line', () => {
  test.each([
    [
      'a material asks for a deck no card belongs to',
      edit(ASKED, ASKED.replace('Customer messages: 9', 'Customer mesages: 9')),
      /full-kit\.mdx:52:\d+ {2}exercise\.materials\.0\.cards\.Customer mesages: asks for the deck "Customer mesages", but no card is in that deck \(did you mean "Customer messages"\?\)/,
    ],
    [
      'a material asks for more cards than the deck holds',
      edit(ASKED, ASKED.replace('Customer messages: 9', 'Customer messages: 25')),
      /full-kit\.mdx:52:\d+ {2}exercise\.materials\.0\.cards\.Customer messages: asks for 25 cards from "Customer messages", but the kit writes only 9; write the missing 16, or ask for 9/,
    ],
    [
      'a written deck that no material asks for',
      edit(ASKED, ASKED.replace('        Scenarios: 1\n', '')),
      /full-kit\.mdx:\d+:\d+ {2}exercise\.cards\.\d+\.deck: the deck "Scenarios" \(2 cards\) is printed, but no material asks for it; add it to a material, e\.g\. cards: \{ Scenarios: 2 \}/,
    ],
    [
      'role briefs, one written as a card, that no material asks for',
      edit(ASKED, ASKED.replace('        Role briefs: 3\n', '')),
      /full-kit\.mdx:83:13 {2}exercise\.cards\.0\.deck: the deck "Role briefs" \(3 cards\) is printed, but no material asks for it/,
    ],
    [
      'role briefs printed from the roles alone that no material asks for',
      edit(ASKED, ASKED.replace('        Role briefs: 3\n', '')).replace(
        '    - deck: Role briefs\n      title: Observer',
        '    - deck: Scenarios\n      title: Observer',
      ),
      /full-kit\.mdx:\d+:\d+ {2}exercise\.roles: the deck "Role briefs" \(2 cards\) is printed, but no material asks for it; add it to a material, e\.g\. cards: \{ Role briefs: 2 \}/,
    ],
    [
      'printed cards without saying who gets a set',
      edit(ASKED, ASKED.replace('      per: group\n', '')),
      /exercise\.materials\.0\.per: say who gets a set of these cards: per: one of room, trainer, person, pair, group, table/,
    ],
    [
      'a holder that is not one of the known ones',
      edit(ASKED, ASKED.replace('per: group', 'per: team')),
      /exercise\.materials\.0\.per: expected one of room, trainer, person, pair, group, table, not "team"/,
    ],
  ])('%s', (_, text, expected) => {
    expect(refusal(text)).toMatch(expected);
  });

  test('a stray field in a material is named with the fields it may have', () => {
    expect(refusal(edit('      per: group\n', '      per: group\n      copies: 2\n'))).toMatch(
      /exercise\.materials\.0\.copies: unknown field "copies".*known fields here: text, cards, per, sets/,
    );
  });
});

describe('a kit whose materials and cards agree', () => {
  const { mode, problems } = parseFailureMode({ path: FILE, text: fullKit });

  test('parses, with plain-text materials kept as text and no decks', () => {
    expect(problems).toEqual([]);
    expect(mode!.exercise.materials!.map((m) => m.uses.length)).toEqual([3, 0, 0, 0]);
    expect(mode!.exercise.materials![3]!.text).toBe('A timer the whole room can see');
  });

  test('lists every deck with its size and who is handed a set, so the trainer knows what to print', () => {
    expect(listDecks(mode!.exercise)).toEqual([
      { deck: 'Role briefs', cards: 3, sets: ['one set per group'] },
      { deck: 'Customer messages', cards: 9, sets: ['one set per group'] },
      { deck: 'Scenarios', cards: 2, sets: ['1 of the 2 cards per group'] },
    ]);
  });

  test('copies of a one-card deck and several sets of a larger one are counted in words', () => {
    const text = edit(ASKED, `${ASKED}      sets: 2\n`);
    const decks = listDecks(parseFailureMode({ path: FILE, text }).mode!.exercise);
    expect(decks.map((d) => d.sets[0])).toEqual([
      'two sets per group',
      'two sets per group',
      '1 of the 2 cards per group, two sets',
    ]);
  });
});

describe('the real library', () => {
  test('every kit prints only decks a material asks for, each holding at least the cards asked', async () => {
    // Loading runs the schema check; this also shows the print list is complete for every kit.
    const library = await sharedLibrary();
    for (const mode of library.modes) {
      const decks = planKit(mode.exercise).decks;
      expect(decks.length, mode.id).toBeGreaterThan(0);
      for (const deck of decks) expect(deck.sets.length, `${mode.id}: ${deck.deck}`).toBeGreaterThan(0);
    }
  });
});
