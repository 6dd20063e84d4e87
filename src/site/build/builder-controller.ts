/**
 * The /build/ page's one piece of state and what follows every change of it: the form is the
 * handbook config, so each change draws the parts made from state, checks the state with the CLI's
 * own checker, saves the draft, and (debounced) renders the preview with the CLI's own renderer.
 * The page's wiring (builder-edits.ts, builder-start.ts, download-buttons.ts) changes the state only
 * through this controller.
 */
import type { Handbook } from '../../core/handbook.ts';
import type { Problem } from '../../core/problems.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';
import { el, localDate } from '../assess/dom.ts';
import { saveDraft } from './draft.ts';
import { buildFromChecked, checkState, countSentences, renderHtml, type CheckedState } from './outputs.ts';
import { mountPreview } from './preview.ts';
import type { BuilderData } from './page-data.ts';
import { mountPriorities, restoreFocus, type ChapterFocus, type PrioritiesView } from './priorities-view.ts';
import { renderRows } from './rows-view.ts';
import type { BuilderState } from './state.ts';
import { writeForm } from './form.ts';
import { showAccent, showLogo, showProblems, type ShownProblems } from './form-notes.ts';

/** The page element a selector names; every one the builder uses is in the page's HTML. */
export const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
export const OTHER_FIELDS = [{ key: 'name' as const, label: 'Standard' }, { key: 'value' as const, label: 'Promise' }];
export const ROW_FIELDS = [{ key: 'role' as const, label: 'Role' }, { key: 'decision' as const, label: 'Decision' }, { key: 'limit' as const, label: 'Limit' }];
/** Time between the last keystroke and the preview's update: short, so the preview keeps up with typing. */
const PREVIEW_DELAY_MS = 10;

type CheckedConfig = CheckedState & { config: HandbookConfig };

export interface BuilderController {
  readonly data: BuilderData;
  /** Each failure mode's title by id, for chapter names in the preview, the hand-over and config.yaml. */
  readonly titles: ReadonlyMap<string, string>;
  /** Today in the browser's time zone: the date a blank form starts with. */
  readonly today: string;
  readonly form: HTMLFormElement;
  readonly preview: ReturnType<typeof mountPreview>;
  readonly priorities: PrioritiesView;
  /** The form's content; change it, then call `refresh` (or `load` to write it into the form too). */
  state: BuilderState;
  /** An uploaded file's problems, shown instead of the form's own until the next edit. */
  uploadProblems: Problem[] | undefined;
  /** The check of the state at the last refresh. */
  readonly checked: CheckedState;
  /**
   * Whose problems the form shows: every field's (an example, an upload, last time's draft), or,
   * from a blank start, only the fields the person has changed, so nothing is marked wrong before
   * anything is typed.
   */
  problemsShown: 'all' | Set<string>;
  /** Marks fields as changed, so their problems show from the next refresh on. */
  touch(fields: string[]): void;
  /** What the form showed of the last check: problems marked, and fields whose problems wait. */
  readonly shown: ShownProblems;
  /** Says what just happened in the page's status line. */
  status(text: string): void;
  /** Says a change of chapter order in the live region a screen reader follows. */
  announce(text: string): void;
  /** Puts a whole state into the form (on load and on every fresh start). */
  load(next: BuilderState): void;
  /** After any change: draw the parts made from state (the rows too when `rows`), check, save, and schedule the preview. */
  refresh(options: { rows: boolean }): void;
  /** The handbook for the current state, built afresh for a download so it is never stale. */
  currentHandbook(): Promise<{ handbook: Handbook; config: HandbookConfig } | undefined>;
}

export function createBuilderController(data: BuilderData): BuilderController {
  const { library } = data;
  const form = $<HTMLFormElement>('#builder');
  let state: BuilderState;
  let checked: CheckedState;
  let shown: ShownProblems = { marked: false, stillToFill: [] };
  const schedulePreview = latestOnly(PREVIEW_DELAY_MS, (run, latest) => void updatePreview(builder, run, latest));

  const builder: BuilderController = {
    data,
    titles: new Map(library.modes.map((m) => [m.id, m.title])),
    today: localDate(),
    form,
    preview: mountPreview($('#preview-slot')),
    priorities: mountPriorities(library.modes, $<HTMLOListElement>('#chosen'), $<HTMLUListElement>('#library-list'), (text) => builder.announce(text), (next, focus) => chaptersChanged(builder, next, focus)),
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
    problemsShown: new Set(),
    touch: (fields) => {
      if (builder.problemsShown !== 'all') for (const field of fields) builder.problemsShown.add(field);
    },
    get shown() {
      return shown;
    },
    status: (text) => ($('#status').textContent = text),
    announce: (text) => {
      // Cleared first, so the same sentence twice is read twice.
      $('#order-status').textContent = '';
      requestAnimationFrame(() => ($('#order-status').textContent = text));
    },
    load: (next) => {
      state = next;
      writeForm(form, state);
      builder.refresh({ rows: true });
    },
    refresh: ({ rows }) => {
      drawFromState(builder, rows);
      checked = checkState(state, library);
      shown = showCheck(builder, checked);
      if (!saveDraft(localStorage, state)) builder.status('This browser would not save the draft (private browsing or full storage): download config.yaml to keep your work.');
      schedulePreview();
    },
    currentHandbook: async () => {
      const current = checkState(state, library);
      if (!current.config) return undefined;
      return { handbook: await buildFromChecked(library, current as CheckedConfig, state.logo?.name), config: current.config };
    },
  };
  return builder;
}

/** A chapter added, removed or moved; focus goes back to the control the person used. */
function chaptersChanged(builder: BuilderController, next: string[], focus?: ChapterFocus): void {
  builder.state = { ...builder.state, priorities: next };
  builder.touch(['priorities']);
  builder.refresh({ rows: false });
  if (focus) restoreFocus($<HTMLOListElement>('#chosen'), focus);
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

/** Shows a check's problems (an upload's instead, until the next edit). */
function showCheck(builder: BuilderController, checked: CheckedState): ShownProblems {
  const fields = builder.problemsShown;
  const problems = builder.uploadProblems ?? checked.problems;
  return showProblems(problems, checked.warnings, Boolean(builder.uploadProblems), (field) => fields === 'all' || fields.has(field));
}

/** The parts of the form drawn from the state: the rows (when asked), the chapter list, the accent, the logo and the vision's note. */
function drawFromState(builder: BuilderController, rows: boolean): void {
  const { state } = builder;
  if (rows) {
    renderRows($('#others'), 'others', OTHER_FIELDS, state.standards.others, 'Standard');
    renderRows($('#empowerment'), 'empowerment', ROW_FIELDS, state.empowerment, 'Row');
  }
  builder.priorities.render(state.priorities, $<HTMLInputElement>('#library-filter').value);
  showAccent(state.accent);
  showLogo(state);
  const sentences = countSentences(state.vision);
  $('#vision-note').textContent = state.vision.trim() === '' ? 'One sentence works best.' : sentences > 1 ? `That is ${sentences} sentences; one is easier to remember and quote.` : 'One sentence: good.';
}

/** Enables the downloads a checked config allows, then shows its handbook in the preview with one handout button per chapter. */
async function updatePreview(builder: BuilderController, run: number, latest: () => boolean): Promise<void> {
  const { checked, preview } = builder;
  enableDownloads(checked);
  if (!checked.config) {
    $('#preview-status').textContent = waitingFor(builder.shown);
    $('#handouts').replaceChildren(el('li', { class: 'meta' }, 'Handouts appear once the form has no problems.'));
    return;
  }
  const current = checked as CheckedConfig;
  const { state } = builder;
  const logoName = state.logo?.name;
  const shown = await preview.show(
    {
      config: current.config,
      logoKey: state.logo ? `${state.logo.name}\0${state.logo.base64}` : '',
      render: async (config) => renderHtml(await buildFromChecked(builder.data.library, { ...current, config }, logoName)),
    },
    latest,
  );
  if (!shown) return;
  preview.frame()!.dataset.version = String(run);
  const chapters = current.config.priorities.map((id) => builder.titles.get(id) ?? id);
  // The notes are counted from the latest check, which a change while the preview rendered may have replaced.
  const { warnings } = builder.checked;
  $('#preview-status').textContent = `Preview: ${chapters.length} chapter${chapters.length === 1 ? '' : 's'}${warnings.length > 0 ? `; ${warnings.length} note${warnings.length === 1 ? '' : 's'} in the form` : ''}.`;
  $('#handouts').replaceChildren(
    ...chapters.map((title, i) => el('li', {}, el('button', { type: 'button', class: 'link-button', 'data-handout': String(i) }, `Handout ${i + 1}: ${title}`))),
  );
}

/** What the preview waits for: the fields still to fill in (their problems not shown yet), and the problems marked. */
function waitingFor({ marked, stillToFill }: ShownProblems): string {
  if (stillToFill.length === 0) return 'The preview updates when the problems marked in the form are fixed.';
  return `The preview appears once ${marked ? 'the problems marked in the form are fixed and ' : ''}these are filled in: ${stillToFill.join(', ')}.`;
}

/** The handbook downloads and Print need a config without problems; the calendar also needs the first session's date. */
function enableDownloads(checked: CheckedState): void {
  const ready = checked.config;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]:not([data-download="config"]), #print')) button.disabled = !ready;
  $<HTMLButtonElement>('#download-ics').disabled = !ready || !checked.config?.training?.start;
  $('#ics-note').hidden = Boolean(checked.config?.training?.start);
}
