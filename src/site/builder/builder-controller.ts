/**
 * The /build/ page's one piece of state and what follows every change of it: the form is the
 * handbook config, so each change draws the parts made from state, checks the state with the CLI's
 * own checker, saves the draft, and (debounced) renders the preview with the CLI's own renderer.
 * The last handbook that passed the check is kept, so while a field needs attention the preview,
 * Print and the downloads go on showing it. The page's wiring (builder-edits.ts, builder-start.ts,
 * download-buttons.ts) changes the state only through this controller.
 */
import type { Handbook } from '../../core/handbook/model.ts';
import type { Problem } from '../../core/problems.ts';
import { fill, plural } from '../../i18n/format.ts';
import { languageName, pageWords } from './page-words.ts';
import type { Library } from '../../core/library/library.ts';
import type { Libraries } from './libraries.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';
import { localDate } from '../assess/dom.ts';
import { saveDraft } from './draft.ts';
import { buildFromChecked, checkState, countSentences, type CheckedState } from './outputs.ts';
import { mountPreview } from './preview.ts';
import type { BuilderData } from './page-data.ts';
import { updatePreview, type GoodHandbook } from './preview-update.ts';
import { mountPriorities, type PrioritiesView } from './priorities-view.ts';
import { renderRows } from './rows-view.ts';
import type { BuilderState } from './state.ts';
import { writeForm } from './form.ts';
import { showAccent, showLogo, showProblems, type ShownProblems } from './form-notes.ts';
import { wordForTheForm } from './form-wording.ts';
import { sayInRegion, settledText, type Undo } from './status-line.ts';
import { mountChapterWords, type ChapterWordsView } from './chapter-words-view.ts';
import { mountOwnChapters, type OwnChaptersView } from './own-chapters-view.ts';
import { hasCompanyMarkdown } from './own-words-state.ts';
import { companyParserLoaded, loadCompanyParser } from './parsed-company.ts';

/** The page element a selector names; every one the builder uses is in the page's HTML. */
export const $ = <T extends HTMLElement = HTMLElement>(selector: string) =>
  document.querySelector<T>(selector)!;
const w = pageWords;
const ROWS = () => w().builder.rows;
const say = () => w().builder.edits;
export const otherFields = () => [
  { key: 'name' as const, label: ROWS().others.fields.name },
  { key: 'value' as const, label: ROWS().others.fields.value },
];
export const rowFields = () => [
  { key: 'role' as const, label: ROWS().empowerment.fields.role },
  { key: 'decision' as const, label: ROWS().empowerment.fields.decision },
  { key: 'limit' as const, label: ROWS().empowerment.fields.limit },
];
/** Time between the last keystroke and the preview's update: short, so the preview keeps up with typing. */
const PREVIEW_DELAY_MS = 10;
/** Time the preview must stay unchanged before its status line is set (and so read out): longer than a pause between keystrokes. */
const SETTLED_MS = 700;

export interface BuilderController {
  /** The library in the page's language (the form's chapters, plays and roles), and the examples. */
  readonly data: BuilderData;
  /** The library in each language the handbook may be in: the handbook is made from the one in its own. */
  readonly libraries: Libraries;
  /** Each failure mode's title by id, for chapter names in the preview, the hand-over and config.yaml. */
  readonly titles: ReadonlyMap<string, string>;
  /** Today in the browser's time zone: the date a blank form starts with. */
  readonly today: string;
  readonly form: HTMLFormElement;
  readonly preview: ReturnType<typeof mountPreview>;
  readonly priorities: PrioritiesView;
  /** The company's words in each chosen chapter. */
  readonly chapterWords: ChapterWordsView;
  /** The chapters the company writes itself. */
  readonly ownChapters: OwnChaptersView;
  /** The form's content; change it, then call `refresh` (or `load` to write it into the form too). */
  state: BuilderState;
  /** An uploaded file's problems, shown instead of the form's own until the next edit. */
  uploadProblems: { problems: Problem[]; file: string } | undefined;
  /** The check of the state at the last refresh. */
  readonly checked: CheckedState;
  /** The last state that passed the check, as a config: what the preview, Print and the downloads show. */
  readonly lastGood: GoodHandbook | undefined;
  /**
   * Whose problems the form shows: every field's (an example, an upload, last time's draft), or,
   * from a blank start, only the fields the person has changed, so nothing is marked wrong before
   * anything is typed.
   */
  problemsShown: 'all' | Set<string>;
  /** Rows being filled in for the first time: their problems wait until focus leaves the row, whatever `problemsShown` says. */
  readonly problemsHeld: Set<string>;
  /** Marks fields as changed, so their problems show from the next refresh on. */
  touch(fields: string[]): void;
  /** What the form showed of the last check: problems marked, and fields whose problems wait. */
  readonly shown: ShownProblems;
  /** Says what just happened in the page's status line, with an Undo button when `undo` is given. */
  status(text: string, undo?: Undo): void;
  /** Sets the preview's status line once the preview has settled. */
  previewStatus(text: string): void;
  /** Puts a whole state into the form (on load and on every fresh start); the last good handbook was another draft's, so it is dropped. */
  load(next: BuilderState): void;
  /** After any change: draw the parts made from state (the rows too when `rows`), check, save, and schedule the preview. */
  refresh(options: { rows: boolean }): void;
  /** The handbook for the current state, or the last good one while the form has problems; built afresh for a download. */
  currentHandbook(): Promise<{ handbook: Handbook; config: HandbookConfig } | undefined>;
  /** Resolves once the state can be checked: at once, or when the Markdown parser its own words need has arrived. */
  readyToCheck(state: BuilderState): Promise<void>;
}

export function createBuilderController(data: BuilderData, libraries: Libraries): BuilderController {
  const { library } = data;
  const form = $<HTMLFormElement>('#builder');
  let state: BuilderState;
  let checked: CheckedState = { problems: [], warnings: [] };
  let lastGood: GoodHandbook | undefined;
  let shown: ShownProblems = { marked: [], stillToFill: [] };
  const schedulePreview = latestOnly(
    PREVIEW_DELAY_MS,
    (run, latest) => void updatePreview(builder, run, latest),
  );

  const builder: BuilderController = {
    data,
    libraries,
    titles: new Map(library.modes.map((m) => [m.id, m.title])),
    today: localDate(),
    form,
    preview: mountPreview($('#preview-slot')),
    priorities: mountPriorities(
      library.modes,
      $<HTMLOListElement>('#chosen'),
      $<HTMLUListElement>('#library-list'),
      $('#order-status'),
      (next) => chaptersChanged(builder, next),
    ),
    chapterWords: mountChapterWords($('#chapter-words'), library.modes, library.roles),
    ownChapters: mountOwnChapters($('#own-chapters'), new Map(library.modes.map((m) => [m.id, m.title]))),
    get state() {
      return state;
    },
    set state(next) {
      state = next;
    },
    uploadProblems: undefined,
    get checked() {
      return checked;
    },
    get lastGood() {
      return lastGood;
    },
    problemsShown: new Set(),
    problemsHeld: new Set(),
    touch: (fields) => {
      if (builder.problemsShown !== 'all') for (const field of fields) builder.problemsShown.add(field);
    },
    get shown() {
      return shown;
    },
    status: (text, undo) => sayInRegion($('#status'), text, undo),
    previewStatus: settledText($('#preview-status'), SETTLED_MS),
    load: (next) => {
      state = next;
      lastGood = undefined;
      builder.problemsHeld.clear();
      writeForm(form, state);
      builder.refresh({ rows: true });
    },
    refresh: ({ rows }) => {
      drawFromState(builder, rows);
      if (!saveDraft(localStorage, state)) builder.status(say().notSaved);
      // Until the parser for the company's own Markdown arrives, the form shows the last check.
      if (!parserHere(state)) return void waitForParser();
      checked = checkState(state, library);
      if (checked.config) {
        // Made from the library in the handbook's language; until it has arrived, the last good handbook stays.
        const inLanguage = libraries.loaded(checked.config.language);
        if (inLanguage) {
          lastGood = goodHandbook(checked, state, inLanguage);
          awaited = undefined;
        } else waitForLibrary(checked.config.language);
      }
      shown = showCheck(builder, checked);
      schedulePreview();
    },
    currentHandbook: async () => {
      await builder.readyToCheck(state);
      const current = checkState(state, library);
      const inLanguage = current.config && libraries.loaded(current.config.language);
      const good = inLanguage ? goodHandbook(current, state, inLanguage) : lastGood;
      if (!good) return undefined;
      return { handbook: await buildFromChecked(good.library, good, good.logoName), config: good.config };
    },
    readyToCheck: (next) => (parserHere(next) ? Promise.resolve() : loadCompanyParser()),
  };
  // The language being fetched, or the one that could not be had (said once, until another is chosen).
  let awaited: string | undefined;
  const waitForLibrary = (language: string) => {
    if (awaited === language) return;
    awaited = language;
    void libraries.load(language).then((ok) => {
      if (!ok)
        return builder.status(
          fill(w().locale, w().builder.preview.languageUnavailable, { language: languageName(language) }),
        );
      awaited = undefined;
      builder.refresh({ rows: false });
    });
  };
  const parserHere = (next: BuilderState) => companyParserLoaded() || !hasCompanyMarkdown(next);
  let waiting = false;
  const waitForParser = () => {
    if (waiting) return;
    waiting = true;
    loadCompanyParser().then(
      () => {
        waiting = false;
        builder.refresh({ rows: false });
      },
      () => {
        waiting = false;
        builder.status(w().builder.ownWords.parserFailed);
      },
    );
  };
  return builder;
}

/** A checked config as the handbook the preview, Print and the downloads are made from. */
function goodHandbook(checked: CheckedState, state: BuilderState, library: Library): GoodHandbook {
  const { logo } = state;
  return {
    ...checked,
    config: checked.config!,
    library,
    logoKey: logo ? `${logo.name}\0${logo.base64}` : '',
    ...(logo ? { logoName: logo.name } : {}),
  };
}

/** A chapter added, removed or moved (the chapter list keeps focus where the person was). */
function chaptersChanged(builder: BuilderController, next: string[]): void {
  builder.state = { ...builder.state, priorities: next };
  builder.touch(['priorities']);
  builder.uploadProblems = undefined;
  builder.refresh({ rows: false });
}

/**
 * Runs `run` once calls have stopped for `ms`, numbering each run; `latest()` tells a run that has
 * waited (on rendering) whether a newer one has started since.
 */
function latestOnly(ms: number, run: (version: number, latest: () => boolean) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let version = 0;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const mine = ++version;
      run(mine, () => mine === version);
    }, ms);
  };
}

/** Each role's name in the playbook by id, for the boxes of the company's titles. */
export const roleNames = (builder: BuilderController): ReadonlyMap<string, string> =>
  new Map(builder.data.library.roles.map((r) => [r.id, r.name]));

/** Shows a check's problems and notes in the form's words (an upload's problems instead, until the next edit). */
function showCheck(builder: BuilderController, checked: CheckedState): ShownProblems {
  const { problemsShown: fields, problemsHeld: held } = builder;
  const upload = builder.uploadProblems;
  const messages = wordForTheForm(upload?.problems ?? checked.problems, checked.warnings, {
    titles: builder.titles,
    priorities: builder.state.priorities,
    roles: roleNames(builder),
    ...(upload ? { file: upload.file } : {}),
  });
  // A group held back (a row, a play, a chapter of one's own, just added) holds every field in it.
  const isHeld = (field: string) => [...held].some((f) => field === f || field.startsWith(`${f}.`));
  const result = showProblems(messages, (field) => !isHeld(field) && (fields === 'all' || fields.has(field)));
  // A fold with a problem shown in it opens, so the problem is not hidden.
  for (const fold of builder.form.querySelectorAll('details'))
    if (fold.querySelector('.messages > .problem')) fold.open = true;
  return result;
}

/** The parts of the form drawn from the state: the rows (when asked), the chapter list, the accent, the logo and the vision's note. */
function drawFromState(builder: BuilderController, rows: boolean): void {
  const { state } = builder;
  if (rows) {
    renderRows($('#others'), 'others', otherFields(), state.standards.others, ROWS().others);
    renderRows($('#empowerment'), 'empowerment', rowFields(), state.empowerment, ROWS().empowerment);
  }
  builder.priorities.render(state.priorities, $<HTMLInputElement>('#library-filter').value);
  builder.chapterWords.render(state, rows);
  builder.ownChapters.render(state, rows);
  showUntranslated(builder);
  showAccent(state.accent);
  showLogo(state);
  const sentences = countSentences(state.vision);
  $('#vision-note').textContent =
    state.vision.trim() === ''
      ? say().visionEmpty
      : sentences > 1
        ? plural(w().locale, sentences, say().visionSentences)
        : say().visionOne;
}

/** Under the handbook's language: how many of the chosen chapters print in English, not being translated into it yet. */
function showUntranslated({ state, libraries }: BuilderController): void {
  const library = libraries.loaded(state.language);
  const untranslated = new Set(library?.modes.filter((m) => m.untranslated).map((m) => m.id));
  const n = state.priorities.filter((id) => untranslated.has(id)).length;
  $('#language-note').textContent =
    n > 0
      ? plural(w().locale, n, w().builder.form.untranslated, {
          total: state.priorities.length,
          language: languageName(state.language),
        })
      : '';
}
