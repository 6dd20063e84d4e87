/**
 * The /assess/ page in the browser: the quick scan (one headline statement per mode), the deep dive,
 * results, the answer code to send to a team, and downloads. Scoring and codes come from src/core,
 * exactly as `playbook assess` uses them. The results (scoring, ties, the code), the team view, the
 * YAML writer and the file reader (with zod) are loaded only when someone uses them, so a first
 * visit stays small.
 */
import { MIN_PEOPLE } from '../../core/assessment/limits.ts';
import { fill, plural } from '../../i18n/format.ts';
import type { Language } from '../../i18n/index.ts';
import { download, localDate } from './dom.ts';
import { applyDraft, asAnswers, clearDraft, loadDraft, readForm, saveDraft, type Draft } from './draft.ts';
import { showDeeper, showProgress } from './form-view.ts';
import { $, copyText, loadViewData, type PageData } from './page-data.ts';
import type { ResultsView } from './results-page.ts';

/** What every part of the page works with: the model, the form, the draft's browser-only state, and the results once loaded. */
interface Page {
  data: PageData;
  form: HTMLFormElement;
  kept: Pick<Draft, 'deeper' | 'full'> & { id: string };
  current: () => Draft;
  update: () => void;
  results: () => Promise<ResultsView>;
}

const note = (selector: string, text: string) => ($(selector).textContent = text);

export function startAssessmentPage(): void {
  const data = JSON.parse($('#assessment-data').textContent ?? '{}') as PageData;
  const form = $<HTMLFormElement>('#assessment');
  const results = $('#results');
  const saved = loadDraft();
  const kept = {
    id: saved.respondent.id,
    deeper: Array.isArray(saved.deeper) ? saved.deeper.filter((id) => typeof id === 'string') : [],
    full: saved.full === true,
  };
  const current = () => readForm(form, kept);
  let view: ResultsView | undefined;
  let loading: Promise<ResultsView> | undefined;
  const update = () => {
    const draft = current();
    showProgress(data, draft, saveDraft(draft));
    showDeeper(data, draft);
    if (!results.hidden) view?.render(draft);
  };
  const loadResults = () =>
    (loading ??= Promise.all([import('./results-page.ts'), loadViewData(data)]).then(
      ([m, viewData]) =>
        (view = m.createResultsView({
          data: viewData,
          form,
          kept,
          current,
          update,
          topCount,
          configOptions,
        })),
    ));
  const page: Page = { data, form, kept, current, update, results: loadResults };

  for (const node of document.querySelectorAll<HTMLElement>('.js-only'))
    if (node.id !== 'confirm-clear') node.hidden = false;
  // Restore before listening, so putting answers back does not count as a change.
  applyDraft(form, saved);
  showProgress(data, current(), true);
  showDeeper(data, current());
  form.addEventListener('change', update);
  // Someone answering will want results: fetch their code while they answer, not when they ask.
  form.addEventListener('change', () => void loadResults(), { once: true });
  $('#top-count').addEventListener('change', update);
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).type === 'text') update();
  });
  $('#show-results').addEventListener('click', async () => {
    await loadResults();
    results.hidden = false;
    update();
    $('#results-title').focus();
  });
  $('#show-all').addEventListener('click', () => {
    kept.full = !kept.full;
    update();
  });
  $('#go-deeper-button').addEventListener('click', async () => (await loadResults()).goDeeper());
  bindStartOver(page);
  bindSharing(data);
  bindDownloads(page);
  bindTeam(page);
}

function bindStartOver({ data, form, kept, current }: Page): void {
  const confirm = $('#confirm-clear');
  $('#start-over').addEventListener('click', () => {
    confirm.hidden = false;
    $('#confirm-no').focus();
  });
  $('#confirm-no').addEventListener('click', () => {
    confirm.hidden = true;
    $('#start-over').focus();
  });
  $('#confirm-yes').addEventListener('click', () => {
    form.reset();
    clearDraft();
    Object.assign(kept, { deeper: [], full: false });
    confirm.hidden = true;
    $('#results').hidden = true;
    showDeeper(data, current());
    showProgress(data, current(), true);
    const { locale, assess } = data.words;
    const progress = fill(locale, assess.form.progress, { answered: 0, total: data.modes.length });
    note('#progress-text', fill(locale, assess.form.cleared, { progress }));
    form.querySelector<HTMLInputElement>('input[name="role"]')!.focus();
  });
}

function bindSharing({ words: { locale, assess } }: PageData): void {
  const words = assess.form;
  const code = $<HTMLTextAreaElement>('#answer-code');
  const link = () => `${location.origin}${location.pathname}#code=${code.value}`;
  $('#copy-code').addEventListener('click', async () => {
    const copied = await copyText(code.value, code);
    note('#share-note', copied ? words.codeCopied : words.codeSelected);
  });
  $('#copy-link').addEventListener('click', async () => {
    const copied = await copyText(link());
    note(
      '#share-note',
      copied
        ? fill(locale, words.linkCopied, { min: MIN_PEOPLE })
        : fill(locale, words.copyThisLink, { link: link() }),
    );
  });
}

function bindDownloads({ data, form, current, results }: Page): void {
  const { locale, assess } = data.words;
  $('#download-config').addEventListener('click', async () => (await results()).downloadConfig());
  $('#export-answers').addEventListener('click', () => {
    const draft = current();
    if (!draft.respondent.role) {
      note('#results-note', assess.form.roleFirst);
      form.querySelector<HTMLInputElement>('input[name="role"]')!.focus();
      return;
    }
    download(
      `answers-${draft.respondent.role}.json`,
      JSON.stringify(asAnswers(draft), null, 2) + '\n',
      'application/json',
    );
    const statements = Object.values(draft.answers).reduce((s, q) => s + Object.keys(q).length, 0);
    note('#results-note', plural(locale, statements, assess.form.exported));
  });
  $('#print-results').addEventListener('click', () => printAs('results'));
}

/** The team view loads on first use, or at once when a link brought a code or codes were kept. */
function bindTeam({ data, current }: Page): void {
  let team: Promise<import('./team-view.ts').TeamView> | undefined;
  const teamView = () =>
    (team ??= Promise.all([import('./team-view.ts'), loadViewData(data)]).then(([m, viewData]) =>
      m.createTeamView(viewData, { configOptions, printAs, fallbackCompany: () => current().company }),
    ));
  $('#add-codes').addEventListener('click', async () =>
    (await teamView()).addCodes($<HTMLTextAreaElement>('#team-codes').value, 'paste'),
  );
  $('#add-mine').addEventListener('click', async () => {
    const draft = current();
    if (!draft.respondent.role) return note('#team-status', data.words.assess.form.roleFirstMine);
    const [view, { encodeAnswerCode }] = await Promise.all([
      teamView(),
      import('../../core/assessment/code.ts'),
    ]);
    view.addCodes(encodeAnswerCode(data, asAnswers(draft)), 'mine');
  });
  $<HTMLInputElement>('#team-files').addEventListener('change', async (event) =>
    (await teamView()).addFiles([...((event.target as HTMLInputElement).files ?? [])]),
  );
  /** A link `#code=…` adds that person's answers to this browser's team view. */
  const openLinkedCode = () => {
    const linked = /^#code=(.+)$/.exec(location.hash)?.[1];
    if (!linked) return false;
    history.replaceState(null, '', location.pathname + location.search + '#team');
    let code = linked;
    try {
      code = decodeURIComponent(linked);
    } catch {
      // A mangled link: the code reader reports what is wrong with it.
    }
    void teamView().then((view) => {
      view.addCodes(code, 'link');
      $('#team').scrollIntoView();
    });
    return true;
  };
  window.addEventListener('hashchange', openLinkedCode);
  if (!openLinkedCode() && hasKeptTeam()) void teamView();
}

function hasKeptTeam(): boolean {
  try {
    return Boolean(localStorage.getItem('service-playbook:team:v1'));
  } catch {
    return false;
  }
}

function printAs(mode: 'results' | 'team') {
  document.body.classList.add(`printing-${mode}`);
  window.print();
  document.body.classList.remove(`printing-${mode}`);
}

const topCount = () => Number($<HTMLSelectElement>('#top-count').value) || 5;

/** Config options for a download: the chosen chapter count, today's date, a first session on the next Monday at least a week away, and the page's language. */
function configOptions(company: string | undefined, basis: string) {
  const today = new Date();
  const start = new Date(today);
  start.setDate(today.getDate() + 7 + ((8 - today.getDay()) % 7));
  return {
    ...(company ? { company } : {}),
    top: topCount(),
    date: localDate(today),
    trainingStart: localDate(start),
    cadence: 'weekly' as const,
    basis,
    // The page's language is the handbook's: a team answering in German gets a German handbook.
    language: document.documentElement.lang as Language,
  };
}

export type ConfigOptionsFor = typeof configOptions;
export type PrintAs = typeof printAs;
