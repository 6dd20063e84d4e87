import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { CARDS_PER_SHEET, ROLE_DECK, clockTime, planKit } from '../../src/core/kit/kit.ts';
import { findMode } from '../../src/core/library/navigation.ts';
import { buildKit } from '../../src/document/kit.ts';
import { KitCardSchema } from '../../src/schemas/failure-mode.ts';
import { kitHtml as renderKitHtml } from '../support/render.ts';
import { sharedLibrary } from '../support/library.ts';

const library = await sharedLibrary('tests/fixtures/kits/content');
const full = findMode(library, 'full-kit');
const partial = findMode(library, 'partial-kit');

function select(tree: Root | Element, className: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const classes = child.properties.className;
      if (Array.isArray(classes) && classes.includes(className)) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}
const textOf = (node: Element | Root): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
const sectionTitled = (tree: Element, title: string) =>
  select(tree, 'kit-section').find((s) => textOf(s).startsWith(title));

describe('the kit plan', () => {
  test('the agenda runs on a clock from 0:00 to the exercise length', () => {
    const { agenda } = planKit(full.exercise);
    expect(agenda.map((s) => `${s.start}-${s.end}`)).toEqual([
      '0:00-0:05',
      '0:05-0:15',
      '0:15-0:25',
      '0:25-0:30',
      '0:30-0:45',
    ]);
    expect(clockTime(full.exercise.minutes)).toBe(agenda.at(-1)!.end);
    expect(clockTime(95)).toBe('1:35');
  });

  test('role briefs become cards, except a role whose brief is already written as a card', () => {
    const { cards } = planKit(full.exercise);
    const roleCards = cards.filter((c) => c.deck === ROLE_DECK);
    expect(roleCards.map((c) => c.title)).toEqual(['Agent', 'Customer', 'Observer']);
    // The written Observer card wins over the one-line brief in roles.
    expect(roleCards[2]!.text).toMatch(/^Sit beside the agent/);
  });

  test('cards are grouped by deck, numbered within it, and split into sheets of eight', () => {
    const { cards, sheets } = planKit(full.exercise);
    const written = full.exercise.cards!.length;
    expect(cards).toHaveLength(written + 2);
    expect([...new Set(cards.map((c) => c.deck))]).toEqual([ROLE_DECK, 'Customer messages', 'Scenarios']);
    const messages = cards.filter((c) => c.deck === 'Customer messages');
    expect(messages.map((c) => `${c.number}/${c.of}`)).toEqual(
      messages.map((_, i) => `${i + 1}/${messages.length}`),
    );
    expect(sheets.map((s) => s.length)).toEqual([CARDS_PER_SHEET, cards.length - CARDS_PER_SHEET]);
  });

  test('a card longer than its printed cell holds is refused, with how to fix it', () => {
    expect(KitCardSchema.safeParse({ deck: 'Scenarios', text: 'x'.repeat(700) }).success).toBe(true);
    const tooLong = KitCardSchema.safeParse({ deck: 'Scenarios', text: 'x'.repeat(701) });
    expect(tooLong.error?.issues[0]?.message).toMatch(/at most 700 characters .* split it into two cards/);
  });

  test('a complete kit has nothing missing; an exercise without kit fields names every missing part', () => {
    expect(planKit(full.exercise).missing).toEqual([]);
    expect(planKit(partial.exercise).missing).toEqual([
      'prep time',
      'materials list',
      'timed agenda',
      'cards',
      'facilitator notes',
      'remote variant',
      'follow-up',
    ]);
  });
});

describe('buildKit', () => {
  const tree = buildKit(full, { companyName: 'Kit & Co' });

  test('the facilitator sheet has every part a trainer needs to run the session cold', () => {
    const text = textOf(tree);
    for (const part of [
      'Before the session',
      'Agenda',
      'Roles',
      'Prompts',
      'Facilitator notes',
      'Debrief questions',
      'Running it remotely',
      'After the session',
    ]) {
      expect(sectionTitled(tree, part), part).toBeDefined();
    }
    expect(text).toContain('Prep30 minutes');
    expect(text).toContain('Group6 to 18, in threes');
    expect(textOf(sectionTitled(tree, 'Before the session')!)).toContain('A timer the whole room can see');
    const notes = textOf(sectionTitled(tree, 'Facilitator notes')!);
    expect(notes).toContain(full.exercise.facilitator!.quietGroup);
    expect(notes).toContain(full.exercise.facilitator!.defensiveGroup);
    expect(notes).toContain(full.exercise.facilitator!.debriefPoint);
    expect(textOf(sectionTitled(tree, 'After the session')!)).toContain(
      full.exercise.followUp!.refresherCheck,
    );
    expect(select(tree, 'kit-missing')).toEqual([]);
  });

  test('the sheet lists every deck to print with its card count and who is handed a set', () => {
    const rows = select(sectionTitled(tree, 'Before the session')!, 'kit-decks').flatMap((table) =>
      select(table, 'kit-minutes').map((cell) => textOf(cell)),
    );
    expect(rows).toEqual(['3', '9', '2']);
    const text = textOf(select(tree, 'kit-decks')[0]!);
    expect(text).toContain('Customer messages9One set per group');
    expect(text).toContain('Scenarios21 of the 2 cards per group');
  });

  test('the agenda table shows each step with its clock time and minutes', () => {
    const rows = select(sectionTitled(tree, 'Agenda')!, 'kit-clock').map((cell) => textOf(cell));
    expect(rows).toEqual(['0:00–0:05', '0:05–0:15', '0:15–0:25', '0:25–0:30', '0:30–0:45']);
  });

  test('the remote variant runs on its own clock, says why the call is longer, and lists what to prepare', () => {
    const remote = sectionTitled(tree, 'Running it remotely')!;
    expect(select(remote, 'kit-clock').map((cell) => textOf(cell))).toEqual([
      '0:00–0:08',
      '0:08–0:18',
      '0:18–0:28',
      '0:28–0:35',
      '0:35–0:50',
    ]);
    expect(textOf(remote)).toContain(
      'On a video call the session takes 50 minutes: opening and closing breakout rooms takes about 5 minutes.',
    );
    expect(textOf(remote)).toContain('Before the call');
    expect(textOf(remote)).toContain('privately, by direct message');
  });

  test('every card is labelled with its deck, its number and the mode, and long texts print smaller', () => {
    const cards = select(tree, 'kit-card');
    expect(cards).toHaveLength(planKit(full.exercise).cards.length);
    expect(textOf(select(cards[0]!, 'kit-card-deck')[0]!)).toBe(`${ROLE_DECK} · 1 of 3`);
    for (const card of cards) expect(textOf(select(card, 'kit-card-mode')[0]!)).toBe('Full kit mode');
    const longest = cards.find((c) => textOf(c).includes('elderly neighbour'))!;
    expect(longest.properties.className).toContain('kit-card-xs');
    expect(select(tree, 'kit-card-sheet')).toHaveLength(2);
  });

  test('the footer carries the company name', () => {
    expect(textOf(select(tree, 'kit-foot')[0]!)).toBe('Kit & Co · Service Playbook · Full kit mode');
  });

  test('a mode without kit fields still renders, and says plainly what is still to be written', () => {
    const kit = buildKit(partial);
    const missing = textOf(select(kit, 'kit-missing')[0]!);
    expect(missing).toBe(
      'Still to be written: Prep time, materials list, timed agenda, cards, facilitator notes, remote variant and follow-up. This kit prints what there is so far.',
    );
    expect(textOf(kit)).toContain(partial.exercise.setup);
    expect(select(kit, 'kit-cards')).toEqual([]);
  });
});

describe('renderKitHtml', () => {
  const html = renderKitHtml(full, { company: 'Kit & Co <Fixtures>', accent: '#ffee00' });

  test('card and company text stays text: nothing a content author or config writes becomes markup', () => {
    expect(html).not.toContain("<script>alert('kit')</script>");
    const parsed = fromHtml(html);
    expect(textOf(parsed as unknown as Root)).toContain("<script>alert('kit')</script> & other text");
    expect(select(parsed, 'kit-foot').map((f) => textOf(f))).toEqual([
      'Kit & Co <Fixtures> · Service Playbook · Full kit mode',
    ]);
  });

  test('is the same text on every run, and the site prints the same tree', () => {
    expect(renderKitHtml(full, { company: 'Kit & Co <Fixtures>', accent: '#ffee00' })).toBe(html);
    expect(html).toContain(toHtml(buildKit(full, { companyName: 'Kit & Co <Fixtures>' })));
  });
});
