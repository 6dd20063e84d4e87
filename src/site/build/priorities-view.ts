/**
 * The chapter list: chosen chapters in order (move up and down by buttons, or drag by the handle
 * with a mouse, pen or finger), and the library to add from, filtered by typing. Every change of
 * order is announced in a live region, so a screen reader hears where the chapter went.
 */
import type { FailureMode } from '../../core/library.ts';
import { el } from '../assess/dom.ts';

export interface PrioritiesView {
  render(priorities: string[], filter: string): void;
}

/** The chapter and the button a person used, so focus can go back to it after the list is redrawn. */
export interface ChapterFocus {
  id: string;
  action: string;
}

type Change = (priorities: string[], focus?: ChapterFocus) => void;

export function mountPriorities(modes: FailureMode[], list: HTMLOListElement, library: HTMLUListElement, announce: (text: string) => void, change: Change): PrioritiesView {
  const byId = new Map(modes.map((m) => [m.id, m]));
  const title = (id: string) => byId.get(id)?.title ?? id;
  let current: string[] = [];

  const move = (from: number, to: number, action: string) => {
    if (to < 0 || to >= current.length || from === to) return;
    const next = [...current];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    announce(`${title(id!)} moved to position ${to + 1} of ${next.length}.`);
    change(next, { id: id!, action });
  };

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const index = Number(button.closest('li')!.dataset.index);
    const action = button.dataset.action!;
    if (action === 'up') move(index, index - 1, 'up');
    if (action === 'down') move(index, index + 1, 'down');
    if (action === 'remove') {
      const id = current[index]!;
      announce(`${title(id)} removed from the chapters.`);
      change(current.filter((_, i) => i !== index), current.length > 1 ? { id: current[index === current.length - 1 ? index - 1 : index + 1]!, action: 'remove' } : undefined);
    }
  });
  library.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-add]');
    if (!button) return;
    const id = button.dataset.add!;
    announce(`${title(id)} added as chapter ${current.length + 1}.`);
    change([...current, id]);
  });
  enablePointerReorder(list, () => current, (from, to) => move(from, to, 'drag'));

  return {
    render(priorities, filter) {
      current = priorities;
      renderChosen(list, priorities, title);
      renderLibrary(library, modes, priorities, filter);
    },
  };
}

/** The chosen chapters in order, each with its drag handle and its up, down and remove buttons. */
function renderChosen(list: HTMLOListElement, priorities: string[], title: (id: string) => string): void {
  list.replaceChildren(
    ...priorities.map((id, i) =>
      el(
        'li',
        { 'data-index': String(i), 'data-id': id },
        el('span', { class: 'handle', 'aria-hidden': 'true', title: 'Drag to reorder' }, '⠿'),
        el('span', { class: 'title' }, `${i + 1}. ${title(id)}`),
        el('button', { type: 'button', class: 'button secondary small', 'data-action': 'up', 'aria-label': `Move ${title(id)} up`, ...(i === 0 ? { 'aria-disabled': 'true' } : {}) }, '↑ Up'),
        el('button', { type: 'button', class: 'button secondary small', 'data-action': 'down', 'aria-label': `Move ${title(id)} down`, ...(i === priorities.length - 1 ? { 'aria-disabled': 'true' } : {}) }, '↓ Down'),
        el('button', { type: 'button', class: 'button secondary small', 'data-action': 'remove', 'aria-label': `Remove ${title(id)}` }, 'Remove'),
      ),
    ),
  );
  if (priorities.length === 0) list.append(el('li', { class: 'meta' }, 'No chapters yet: add some from the list below.'));
}

/** The library filtered by every typed word: an Add button for each mode not yet chosen, its chapter number for the rest. */
function renderLibrary(library: HTMLUListElement, modes: FailureMode[], priorities: string[], filter: string): void {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const chosen = new Set(priorities);
  const matches = modes.filter((m) => words.every((w) => `${m.title} ${m.summary} ${m.id}`.toLowerCase().includes(w)));
  library.replaceChildren(
    ...matches.map((m) =>
      el(
        'li',
        {},
        el('strong', {}, m.title),
        el('p', {}, m.summary),
        chosen.has(m.id)
          ? el('span', { class: 'meta' }, `Chapter ${priorities.indexOf(m.id) + 1}`)
          : el('button', { type: 'button', class: 'button secondary small', 'data-add': m.id, 'aria-label': `Add ${m.title}` }, 'Add'),
      ),
    ),
  );
  if (matches.length === 0) library.append(el('li', { class: 'meta' }, 'No failure mode matches those words.'));
}

/** Focuses the control a keyboard move came from, at the chapter's new place. */
export function restoreFocus(list: HTMLOListElement, focus: ChapterFocus): void {
  const item = list.querySelector<HTMLLIElement>(`li[data-id="${CSS.escape(focus.id)}"]`);
  if (!item) return;
  const wanted = focus.action === 'remove' ? 'remove' : focus.action;
  const button = item.querySelector<HTMLButtonElement>(`button[data-action="${wanted}"]`);
  (button && button.getAttribute('aria-disabled') !== 'true' ? button : item.querySelector<HTMLButtonElement>('button[data-action]:not([aria-disabled])'))?.focus();
}

/** Drag by the handle: the item follows the pointer among its siblings and the order is kept on release. */
function enablePointerReorder(list: HTMLOListElement, order: () => string[], moved: (from: number, to: number) => void): void {
  let dragging: { item: HTMLLIElement; from: number } | undefined;
  list.addEventListener('pointerdown', (event) => {
    const handle = (event.target as Element).closest('.handle');
    const item = handle?.closest<HTMLLIElement>('li[data-index]');
    if (!item) return;
    event.preventDefault();
    handle!.setPointerCapture(event.pointerId);
    dragging = { item, from: Number(item.dataset.index) };
    item.classList.add('dragging');
  });
  list.addEventListener('pointermove', (event) => {
    if (!dragging) return;
    const items = [...list.querySelectorAll<HTMLLIElement>('li[data-index]')];
    const over = items.find((li) => {
      const box = li.getBoundingClientRect();
      return event.clientY >= box.top && event.clientY <= box.bottom;
    });
    if (!over || over === dragging.item) return;
    const before = items.indexOf(over) < items.indexOf(dragging.item);
    over.insertAdjacentElement(before ? 'beforebegin' : 'afterend', dragging.item);
  });
  const drop = () => {
    if (!dragging) return;
    const { item, from } = dragging;
    dragging = undefined;
    item.classList.remove('dragging');
    const to = [...list.querySelectorAll('li[data-index]')].indexOf(item);
    if (to !== from && to >= 0 && from < order().length) moved(from, to);
  };
  list.addEventListener('pointerup', drop);
  list.addEventListener('pointercancel', drop);
}
