/**
 * Where a /build/ form's content comes from: last time's draft or the self-assessment's hand-over
 * on load; an example, a blank form or an uploaded config.yaml when the user starts again. Anything
 * that would replace a draft with content asks first.
 */
import type { Problem } from '../../core/problems.ts';
import { $, type BuilderController } from './builder-controller.ts';
import { loadDraft } from './draft.ts';
import { showProblems } from './form-notes.ts';
import { loadDownloads } from './download-buttons.ts';
import { readHandOver } from './hand-over.ts';
import { blankState, isBlankState, type BuilderState } from './state.ts';

export interface StartAgain {
  /** Runs `action` at once on an empty form, or after the user says yes to `question`. */
  replaceDraft(question: string, action: () => void): void;
  /** Loads `next` as a fresh start, says `message`, and shows an upload's `problems` beside the fields. */
  startFrom(next: BuilderState, message: string, problems?: Problem[]): void;
}

/** The confirm dialog, and the buttons that start from an example, a blank form, or over. */
export function wireStartAgain(builder: BuilderController): StartAgain {
  let pending: (() => void) | undefined;
  const replaceDraft = (question: string, action: () => void) => {
    if (isBlankState(builder.state)) return action();
    pending = action;
    $('#confirm-text').textContent = question;
    $('#confirm').hidden = false;
    $('#confirm-no').focus();
  };
  $('#confirm-yes').addEventListener('click', () => {
    $('#confirm').hidden = true;
    pending?.();
    pending = undefined;
  });
  $('#confirm-no').addEventListener('click', () => {
    $('#confirm').hidden = true;
    pending = undefined;
    builder.status('Your draft is unchanged.');
  });
  const startFrom = (next: BuilderState, message: string, problems?: Problem[]) => {
    builder.uploadProblems = problems && problems.length > 0 ? problems : undefined;
    // An example or a file shows what is wrong with it at once; a blank form waits for typing.
    builder.problemsShown = isBlankState(next) ? new Set() : 'all';
    builder.load(next);
    builder.status(message);
    $('#company').focus();
  };
  const { examples } = builder.data;
  const { today } = builder;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-start]')) {
    button.addEventListener('click', () => {
      const example = examples.find((e) => e.id === button.dataset.start);
      replaceDraft(`Replace your draft with ${example ? 'the example' : 'a blank form'}? Your current draft will be lost unless you have downloaded config.yaml.`, () =>
        startFrom(example ? structuredClone(example.state) : blankState(today), example ? `Started from ${example.label.toLowerCase()}.` : 'Started a blank form.'),
      );
    });
  }
  $('#start-over').addEventListener('click', () =>
    replaceDraft('Start over with a blank form? Your current draft will be lost unless you have downloaded config.yaml.', () => startFrom(blankState(today), 'Started over with a blank form.')),
  );
  return { replaceDraft, startFrom };
}

/** Opening a config.yaml: a file too big to be one is refused unread; one that cannot be read leaves the draft as it was. */
export function wireUpload(builder: BuilderController, { replaceDraft, startFrom }: StartAgain): void {
  $<HTMLInputElement>('#upload').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 256 * 1024) return builder.status(`${file.name} is ${Math.round(file.size / 1024)} KB; a handbook config is a few KB. Choose the config.yaml file.`);
    const text = await file.text();
    const { checkConfigText, logoNamed, stateFromConfigText } = await loadDownloads();
    const problems = checkConfigText(file.name, text, builder.data.library).problems;
    const next = stateFromConfigText(text);
    replaceDraft(`Replace your draft with ${file.name}?`, () => {
      if (!next) {
        builder.uploadProblems = problems;
        showProblems(problems, [], true);
        return builder.status(`${file.name} could not be read as a config; your draft is unchanged.`);
      }
      const logo = logoNamed(text);
      const logoNote = logo ? ` It names the logo “${logo}”: choose that file under Logo to put it on the cover.` : '';
      startFrom(next, `${problems.length > 0 ? `Opened ${file.name}: it has ${problems.length} problem${problems.length === 1 ? '' : 's'}, shown beside the fields.` : `Opened ${file.name}.`}${logoNote}`, problems);
    });
  });
}

/** The form on arrival: the self-assessment's hand-over (over the saved draft), else the saved draft, else blank. */
export function restoreDraft(builder: BuilderController): void {
  const { titles } = builder;
  const saved = loadDraft(localStorage, builder.today);
  const handOver = readHandOver(location, titles);
  // Last time's draft shows what is still wrong with it; a blank form, or one the self-assessment
  // only put chapters and a name into, waits for typing.
  builder.problemsShown = saved.status === 'saved' && !handOver && !isBlankState(saved.state) ? 'all' : new Set();
  if (handOver) {
    history.replaceState(null, '', location.pathname + location.search);
    builder.load({ ...saved.state, priorities: handOver.priorities, ...(handOver.company ? { company: handOver.company } : {}) });
    builder.status(`Took ${handOver.priorities.length} priorities${handOver.company ? ` and the company name` : ''} from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.`);
  } else {
    builder.load(saved.state);
    if (saved.status === 'saved') builder.status('Your draft from last time is back. “Start over” at the end clears it.');
  }
  if (saved.status === 'unreadable') {
    builder.status(`A saved draft in this browser could not be read, so the form starts blank. The old draft is kept under the name “${saved.setAsideKey}” in this site's storage, not deleted.`);
  }
}
