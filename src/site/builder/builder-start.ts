/**
 * Where a /build/ form's content comes from: last time's draft or the self-assessment's hand-over
 * on load; an example, a blank form or an uploaded settings file when the user starts again.
 * Anything that would replace a draft with content asks first, and once done can be undone from
 * the status line.
 */
import type { Problem } from '../../core/problems.ts';
import { fill, list, plural } from '../../i18n/format.ts';
import { pageLanguage, pageWords } from './page-words.ts';
import { el } from '../assess/dom.ts';
import { $, roleNames, type BuilderController } from './builder-controller.ts';
import { loadDraft } from './draft.ts';
import { wordForTheForm } from './form-wording.ts';
import { loadDownloads } from './download-buttons.ts';
import { applyHandOver, handOverConflict, readHandOver, type HandOver } from './hand-over.ts';
import { blankState, isBlankState, type BuilderState } from './state.ts';
import { fitOwnWords } from './own-words-state.ts';
import type { Library } from '../../core/library/library.ts';

const w = pageWords;
const say = () => w().builder.start;

/** One answer to a question the builder asks before it changes a draft. */
interface Choice {
  label: string;
  run: () => void;
}

export interface StartAgain {
  /** Shows `question` with a button per choice; focus goes to the question, or to the last choice (the one that keeps the draft). */
  ask(question: string, choices: Choice[], focus: 'question' | 'keep'): void;
  /** Runs `action` at once on an empty form, or after the user says yes to `question`. */
  replaceDraft(question: string, action: () => void): void;
  /** Loads `next` as a fresh start, says `message` with an Undo, and shows an upload's `problems` beside the fields. */
  startFrom(next: BuilderState, message: string, problems?: Problem[], file?: string): void;
}

/** The question box, and the buttons that start from an example, a blank form, or over. */
export function wireStartAgain(builder: BuilderController): StartAgain {
  const box = $('#confirm');
  const ask: StartAgain['ask'] = (question, choices, focus) => {
    $('#confirm-text').textContent = question;
    const buttons = choices.map(({ label, run }, i) => {
      const button = el('button', { type: 'button', class: i === 0 ? 'button' : 'button secondary' }, label);
      button.addEventListener('click', () => {
        box.hidden = true;
        run();
        // The question is gone: focus goes on to the status line (and its Undo) unless the choice put it somewhere.
        if (document.activeElement === document.body || box.contains(document.activeElement))
          $('#status').focus();
      });
      return button;
    });
    $('#confirm-choices').replaceChildren(...buttons);
    box.hidden = false;
    (focus === 'question' ? $('#confirm-text') : buttons.at(-1)!).focus();
  };
  const replaceDraft: StartAgain['replaceDraft'] = (question, action) => {
    if (isBlankState(builder.state)) return action();
    ask(
      question,
      [
        { label: say().replace, run: action },
        { label: say().keep, run: () => builder.status(say().unchanged) },
      ],
      'keep',
    );
  };
  const startFrom: StartAgain['startFrom'] = (next, message, problems, file) => {
    const undo = undoReplacement(builder);
    builder.uploadProblems = problems && problems.length > 0 ? { problems, file: file ?? '' } : undefined;
    // An example or a file shows what is wrong with it at once; a blank form waits for typing.
    builder.problemsShown = isBlankState(next) ? new Set() : 'all';
    builder.load(next);
    builder.status(message, undo);
    $('#company').focus();
  };
  const { examples } = builder.data;
  const { today } = builder;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-start]')) {
    button.addEventListener('click', () => {
      const example = examples.find((e) => e.id === button.dataset.start);
      replaceDraft(example ? say().replaceWithExample : say().replaceWithBlank, () =>
        startFrom(
          // An example's handbook is in the page's language, as a blank form's is.
          example
            ? { ...structuredClone(example.state), language: pageLanguage() }
            : blankState(today, pageLanguage()),
          example ? w().builder.examples[example.id].started : say().startedBlank,
        ),
      );
    });
  }
  $('#start-over').addEventListener('click', () =>
    replaceDraft(say().startOverQuestion, () =>
      startFrom(blankState(today, pageLanguage()), say().startedOver),
    ),
  );
  return { ask, replaceDraft, startFrom };
}

/** An Undo that puts the current draft back as it is now, or none when the form is blank (nothing to lose). */
function undoReplacement(builder: BuilderController) {
  const previous = builder.state;
  const shown = builder.problemsShown;
  if (isBlankState(previous)) return undefined;
  return {
    label: say().undo,
    run: () => {
      builder.uploadProblems = undefined;
      builder.problemsShown = shown;
      builder.load(previous);
      builder.status(say().draftBack);
      $('#status').focus();
    },
  };
}

/** Opening a saved settings file: one too big to be one is refused unread; one that cannot be read leaves the draft as it was. */
export function wireUpload(builder: BuilderController, { replaceDraft, startFrom }: StartAgain): void {
  $<HTMLInputElement>('#upload').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 256 * 1024)
      return builder.status(
        fill(w().locale, say().fileTooBig, { file: file.name, size: String(Math.round(file.size / 1024)) }),
      );
    const text = await file.text();
    const { checkConfigText, logoNamed, stateFromConfigText } = await loadDownloads();
    const read = stateFromConfigText(text);
    // A file with Markdown of its own is checked with the parser for it, as the command line checks it.
    if (read) await builder.readyToCheck(read);
    const { library } = builder.data;
    const problems = checkConfigText(file.name, text, library).problems;
    const next = read && fitToLibrary(read, library);
    replaceDraft(fill(w().locale, say().replaceWithFile, { file: file.name }), () => {
      if (!next) {
        builder.uploadProblems = { problems, file: file.name };
        builder.refresh({ rows: false });
        return builder.status(fill(w().locale, say().fileUnreadable, { file: file.name }));
      }
      const logo = logoNamed(text);
      // Counted as the form says them (a row's missing parts are one sentence), so the number matches what shows.
      const shown = wordForTheForm(problems, [], {
        titles: builder.titles,
        priorities: next.priorities,
        roles: roleNames(builder),
        file: file.name,
      }).length;
      const opened =
        shown > 0
          ? plural(w().locale, shown, say().openedWithProblems, { file: file.name })
          : fill(w().locale, say().opened, { file: file.name });
      const message = logo
        ? fill(w().locale, say().sentences, {
            first: opened,
            second: fill(w().locale, say().openedLogo, { logo, field: w().builder.fields['branding.logo'] }),
          })
        : opened;
      startFrom(next, message, problems, file.name);
    });
  });
}

/** An opened file's state with only the role titles and plays left out that the form has boxes for. */
function fitToLibrary(state: BuilderState, library: Library): BuilderState {
  return {
    ...state,
    ...fitOwnWords(state, {
      roleIds: library.roles.map((r) => r.id),
      playIds: (id) => library.modes.find((m) => m.id === id)?.plays.map((p) => p.id),
    }),
  };
}

/** The form on arrival: the saved draft (or a blank one), then the self-assessment's hand-over, asked about when it would overwrite the draft. */
export function restoreDraft(builder: BuilderController, start: StartAgain): void {
  const saved = loadDraft(localStorage, builder.today, pageLanguage());
  const handOver = readHandOver(location, builder.titles);
  // Last time's draft shows what is still wrong with it; a blank form, or one the self-assessment
  // only put chapters and a name into, waits for typing.
  builder.problemsShown = saved.status === 'saved' && !isBlankState(saved.state) ? 'all' : new Set();
  builder.load(saved.state);
  if (saved.status === 'unreadable') {
    builder.status(fill(w().locale, say().draftUnreadable, { key: saved.setAsideKey }));
  } else if (saved.status === 'saved' && !handOver) {
    builder.status(
      fill(w().locale, say().draftRestored, {
        startOver: fill(w().locale, w().quoted, { text: w().builder.page.startOver }),
      }),
    );
  }
  if (handOver) takeHandOver(builder, start, handOver);
}

/** Takes the hand-over at once into a draft it would not overwrite; otherwise asks: replace, keep, or merge. */
function takeHandOver(builder: BuilderController, start: StartAgain, handOver: HandOver): void {
  const { titles } = builder;
  const draft = builder.state;
  const conflict = handOverConflict(draft, handOver);
  const forgetLink = () => history.replaceState(null, '', location.pathname + location.search);
  const take = (how: 'replace' | 'merge') => {
    forgetLink();
    const undo = conflict.chapters || conflict.company ? undoReplacement(builder) : undefined;
    const before = builder.state.priorities.length;
    builder.load(applyHandOver(builder.state, handOver, how));
    const added = builder.state.priorities.length - before;
    builder.status(
      how === 'replace'
        ? plural(
            w().locale,
            handOver.priorities.length,
            handOver.company ? say().handOverTakenWithCompany : say().handOverTaken,
          )
        : plural(w().locale, added, say().handOverMerged),
      undo,
    );
  };
  if (!conflict.chapters && !conflict.company) return take('replace');
  const chapters = list(
    w().locale,
    handOver.priorities.map((id) => fill(w().locale, w().quoted, { text: titles.get(id) ?? id })),
  );
  const n = handOver.priorities.length;
  const brings = handOver.company
    ? plural(w().locale, n, say().handOverBringsWithCompany, { chapters, company: handOver.company })
    : plural(w().locale, n, say().handOverBrings, { chapters });
  const company = draft.company.trim();
  const mine = conflict.chapters
    ? plural(
        w().locale,
        draft.priorities.length,
        conflict.company ? say().draftHasBoth : say().draftHasChapters,
        {
          company,
        },
      )
    : fill(w().locale, say().draftHasCompany, { company });
  start.ask(
    fill(w().locale, say().handOverQuestion, { brings, draft: mine }),
    [
      { label: say().replace, run: () => take('replace') },
      { label: say().merge, run: () => take('merge') },
      {
        label: say().keep,
        run: () => {
          forgetLink();
          builder.status(say().handOverKept);
        },
      },
    ],
    'question',
  );
}
