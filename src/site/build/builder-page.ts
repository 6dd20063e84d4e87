/**
 * The /build/ page in the browser: the form is the handbook config. Every edit writes the state as
 * config YAML, checks it with the CLI's own checker, saves the draft, and (debounced) renders the
 * preview with the CLI's own renderer. Nothing is sent anywhere.
 */
import type { Problem } from '../../core/problems.ts';
import { download, el, localDate } from '../assess/dom.ts';
import { loadDraft, saveDraft } from './draft.ts';
import { CONFIG_NAME, buildFromChecked, checkState, countSentences, renderHtml, type CheckedState } from './outputs.ts';
import { provideParsedBodies } from './parsed-bodies.ts';
import { mountPreview } from './preview.ts';
import type { BuilderData } from './page-data.ts';
import { mountPriorities, restoreFocus } from './priorities-view.ts';
import { readHandOver } from './hand-over.ts';
import { readRows, renderRows } from './rows-view.ts';
import { blankState, type BuilderState } from './state.ts';
import { readForm, writeForm } from './form.ts';
import { showAccent, showLogo, showProblems } from './form-notes.ts';

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const OTHER_FIELDS = [{ key: 'name' as const, label: 'Standard' }, { key: 'value' as const, label: 'Promise' }];
const ROW_FIELDS = [{ key: 'role' as const, label: 'Role' }, { key: 'decision' as const, label: 'Decision' }, { key: 'limit' as const, label: 'Limit' }];
/** Time between the last keystroke and the preview's update: short, so the preview keeps up with typing. */
const PREVIEW_DELAY_MS = 10;

/** Markdown, handouts, calendar and config.yaml (with the yaml library): fetched on the first download or upload. */
const downloads = () => import('./downloads.ts');

export function startBuilderPage(): void {
  const data = JSON.parse($('#builder-data').textContent ?? '{}') as BuilderData;
  const { library } = data;
  provideParsedBodies(library.modes.map((m) => ({ path: m.file, body: m.body, tree: data.bodyTrees[m.file]! })));
  const titles = new Map(library.modes.map((m) => [m.id, m.title]));
  const today = localDate();
  const form = $<HTMLFormElement>('#builder');
  const preview = mountPreview($('#preview-slot'));
  let state: BuilderState;
  let checked: CheckedState;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let previewRun = 0;
  let uploadProblems: Problem[] | undefined;

  const status = (text: string) => ($('#status').textContent = text);
  const announce = (text: string) => {
    // Cleared first, so the same sentence twice is read twice.
    $('#order-status').textContent = '';
    requestAnimationFrame(() => ($('#order-status').textContent = text));
  };

  const priorities = mountPriorities(library.modes, $<HTMLOListElement>('#chosen'), $<HTMLUListElement>('#library-list'), announce, (next, focus) => {
    state = { ...state, priorities: next };
    refresh({ rows: false });
    if (focus) restoreFocus($<HTMLOListElement>('#chosen'), focus);
  });

  /** Puts a whole state into the form (on load and on every fresh start). */
  const load = (next: BuilderState) => {
    state = next;
    writeForm(form, state);
    refresh({ rows: true });
  };

  /** After any change: draw the parts made from state, check, save, and schedule the preview. */
  const refresh = ({ rows }: { rows: boolean }) => {
    if (rows) {
      renderRows($('#others'), 'others', OTHER_FIELDS, state.standards.others, 'Standard');
      renderRows($('#empowerment'), 'empowerment', ROW_FIELDS, state.empowerment, 'Row');
    }
    priorities.render(state.priorities, $<HTMLInputElement>('#library-filter').value);
    showAccent(state.accent);
    showLogo(state);
    const sentences = countSentences(state.vision);
    $('#vision-note').textContent = state.vision.trim() === '' ? 'One sentence works best.' : sentences > 1 ? `That is ${sentences} sentences; one is easier to remember and quote.` : 'One sentence: good.';
    checked = checkState(state, library);
    showProblems(uploadProblems ?? checked.problems, checked.warnings, Boolean(uploadProblems));
    if (!saveDraft(localStorage, state)) status('This browser would not save the draft (private browsing or full storage): download config.yaml to keep your work.');
    schedulePreview();
  };

  const schedulePreview = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void updatePreview(), PREVIEW_DELAY_MS);
  };

  const updatePreview = async () => {
    const run = ++previewRun;
    const ready = checked.config;
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]:not([data-download="config"]), #print')) button.disabled = !ready;
    $<HTMLButtonElement>('#download-ics').disabled = !ready || !checked.config?.training?.start;
    $('#ics-note').hidden = Boolean(checked.config?.training?.start);
    if (!checked.config) {
      $('#preview-status').textContent = 'The preview updates when the problems marked in the form are fixed.';
      $('#handouts').replaceChildren(el('li', { class: 'meta' }, 'Handouts appear once the form has no problems.'));
      return;
    }
    const current = checked as CheckedState & { config: NonNullable<CheckedState['config']> };
    const logoName = state.logo?.name;
    const shown = await preview.show(
      {
        config: current.config,
        logoKey: state.logo ? `${state.logo.name}\0${state.logo.base64}` : '',
        render: async (config) => renderHtml(await buildFromChecked(library, { ...current, config }, logoName)),
      },
      () => run === previewRun,
    );
    if (!shown) return;
    preview.frame()!.dataset.version = String(run);
    const chapters = current.config.priorities.map((id) => titles.get(id) ?? id);
    $('#preview-status').textContent = `Preview: ${chapters.length} chapter${chapters.length === 1 ? '' : 's'}${checked.warnings.length > 0 ? `; ${checked.warnings.length} note${checked.warnings.length === 1 ? '' : 's'} in the form` : ''}.`;
    $('#handouts').replaceChildren(
      ...chapters.map((title, i) => el('li', {}, el('button', { type: 'button', class: 'link-button', 'data-handout': String(i) }, `Handout ${i + 1}: ${title}`))),
    );
  };

  /** The handbook for the current state, built afresh for a download so it is never stale. */
  const currentHandbook = async () => {
    const current = checkState(state, library);
    if (!current.config) return undefined;
    return { handbook: await buildFromChecked(library, current as CheckedState & { config: NonNullable<CheckedState['config']> }, state.logo?.name), config: current.config };
  };

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'library-filter') {
      priorities.render(state.priorities, (target as HTMLInputElement).value);
      return;
    }
    if (target.id === 'logo') return;
    uploadProblems = undefined;
    state = readForm(form, state, readRows($('#others'), OTHER_FIELDS), readRows($('#empowerment'), ROW_FIELDS));
    refresh({ rows: false });
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'logo') void readLogo(event.target as HTMLInputElement);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const remove = target.closest<HTMLButtonElement>('button[data-remove]');
    if (remove) {
      const kind = remove.closest<HTMLElement>('.rows')!.dataset.kind;
      const i = Number(remove.dataset.remove);
      state = kind === 'others' ? { ...state, standards: { ...state.standards, others: state.standards.others.filter((_, j) => j !== i) } } : { ...state, empowerment: state.empowerment.filter((_, j) => j !== i) };
      refresh({ rows: true });
      status(kind === 'others' ? `Standard ${i + 1} removed.` : `Row ${i + 1} removed.`);
      (kind === 'others' ? $('#add-other') : $('#add-row')).focus();
    }
  });
  $('#add-other').addEventListener('click', () => {
    state = { ...state, standards: { ...state.standards, others: [...state.standards.others, { name: '', value: '' }] } };
    refresh({ rows: true });
    document.querySelector<HTMLInputElement>(`#others-${state.standards.others.length - 1}-name`)?.focus();
  });
  $('#add-row').addEventListener('click', () => {
    state = { ...state, empowerment: [...state.empowerment, { role: '', decision: '', limit: '' }] };
    refresh({ rows: true });
    document.querySelector<HTMLInputElement>(`#empowerment-${state.empowerment.length - 1}-role`)?.focus();
  });
  $('#logo-remove').addEventListener('click', () => {
    const { logo: _removed, ...rest } = state;
    $<HTMLInputElement>('#logo').value = '';
    load(rest);
    status('Logo removed.');
    $('#logo').focus();
  });

  const readLogo = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Read at most one byte over the limit: the checker then names the size without reading a huge file.
    const bytes = new Uint8Array(await file.slice(0, 1024 * 1024 + 1).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    uploadProblems = undefined;
    state = { ...state, logo: { name: file.name, base64: btoa(binary) } };
    refresh({ rows: false });
    status(checked.problems.some((p) => p.field === 'branding.logo') ? 'The logo was not accepted; see the note beside it.' : `Logo ${file.name} added.`);
  };

  // Starting again: anything that replaces a draft with content asks first.
  let pending: (() => void) | undefined;
  const replaceDraft = (question: string, action: () => void) => {
    const empty = JSON.stringify(state) === JSON.stringify(blankState(state.date));
    if (empty) return action();
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
    status('Your draft is unchanged.');
  });
  const startFrom = (next: BuilderState, message: string, problems?: Problem[]) => {
    uploadProblems = problems && problems.length > 0 ? problems : undefined;
    load(next);
    status(message);
    $('#company').focus();
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-start]')) {
    button.addEventListener('click', () => {
      const example = data.examples.find((e) => e.id === button.dataset.start);
      replaceDraft(`Replace your draft with ${example ? 'the example' : 'a blank form'}? Your current draft will be lost unless you have downloaded config.yaml.`, () =>
        startFrom(example ? structuredClone(example.state) : blankState(today), example ? `Started from ${example.label.toLowerCase()}.` : 'Started a blank form.'),
      );
    });
  }
  $('#start-over').addEventListener('click', () =>
    replaceDraft('Start over with a blank form? Your current draft will be lost unless you have downloaded config.yaml.', () => startFrom(blankState(today), 'Started over with a blank form.')),
  );
  $<HTMLInputElement>('#upload').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 256 * 1024) return status(`${file.name} is ${Math.round(file.size / 1024)} KB; a handbook config is a few KB. Choose the config.yaml file.`);
    const text = await file.text();
    const { checkConfigText, logoNamed, stateFromConfigText } = await downloads();
    const problems = checkConfigText(file.name, text, library).problems;
    const next = stateFromConfigText(text);
    replaceDraft(`Replace your draft with ${file.name}?`, () => {
      if (!next) {
        uploadProblems = problems;
        showProblems(problems, [], true);
        return status(`${file.name} could not be read as a config; your draft is unchanged.`);
      }
      const logo = logoNamed(text);
      const logoNote = logo ? ` It names the logo “${logo}”: choose that file under Logo to put it on the cover.` : '';
      startFrom(next, `${problems.length > 0 ? `Opened ${file.name}: it has ${problems.length} problem${problems.length === 1 ? '' : 's'}, shown beside the fields.` : `Opened ${file.name}.`}${logoNote}`, problems);
    });
  });

  $('#print').addEventListener('click', () => preview.frame()?.contentWindow?.print());
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download], button[data-handout]');
    if (!button) return;
    const kind = button.dataset.download;
    const { configYaml, renderCalendar, renderHandouts, renderMarkdown } = await downloads();
    if (kind === 'config') return download(CONFIG_NAME, configYaml(state, titles), 'application/yaml');
    const made = await currentHandbook();
    if (!made) return status('Fix the problems marked in the form first.');
    if (kind === 'html') download('handbook.html', renderHtml(made.handbook), 'text/html');
    if (kind === 'md') download('handbook.md', renderMarkdown(made.handbook), 'text/markdown');
    if (kind === 'ics') {
      const calendar = renderCalendar(made.handbook, made.config);
      if (calendar) download('training-plan.ics', calendar, 'text/calendar');
    }
    if (button.dataset.handout !== undefined) {
      const handout = renderHandouts(made.handbook, made.config)[Number(button.dataset.handout)];
      if (handout) download(`${handout.name.replace('handouts/', '')}.html`, handout.html, 'text/html');
    }
  });

  for (const node of document.querySelectorAll<HTMLElement>('.js-only')) node.hidden = false;
  const saved = loadDraft(localStorage, today);
  const handOver = readHandOver(location, titles);
  if (handOver) {
    history.replaceState(null, '', location.pathname + location.search);
    load({ ...saved.state, priorities: handOver.priorities, ...(handOver.company ? { company: handOver.company } : {}) });
    status(`Took ${handOver.priorities.length} priorities${handOver.company ? ` and the company name` : ''} from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.`);
  } else {
    load(saved.state);
    if (saved.status === 'saved') status('Your draft from last time is back. “Start over” at the end clears it.');
  }
  if (saved.status === 'unreadable') {
    status(`A saved draft in this browser could not be read, so the form starts blank. The old draft is kept under the name “${saved.setAsideKey}” in this site's storage, not deleted.`);
  }
}
