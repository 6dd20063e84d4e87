/**
 * The chapter list: chosen chapters in order (moved by their Up and Down buttons, or dragged by the
 * handle with a mouse, pen or finger), and the library to add from, filtered by typing. Focus stays
 * where the person is: on the moved chapter's button, on the next Add button after an add. Every
 * change is said in the list's status line (a live region), a removal with an Undo button.
 */
import type { FailureMode } from '../../core/library/library.ts';
import { fill } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import { el } from '../assess/dom.ts';
import { enableChapterDrag } from './chapter-drag.ts';
import { sayInRegion } from './status-line.ts';

const w = pageWords;
const say = () => w().builder.chapters;
const as = (template: string, values: Record<string, string | number>) => fill(w().locale, template, values);

export interface PrioritiesView {
  render(priorities: string[], filter: string): void;
}

/** Where focus goes once the lists are drawn again: a chapter's button, or a library entry's Add button. */
type Focus = { chapter: string; action: string } | { add: string } | { filter: true };

type Change = (priorities: string[]) => void;

export function mountPriorities(
  modes: FailureMode[],
  list: HTMLOListElement,
  library: HTMLUListElement,
  status: HTMLElement,
  change: Change,
): PrioritiesView {
  const byId = new Map(modes.map((m) => [m.id, m]));
  const name = (id: string) => byId.get(id)?.title ?? id;
  const title = (id: string) => as(w().quoted, { text: name(id) });
  let current: string[] = [];
  let pendingFocus: Focus | undefined;

  const commit = (next: string[], focus?: Focus) => {
    pendingFocus = focus;
    change(next);
  };
  const move = (from: number, to: number, action: string) => {
    const id = current[from]!;
    if (to < 0 || to >= current.length)
      return sayInRegion(status, as(to < 0 ? say().alreadyFirst : say().alreadyLast, { title: title(id) }));
    if (from === to) return;
    const next = [...current];
    next.splice(from, 1);
    next.splice(to, 0, id);
    sayInRegion(status, as(say().moved, { title: title(id), n: to + 1, total: next.length }));
    commit(next, { chapter: id, action });
  };
  const remove = (index: number) => {
    const id = current[index]!;
    const next = current.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    sayInRegion(status, as(say().removed, { title: title(id) }), {
      label: as(say().undoRemove, { title: name(id), n: index + 1 }),
      run: () => {
        if (current.includes(id))
          return sayInRegion(
            status,
            as(say().alreadyChapter, { title: title(id), n: current.indexOf(id) + 1 }),
          );
        const back = [...current];
        back.splice(Math.min(index, back.length), 0, id);
        sayInRegion(status, as(say().back, { title: title(id), n: back.indexOf(id) + 1 }));
        commit(back, { chapter: id, action: 'remove' });
      },
    });
    commit(next, neighbour ? { chapter: neighbour, action: 'remove' } : { filter: true });
  };

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const index = Number(button.closest('li')!.dataset.index);
    const action = button.dataset.action!;
    if (action === 'up') move(index, index - 1, 'up');
    if (action === 'down') move(index, index + 1, 'down');
    if (action === 'remove') remove(index);
  });
  library.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-add]');
    if (!button) return;
    const id = button.dataset.add!;
    // The entry's Add button becomes its chapter number, so focus moves on to the next one to add.
    const adds = [...library.querySelectorAll<HTMLButtonElement>('button[data-add]')];
    const at = adds.indexOf(button);
    const after = adds[at + 1] ?? adds[at - 1];
    sayInRegion(status, as(say().added, { title: title(id), n: current.length + 1 }));
    commit([...current, id], after ? { add: after.dataset.add! } : { filter: true });
  });
  enableChapterDrag(
    list,
    (from, to) => {
      if (to !== from) move(from, to, 'drag');
    },
    (from) => {
      renderChosen(list, current, name);
      sayInRegion(status, as(say().dragStays, { title: title(current[from]!), n: from + 1 }));
    },
  );

  return {
    render(priorities, filter) {
      current = priorities;
      const focus = pendingFocus ?? focusIn(list, library);
      pendingFocus = undefined;
      renderChosen(list, priorities, name);
      renderLibrary(library, modes, priorities, filter);
      if (focus) restoreFocus(list, library, focus);
    },
  };
}

/** The control in either list that has focus now, to be focused again after the lists are redrawn. */
function focusIn(list: HTMLOListElement, library: HTMLUListElement): Focus | undefined {
  const active = document.activeElement as HTMLElement | null;
  if (!active) return undefined;
  if (list.contains(active) && active.dataset.action)
    return { chapter: active.closest<HTMLElement>('li')!.dataset.id!, action: active.dataset.action };
  if (library.contains(active) && active.dataset.add) return { add: active.dataset.add };
  return undefined;
}

/** Focuses the control a person used, at the chapter's new place; a button that became unavailable keeps focus too. */
function restoreFocus(list: HTMLOListElement, library: HTMLUListElement, focus: Focus): void {
  if ('filter' in focus) return document.querySelector<HTMLInputElement>('#library-filter')?.focus();
  if ('add' in focus)
    return (
      library.querySelector<HTMLButtonElement>(`button[data-add="${CSS.escape(focus.add)}"]`) ??
      document.querySelector<HTMLInputElement>('#library-filter')
    )?.focus();
  const item = list.querySelector<HTMLLIElement>(`li[data-id="${CSS.escape(focus.chapter)}"]`);
  const action = focus.action === 'drag' ? 'up' : focus.action;
  item?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)?.focus();
}

/** The chosen chapters in order, each with its drag handle and its up, down and remove buttons. */
function renderChosen(list: HTMLOListElement, priorities: string[], name: (id: string) => string): void {
  list.replaceChildren(
    ...priorities.map((id, i) =>
      el(
        'li',
        { 'data-index': String(i), 'data-id': id, 'data-preview': `chapter-${id}` },
        el('span', { class: 'handle', 'aria-hidden': 'true', title: say().dragHandle }, '⠿'),
        el('span', { class: 'title' }, as(say().numbered, { n: i + 1, title: name(id) })),
        el(
          'button',
          {
            type: 'button',
            class: 'button secondary small',
            'data-action': 'up',
            'aria-label': as(say().moveUp, { title: name(id) }),
            ...(i === 0 ? { 'aria-disabled': 'true' } : {}),
          },
          say().up,
        ),
        el(
          'button',
          {
            type: 'button',
            class: 'button secondary small',
            'data-action': 'down',
            'aria-label': as(say().moveDown, { title: name(id) }),
            ...(i === priorities.length - 1 ? { 'aria-disabled': 'true' } : {}),
          },
          say().down,
        ),
        el(
          'button',
          {
            type: 'button',
            class: 'button secondary small',
            'data-action': 'remove',
            'aria-label': as(say().removeNamed, { title: name(id) }),
          },
          say().remove,
        ),
      ),
    ),
  );
  if (priorities.length === 0) list.append(el('li', { class: 'meta' }, say().none));
}

/** The library filtered by every typed word: an Add button for each mode not yet chosen, its chapter number for the rest. */
function renderLibrary(
  library: HTMLUListElement,
  modes: FailureMode[],
  priorities: string[],
  filter: string,
): void {
  const typed = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const chosen = new Set(priorities);
  const matches = modes.filter((m) =>
    typed.every((word) => `${m.title} ${m.summary} ${m.id}`.toLowerCase().includes(word)),
  );
  library.replaceChildren(
    ...matches.map((m) =>
      el(
        'li',
        {},
        el('strong', {}, m.title),
        el('p', {}, m.summary),
        chosen.has(m.id)
          ? el('span', { class: 'meta' }, as(say().chosenAs, { n: priorities.indexOf(m.id) + 1 }))
          : el(
              'button',
              {
                type: 'button',
                class: 'button secondary small',
                'data-add': m.id,
                'aria-label': as(say().addNamed, { title: m.title }),
              },
              say().add,
            ),
      ),
    ),
  );
  if (matches.length === 0) library.append(el('li', { class: 'meta' }, say().noMatch));
}
