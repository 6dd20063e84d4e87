/**
 * The chapters the company writes itself: one group each (title, short name, where it goes, its
 * text), in the order they are listed, with Up, Down and Remove. Drawn again only when one is
 * added, removed or moved, or the chapter list changes (the places to put one); never while the
 * person types. The short name follows the title until the person changes it.
 */
import { fill } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import { el } from '../assess/dom.ts';
import { messagesFor, selectField, textArea, textField } from './field-nodes.ts';
import { deriveOwnId, type OwnChapterState } from './own-words-state.ts';

const w = pageWords;
const say = () => w().builder.ownWords;
const as = (template: string, values: Record<string, string | number>) => fill(w().locale, template, values);
const quoted = (text: string) => as(w().quoted, { text });

export interface OwnChaptersView {
  /** Draws the groups again when `redraw` or the chapter list changed; otherwise only brings names up to date. */
  render(state: { own: OwnChapterState[]; priorities: string[] }, redraw: boolean): void;
  /** The chapters as the groups hold them now, each short name following its title where it did before. */
  read(previous: OwnChapterState[]): OwnChapterState[];
}

/** How a chapter of the company's own is named in buttons and the status line: its title, or its place while it has none. */
export const ownName = (chapter: OwnChapterState, i: number): string =>
  chapter.title.trim() ? quoted(chapter.title.trim()) : as(say().own, { n: i + 1 });

export function mountOwnChapters(
  container: HTMLElement,
  titles: ReadonlyMap<string, string>,
): OwnChaptersView {
  const libraryIds = new Set(titles.keys());
  let drawnFor: string | undefined;

  const render: OwnChaptersView['render'] = (state, redraw) => {
    const key = `${state.priorities.join('\n')}\0${state.own.length}`;
    if (redraw || key !== drawnFor) {
      container.replaceChildren(...state.own.map((c, i) => group(c, i, state.own.length, state.priorities)));
      drawnFor = key;
    }
    // Names that follow what is typed: the buttons', and the part of the preview a group shows.
    container.querySelectorAll<HTMLElement>('.own-chapter').forEach((node, i) => {
      const chapter = state.own[i];
      if (!chapter) return;
      const name = ownName(chapter, i);
      for (const [action, template] of [
        ['up', say().moveUp],
        ['down', say().moveDown],
        ['remove', say().remove],
      ] as const)
        node
          .querySelector(`button[data-own-action="${action}"]`)
          ?.setAttribute('aria-label', as(template, { name }));
      node.dataset.preview = `chapter-${chapter.id}`;
    });
  };

  const group = (chapter: OwnChapterState, i: number, total: number, priorities: string[]) => {
    const n = i + 1;
    const id = `own-${i}`;
    const name = as(say().own, { n });
    const label = (text: string) => as(say().inOwn, { label: text, n });
    const spec = (key: keyof OwnChapterState, text: string, hint?: string) => ({
      id: `${id}-${key}`,
      label: label(text),
      field: `own.${i}.${key}`,
      ...(hint ? { hint } : {}),
      data: { 'data-own-key': key },
    });
    const places: [string, string][] = [
      ['', say().atTheEnd],
      ...priorities.map((p, j): [string, string] => [
        p,
        as(say().afterChapter, { n: j + 1, title: titles.get(p) ?? p }),
      ]),
    ];
    const button = (action: string, text: string, disabled: boolean) =>
      el(
        'button',
        {
          type: 'button',
          class: 'button secondary small',
          'data-own-action': action,
          ...(disabled ? { 'aria-disabled': 'true' } : {}),
        },
        text,
      );
    const fileNote =
      chapter.file && !chapter.body.trim()
        ? [el('p', { class: 'note' }, as(say().ownFile, { file: quoted(chapter.file) }))]
        : [];
    return el(
      'div',
      {
        class: 'own-chapter',
        role: 'group',
        'aria-label': name,
        'data-group': `own.${i}`,
        'data-own': String(i),
      },
      el('h3', { class: 'field' }, name),
      ...textField(spec('title', say().ownTitle), chapter.title),
      ...textField(spec('id', say().ownId, say().ownIdHint), chapter.id),
      ...selectField(spec('after', say().ownAfter), chapter.after, places, (value) =>
        as(say().afterGone, { title: quoted(titles.get(value) ?? value) }),
      ),
      ...fileNote,
      ...textArea(spec('body', say().ownBody, say().ownBodyHint), chapter.body, 8),
      messagesFor(id, `own.${i}`, name),
      el(
        'div',
        { class: 'button-row' },
        button('up', w().builder.chapters.up, i === 0),
        button('down', w().builder.chapters.down, i === total - 1),
        button('remove', w().builder.chapters.remove, false),
      ),
    );
  };

  const read: OwnChaptersView['read'] = (previous) => {
    const groups = [...container.querySelectorAll<HTMLElement>('.own-chapter')];
    const ids = groups.map((g) => g.querySelector<HTMLInputElement>('[data-own-key="id"]')!.value);
    return groups.map((g, i) => {
      const value = (key: keyof OwnChapterState) =>
        g.querySelector<HTMLInputElement>(`[data-own-key="${key}"]`)!.value;
      const before = previous[i];
      const title = value('title');
      let id = ids[i]!;
      const taken = { library: libraryIds, own: ids.filter((_, j) => j !== i) };
      // The short name follows the title while it is the one the title gave (or empty).
      if (before && title !== before.title && (id === '' || id === deriveOwnId(before.title, taken))) {
        id = title.trim() ? deriveOwnId(title, taken) : '';
        g.querySelector<HTMLInputElement>('[data-own-key="id"]')!.value = id;
      }
      return {
        id,
        title,
        after: value('after'),
        body: value('body'),
        ...(before?.file ? { file: before.file } : {}),
      };
    });
  };

  return { render, read };
}
