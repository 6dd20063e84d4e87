/**
 * Adding, removing and moving the company's own plays and chapters. Focus stays where the person
 * is: on the new item's first field after an add, on the moved chapter's button after a move, on
 * the next item (or the Add button) after a removal. A removal takes typed text away, so it is said
 * with an Undo that puts it back where it was.
 */
import { fill } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import { $, type BuilderController } from './builder-controller.ts';
import { ownName } from './own-chapters-view.ts';
import { blankChapterWords, blankOwnChapter, blankOwnPlay, type OwnPlayState } from './own-words-state.ts';
import { sayInRegion } from './status-line.ts';

const w = pageWords;
const say = () => w().builder.ownWords;
const as = (template: string, values: Record<string, string | number>) => fill(w().locale, template, values);

export function wireOwnWords(builder: BuilderController): void {
  const ownStatus = $('#own-status');
  const wordsStatus = $('#words-status');
  const focus = (selector: string) => document.querySelector<HTMLElement>(selector)?.focus();
  const foldOf = (chapter: string) => `details[data-id="${CSS.escape(chapter)}"]`;
  const setPlays = (chapter: string, plays: OwnPlayState[]) => {
    const { state } = builder;
    const words = state.chapters[chapter] ?? blankChapterWords();
    builder.state = { ...state, chapters: { ...state.chapters, [chapter]: { ...words, plays } } };
  };
  const forget = (prefix: string) => {
    // The items after a removed one move up a place, so what was held for them no longer fits.
    for (const field of builder.problemsHeld)
      if (field.startsWith(prefix)) builder.problemsHeld.delete(field);
  };

  const addPlay = (chapter: string) => {
    const plays = builder.state.chapters[chapter]?.plays ?? [];
    builder.problemsHeld.add(`chapters.${chapter}.plays.${plays.length}`);
    setPlays(chapter, [...plays, blankOwnPlay()]);
    builder.refresh({ rows: true });
    focus(`${foldOf(chapter)} .own-play[data-play="${plays.length}"] [data-play-key="title"]`);
  };
  const removePlay = (chapter: string, j: number) => {
    const plays = builder.state.chapters[chapter]?.plays ?? [];
    const removed = plays[j]!;
    const n = builder.state.priorities.indexOf(chapter) + 1;
    forget(`chapters.${chapter}.plays.`);
    setPlays(
      chapter,
      plays.filter((_, k) => k !== j),
    );
    builder.refresh({ rows: true });
    sayInRegion(wordsStatus, as(say().playRemoved, { p: j + 1, n }), {
      label: as(say().undoPlay, { p: j + 1, n }),
      run: () => {
        const now = builder.state.chapters[chapter]?.plays ?? [];
        setPlays(chapter, [...now.slice(0, j), removed, ...now.slice(j)]);
        builder.refresh({ rows: true });
        sayInRegion(wordsStatus, as(say().playBack, { p: Math.min(j, now.length) + 1, n }));
        focus(`${foldOf(chapter)} .own-play[data-play="${Math.min(j, now.length)}"] [data-play-key="title"]`);
      },
    });
    focus(`${foldOf(chapter)} button[data-add-play]`);
  };

  const addOwn = () => {
    const { own } = builder.state;
    builder.problemsHeld.add(`own.${own.length}`);
    builder.state = { ...builder.state, own: [...own, blankOwnChapter()] };
    builder.refresh({ rows: true });
    sayInRegion(ownStatus, as(say().added, { n: own.length + 1 }));
    focus(`#own-${own.length}-title`);
  };
  const moveOwn = (from: number, to: number, action: 'up' | 'down') => {
    const own = [...builder.state.own];
    const name = ownName(own[from]!, from);
    if (to < 0 || to >= own.length)
      return sayInRegion(ownStatus, as(to < 0 ? say().alreadyFirst : say().alreadyLast, { name }));
    const [moved] = own.splice(from, 1);
    own.splice(to, 0, moved!);
    forget('own.');
    builder.state = { ...builder.state, own };
    builder.refresh({ rows: true });
    sayInRegion(ownStatus, as(say().moved, { name, n: to + 1, total: own.length }));
    focus(`.own-chapter[data-own="${to}"] button[data-own-action="${action}"]`);
  };
  const removeOwn = (i: number) => {
    const own = builder.state.own;
    const removed = own[i]!;
    const name = ownName(removed, i);
    forget('own.');
    builder.state = { ...builder.state, own: own.filter((_, j) => j !== i) };
    builder.refresh({ rows: true });
    sayInRegion(ownStatus, as(say().removed, { name }), {
      label: as(say().undoRemove, { name }),
      run: () => {
        const now = builder.state.own;
        const at = Math.min(i, now.length);
        builder.state = { ...builder.state, own: [...now.slice(0, at), removed, ...now.slice(at)] };
        builder.refresh({ rows: true });
        sayInRegion(ownStatus, as(say().back, { name }));
        focus(`#own-${at}-title`);
      },
    });
    const left = builder.state.own.length;
    if (left > 0) focus(`.own-chapter[data-own="${Math.min(i, left - 1)}"] button[data-own-action="remove"]`);
    else focus('#add-own');
  };

  builder.form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const add = target.closest<HTMLButtonElement>('button[data-add-play]');
    if (add) return addPlay(add.dataset.addPlay!);
    const remove = target.closest<HTMLButtonElement>('button[data-remove-play]');
    if (remove) return removePlay(remove.dataset.chapter!, Number(remove.dataset.removePlay));
    const own = target.closest<HTMLButtonElement>('button[data-own-action]');
    if (!own) return;
    const i = Number(own.closest<HTMLElement>('.own-chapter')!.dataset.own);
    const action = own.dataset.ownAction;
    if (action === 'up') moveOwn(i, i - 1, 'up');
    if (action === 'down') moveOwn(i, i + 1, 'down');
    if (action === 'remove') removeOwn(i);
  });
  $('#add-own').addEventListener('click', addOwn);
}
