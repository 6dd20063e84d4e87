/**
 * The choice among tied failure modes when the handbook's last places fall inside a tie: the
 * answers put none of them ahead of another, so the person ticks the ones to take (the page never
 * picks for them). Used by the results and by the team view. The boxes are built once per tie and
 * then only updated, so focus stays on the box the person just ticked.
 */
import type { ModeNeed } from '../../core/assessment/score.ts';
import type { ChapterChoice } from '../../core/assessment/ties.ts';
import type { AssessWords } from '../../core/assessment/words.ts';
import { fill, plural } from '../../i18n/format.ts';
import { el } from './dom.ts';

export interface TieChoice {
  /** Modes the person ticked; only those of the current tie count. */
  chosen: Set<string>;
  /**
   * Shows the tie of `choice` (or hides the box when there is none). `why` is the sentence under
   * the legend: whose answers tie and how they could be told apart.
   */
  show(choice: ChapterChoice<ModeNeed>, why: string): void;
}

/** Words for the tie and for what the handbook takes, as whole sentences. */
export function describeTieChoice(
  w: AssessWords,
  choice: ChapterChoice<ModeNeed>,
): { legend: string; takes: string } {
  const { locale } = w;
  const words = w.assess.ties;
  const tie = choice.tie!;
  const taken = choice.chapters.length - tie.above;
  const where = plural(locale, tie.places, tie.above === 0 ? words.places : words.lastPlaces);
  const above = plural(locale, tie.above, words.above);
  const chapters = (n: number) => plural(locale, n, words.chapters);
  const takes =
    choice.chapters.length === 0
      ? fill(locale, words.noChapter, { places: tie.places })
      : taken === 0
        ? fill(locale, words.takesAbove, { above, chapters: chapters(tie.above) })
        : fill(locale, tie.above > 0 ? words.takesAboveAndTicked : words.takesTicked, {
            above,
            taken,
            chapters: chapters(choice.chapters.length),
          });
  return { legend: plural(locale, tie.modes.length, words.legend, { need: tie.need, where }), takes };
}

export function createTieChoice(
  w: AssessWords,
  box: HTMLElement,
  idPrefix: string,
  onChange: () => void,
): TieChoice {
  const chosen = new Set<string>();
  let shownKey = '';
  const mark = (input: HTMLInputElement) =>
    input.checked ? chosen.add(input.value) : chosen.delete(input.value);
  box.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'checkbox') return;
    mark(input);
    onChange();
  });
  box.addEventListener('click', (event) => {
    const tick = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-tick]')?.dataset.tick;
    if (tick === undefined) return;
    for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = tick === 'all';
      mark(input);
    }
    onChange();
  });
  return {
    chosen,
    show(choice, why) {
      box.hidden = !choice.tie;
      if (!choice.tie) return;
      const { legend, takes } = describeTieChoice(w, choice);
      const key = `${choice.tie.need}:${choice.tie.places}:${choice.tie.modes.map((m) => m.id).join(',')}`;
      if (key !== shownKey) {
        shownKey = key;
        box.replaceChildren(
          el(
            'fieldset',
            {},
            el('legend', { id: `${idPrefix}-legend` }),
            el('p', {}, why),
            el(
              'div',
              { class: 'tie-buttons' },
              el(
                'button',
                { type: 'button', class: 'button secondary', 'data-tick': 'all' },
                w.assess.ties.tickAll,
              ),
              el(
                'button',
                { type: 'button', class: 'button secondary', 'data-tick': 'none' },
                w.assess.ties.untickAll,
              ),
            ),
            ...choice.tie.modes.map((m) =>
              el('label', {}, el('input', { type: 'checkbox', value: m.id }), m.title),
            ),
          ),
          el('p', { id: `${idPrefix}-takes`, class: 'meta', role: 'status', 'aria-live': 'polite' }),
        );
      }
      box.querySelector(`#${idPrefix}-legend`)!.textContent = legend;
      box.querySelector(`#${idPrefix}-takes`)!.textContent = takes;
      for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        input.checked = chosen.has(input.value);
    },
  };
}
