/**
 * The builder's status lines: live regions a screen reader follows. A message can carry an Undo
 * button, so a change that takes something away (a chapter removed, a draft replaced) is one press
 * from being put back; and the preview's line is set only once the preview has settled, so typing
 * is not interrupted by the same sentence on every keystroke.
 */
import { pageWords } from './page-words.ts';
import { el } from '../assess/dom.ts';

export interface Undo {
  /** The button's accessible name: "Undo" and what it puts back. */
  label: string;
  run: () => void;
}

/**
 * Says `text` in a live region, with an Undo button when `undo` is given. The region is emptied
 * first and filled on the next frame, so the same sentence twice is read twice.
 */
export function sayInRegion(region: HTMLElement, text: string, undo?: Undo): void {
  region.replaceChildren();
  requestAnimationFrame(() => {
    const button = undo
      ? el(
          'button',
          { type: 'button', class: 'button secondary small', 'aria-label': undo.label },
          pageWords().builder.edits.undo,
        )
      : undefined;
    button?.addEventListener('click', () => {
      region.replaceChildren();
      undo!.run();
    });
    region.replaceChildren(el('span', {}, text), ...(button ? [' ', button] : []));
  });
}

/**
 * A setter for a live region's text that writes only once calls have stopped for `ms`, and only
 * when the text differs from what the region says: a screen reader hears each settled state once.
 */
export function settledText(region: HTMLElement, ms: number): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (region.textContent !== text) region.textContent = text;
    }, ms);
  };
}
