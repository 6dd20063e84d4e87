/**
 * The choice among tied failure modes when the handbook's last places fall inside a tie: the
 * answers put none of them ahead of another, so the person ticks the ones to take (the page never
 * picks for them). Used by the results and by the team view. The boxes are built once per tie and
 * then only updated, so focus stays on the box the person just ticked.
 */
import type { ModeNeed } from '../../core/assessment/score.ts';
import type { ChapterChoice } from '../../core/assessment/ties.ts';
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

const chapters = (n: number) => `${n} chapter${n === 1 ? '' : 's'}`;

/** Words for the tie and for what the handbook takes, as whole sentences. */
export function describeTieChoice(choice: ChapterChoice<ModeNeed>): { legend: string; takes: string } {
  const tie = choice.tie!;
  const n = tie.modes.length;
  const taken = choice.chapters.length - tie.above;
  const where =
    tie.above === 0
      ? tie.places === 1
        ? 'the one place'
        : `the ${tie.places} places`
      : tie.places === 1
        ? 'the last place'
        : `the last ${tie.places} places`;
  const above = tie.above === 1 ? 'the failure mode above them' : `the ${tie.above} above them`;
  const takes =
    choice.chapters.length === 0
      ? `The handbook has no chapter yet: tick the ones to start with (room for ${tie.places} at the number of chapters chosen).`
      : taken === 0
        ? `The handbook takes ${above} (${chapters(tie.above)}) until you tick some of these.`
        : `The handbook takes ${tie.above > 0 ? `${above} and ` : ''}the ${taken} you ticked: ${chapters(choice.chapters.length)}.`;
  return { legend: `${n} failure modes tie at ${tie.need} of 100 for ${where} in the handbook`, takes };
}

export function createTieChoice(box: HTMLElement, idPrefix: string, onChange: () => void): TieChoice {
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
      const { legend, takes } = describeTieChoice(choice);
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
              el('button', { type: 'button', class: 'button secondary', 'data-tick': 'all' }, 'Tick all'),
              el('button', { type: 'button', class: 'button secondary', 'data-tick': 'none' }, 'Untick all'),
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
