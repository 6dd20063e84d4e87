/**
 * The company's words in each chosen chapter: one fold per chapter (its note, the library's plays
 * to leave out by tick box, its own plays, its own example). The folds are drawn again only when
 * the chapters change or something is added or removed, never while the person types, so focus and
 * what is open stay where they are; typing is read back with `read`.
 */
import type { Role } from '../../schemas/roles.ts';
import type { FailureMode } from '../../core/library/library.ts';
import { fill } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import { el } from '../assess/dom.ts';
import { messagesFor, selectField, textArea, textField } from './field-nodes.ts';
import {
  blankChapterWords,
  type ChapterWordsState,
  type OwnPlayState,
  type OwnWordsState,
} from './own-words-state.ts';

const w = pageWords;
const say = () => w().builder.ownWords;
const as = (template: string, values: Record<string, string | number>) => fill(w().locale, template, values);

export interface ChapterWordsView {
  /** Draws the folds again when `redraw` or the chapters changed; otherwise only brings names up to date. */
  render(state: OwnWordsState & { priorities: string[] }, redraw: boolean): void;
  /** The words as the folds hold them now; chapters not shown keep what they had. */
  read(previous: OwnWordsState['chapters']): OwnWordsState['chapters'];
}

/** A role as a list shows it: the company's title with the playbook's name after it, or the name alone. */
export function roleLabel(role: Role, titles: Record<string, string>): string {
  const title = titles[role.id]?.trim();
  return title ? as(say().roleAs, { title, role: role.name }) : role.name;
}

export function mountChapterWords(
  container: HTMLElement,
  modes: readonly FailureMode[],
  roles: readonly Role[],
): ChapterWordsView {
  const byId = new Map(modes.map((m) => [m.id, m]));
  let drawnFor: string | undefined;

  const render: ChapterWordsView['render'] = (state, redraw) => {
    const shown = state.priorities.filter((id) => byId.has(id));
    const key = shown.join('\n');
    if (redraw || key !== drawnFor) {
      const open = new Set(
        [...container.querySelectorAll<HTMLDetailsElement>('details[data-id]')]
          .filter((d) => d.open)
          .map((d) => d.dataset.id!),
      );
      container.replaceChildren(
        ...shown.map((id) =>
          fold(
            byId.get(id)!,
            state.priorities.indexOf(id),
            state.chapters[id] ?? blankChapterWords(),
            state.roles,
          ),
        ),
      );
      if (shown.length === 0) container.append(el('p', { class: 'meta' }, say().chaptersNone));
      for (const details of container.querySelectorAll<HTMLDetailsElement>('details[data-id]'))
        details.open = open.has(details.dataset.id!);
      drawnFor = key;
    }
    for (const details of container.querySelectorAll<HTMLDetailsElement>('details[data-id]')) {
      const id = details.dataset.id!;
      const n = state.priorities.indexOf(id) + 1;
      const summary = details.querySelector('summary')!;
      const text = as(hasWords(state.chapters[id]) ? say().chapterSummaryWithWords : say().chapterSummary, {
        n,
        title: byId.get(id)!.title,
      });
      if (summary.textContent !== text) summary.textContent = text;
    }
    showRoleTitles(container, roles, state.roles);
  };

  /** One chapter's fold: note, plays to leave out, plays of its own, example. */
  const fold = (
    mode: FailureMode,
    index: number,
    words: ChapterWordsState,
    titles: Record<string, string>,
  ) => {
    const n = index + 1;
    const base = `words-${index}`;
    const field = (key: string) => `chapters.${mode.id}.${key}`;
    const label = (text: string) => as(say().inChapter, { label: text, n });
    const roleName = (id: string) => roles.find((r) => r.id === id)?.name ?? id;
    const skipId = `${base}-skip`;
    return el(
      'details',
      { 'data-id': mode.id, 'data-preview': `chapter-${mode.id}`, class: 'chapter-words-item' },
      el('summary', {}, as(say().chapterSummary, { n, title: mode.title })),
      ...textArea(
        {
          id: `${base}-note`,
          label: label(say().note),
          hint: say().noteHint,
          field: field('note'),
          data: { 'data-words': 'note' },
        },
        words.note,
        3,
      ),
      el(
        'fieldset',
        { class: 'inline', 'aria-describedby': `${skipId}-hint` },
        el('legend', {}, label(say().skip)),
        el('p', { class: 'meta', id: `${skipId}-hint` }, say().skipHint),
        ...mode.plays.map((play) => {
          const box = el('input', { type: 'checkbox', 'data-skip': play.id });
          box.checked = words.skip.includes(play.id);
          return el(
            'label',
            {},
            box,
            ' ',
            as(say().skipPlay, { title: play.title, owner: roleName(play.owner) }),
          );
        }),
      ),
      messagesFor(skipId, field('skip'), label(say().skip)),
      el('h3', { class: 'field' }, label(say().plays)),
      el(
        'div',
        { class: 'own-plays' },
        ...words.plays.map((play, j) => playGroup(mode, n, base, j, play, titles)),
      ),
      el('button', { type: 'button', class: 'button secondary', 'data-add-play': mode.id }, say().addPlay),
      messagesFor(`${base}-plays`, field('plays'), label(say().plays)),
      ...textArea(
        {
          id: `${base}-example`,
          label: label(say().example),
          hint: say().exampleHint,
          field: field('example'),
          data: { 'data-words': 'example' },
        },
        words.example,
        4,
      ),
    );
  };

  /** One play of the chapter's own: what, who, with whom, when, and its steps. */
  const playGroup = (
    mode: FailureMode,
    n: number,
    base: string,
    j: number,
    play: OwnPlayState,
    titles: Record<string, string>,
  ) => {
    const p = j + 1;
    const id = `${base}-play-${j}`;
    const name = as(say().play, { p, n });
    const label = (text: string) => as(say().inPlay, { label: text, n, p });
    const field = `chapters.${mode.id}.plays.${j}`;
    const spec = (key: keyof OwnPlayState, text: string) => ({
      id: `${id}-${key}`,
      label: label(text),
      field: `${field}.${key}`,
      data: { 'data-play-key': key },
    });
    const roleChoices = roles.map((r): [string, string] => [r.id, roleLabel(r, titles)]);
    const notARole = (value: string) => as(say().notARole, { id: as(w().quoted, { text: value }) });
    return el(
      'div',
      { class: 'own-play', role: 'group', 'aria-label': name, 'data-group': field, 'data-play': String(j) },
      ...textField(spec('title', say().playTitle), play.title),
      ...selectField(
        { ...spec('owner', say().playOwner), data: { 'data-play-key': 'owner', 'data-role-select': '' } },
        play.owner,
        [['', say().chooseRole], ...roleChoices],
        notARole,
      ),
      ...selectField(
        { ...spec('with', say().playWith), data: { 'data-play-key': 'with', 'data-role-select': '' } },
        play.with,
        [['', say().nobody], ...roleChoices],
        notARole,
      ),
      ...textField(spec('when', say().playWhen), play.when),
      ...textArea(spec('steps', say().playSteps), play.steps, 4),
      messagesFor(id, field, name),
      el(
        'button',
        {
          type: 'button',
          class: 'button secondary small',
          'data-remove-play': String(j),
          'data-chapter': mode.id,
        },
        as(say().removePlay, { p }),
      ),
    );
  };

  const read: ChapterWordsView['read'] = (previous) => {
    const next = { ...previous };
    for (const details of container.querySelectorAll<HTMLDetailsElement>('details[data-id]')) {
      const value = (selector: string) => details.querySelector<HTMLTextAreaElement>(selector)!.value;
      const id = details.dataset.id!;
      const words: ChapterWordsState = {
        note: value('[data-words="note"]'),
        skip: [...details.querySelectorAll<HTMLInputElement>('input[data-skip]:checked')].map(
          (b) => b.dataset.skip!,
        ),
        plays: [...details.querySelectorAll<HTMLElement>('.own-play')].map((group) => {
          const key = (k: keyof OwnPlayState) =>
            group.querySelector<HTMLInputElement>(`[data-play-key="${k}"]`)!.value;
          return {
            title: key('title'),
            owner: key('owner'),
            with: key('with'),
            when: key('when'),
            steps: key('steps'),
          };
        }),
        example: value('[data-words="example"]'),
      };
      // A fold opened and left empty adds nothing to the state (nor to a blank draft).
      if (hasWords(words) || id in previous) next[id] = words;
    }
    return next;
  };

  return { render, read };
}

const hasWords = (words: ChapterWordsState | undefined) =>
  !!words &&
  (words.note.trim() !== '' ||
    words.skip.length > 0 ||
    words.plays.length > 0 ||
    words.example.trim() !== '');

/** The role lists name roles by the company's titles as they are typed. */
export function showRoleTitles(
  container: HTMLElement,
  roles: readonly Role[],
  titles: Record<string, string>,
): void {
  const byId = new Map(roles.map((r) => [r.id, r]));
  for (const option of container.querySelectorAll<HTMLOptionElement>('select[data-role-select] option')) {
    const role = byId.get(option.value);
    if (!role) continue;
    const text = roleLabel(role, titles);
    if (option.text !== text) option.text = text;
  }
}
