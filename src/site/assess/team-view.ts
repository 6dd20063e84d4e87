/**
 * The team view, loaded on first use: pasted answer codes (or links, or files) become a combined
 * view whose headline is the leadership-vs-front-line gap, printed as a one-page report. It shows
 * only what `combineTeam` lets any output show: nothing below three people, no list of people and
 * no one's answers; the same person's answers given twice count once. Pasted codes are kept in this
 * browser, so opening each colleague's link adds them up.
 */
import { CODE_PREFIX, findAnswerCodes, MAX_CODES } from '../../core/assessment/code.ts';
import { describeGap } from '../../core/assessment/gap.ts';
import { MAX_ANSWERS_FILE_BYTES, MIN_PEOPLE } from '../../core/assessment/limits.ts';
import {
  describeCutTie,
  describeLeftOut,
  describeRespondents,
  REPORT_TOP,
} from '../../document/team-report.ts';
import {
  combineTeam,
  dedupeAnswers,
  DISAGREEMENT_POINTS,
  type AnswersEntry,
  type TeamResult,
} from '../../core/assessment/team.ts';
import { toConfigText } from '../../core/assessment/text.ts';
import { chooseChapters, rankLabels } from '../../core/assessment/ties.ts';
import { fill, fillParts, plural } from '../../i18n/format.ts';
import type { ConfigOptionsFor, PrintAs } from './assess-page.ts';
import { renderCategoryChart } from './chart.ts';
import { download, el } from './dom.ts';
import { $, type ViewData } from './page-data.ts';
import { linkToBuilder, modeLink } from './results-view.ts';
import { createTieChoice, type TieChoice } from './tie-choice.ts';

const STORAGE_KEY = 'service-playbook:team:v1';

export interface TeamView {
  addCodes(text: string, via: 'paste' | 'link' | 'mine'): void;
  addFiles(files: File[]): Promise<void>;
}

type Entry = AnswersEntry & { code?: string };

/** The people added so far (duplicates included: they are counted once when combined) and the last combined result. */
interface TeamState {
  data: ViewData;
  entries: Entry[];
  codesAdded: number;
  result?: TeamResult;
  page: TeamPage;
  tie: TieChoice;
}

type TeamPage = {
  configOptions: ConfigOptionsFor;
  printAs: PrintAs;
  fallbackCompany: () => string | undefined;
};

/** Keeps the pasted codes in this browser, so the next link opened adds to the same team. */
function keepCodes(state: TeamState): void {
  try {
    const codes = state.entries.flatMap((e) => (e.code ? [e.code] : []));
    if (codes.length > 0) localStorage.setItem(STORAGE_KEY, JSON.stringify(codes));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // The view still works; codes are just not kept after the tab closes.
  }
}

function showErrors(lead: string, problems: string[]): void {
  $('#team-errors').replaceChildren(
    ...(problems.length > 0
      ? [el('p', {}, lead), el('ul', {}, ...problems.map((p) => el('li', {}, p)))]
      : []),
  );
}

function addCodes(state: TeamState, text: string, via: 'paste' | 'link' | 'mine'): void {
  const w = state.data.words;
  const { locale } = w;
  const words = w.assess.team;
  const found = findAnswerCodes(w, state.data, text);
  if (!Array.isArray(found)) return showErrors(words.nothingAdded, [found.error]);
  if (found.length === 0)
    return showErrors(words.nothingAdded, [
      text.trim() ? fill(locale, words.noCodeFound, { prefix: CODE_PREFIX }) : words.pasteFirst,
    ]);
  const problems: string[] = [];
  for (const f of found) {
    const n = ++state.codesAdded;
    if (f.answers)
      state.entries.push({ source: fill(locale, words.codeSource, { n }), answers: f.answers, code: f.code });
    else problems.push(fill(locale, words.codeProblem, { n, start: f.code.slice(0, 12), problem: f.error }));
  }
  if (state.entries.length > MAX_CODES) state.entries = state.entries.slice(-MAX_CODES);
  showErrors(problems.length === found.length ? words.nothingAdded : words.someAdded, problems);
  if (via === 'paste' && problems.length === 0) $<HTMLTextAreaElement>('#team-codes').value = '';
  const added = found.length - problems.length;
  render(
    state,
    via === 'link'
      ? words.addedLink
      : via === 'mine'
        ? words.addedMine
        : plural(locale, added, words.addedPeople),
  );
}

async function addFiles(state: TeamState, files: File[]): Promise<void> {
  if (files.length === 0) return;
  const { locale } = state.data.words;
  const words = state.data.words.assess.team;
  // zod comes with the file reader, so it is fetched only by people who import files.
  const { readAnswersFile } = await import('../../core/assessment/file.ts');
  const problems: string[] = [];
  const added: Entry[] = [];
  for (const file of files) {
    if (file.size > MAX_ANSWERS_FILE_BYTES) {
      problems.push(
        fill(locale, words.fileTooLarge, {
          file: file.name,
          size: Math.round(file.size / 1024),
          max: MAX_ANSWERS_FILE_BYTES / 1024,
        }),
      );
      continue;
    }
    const read = readAnswersFile(file.name, await file.text(), state.data);
    problems.push(
      ...read.problems.map((p) =>
        p.field
          ? fill(locale, words.fileFieldProblem, { file: p.file, field: p.field, message: p.message })
          : fill(locale, words.fileProblem, { file: p.file, message: p.message }),
      ),
    );
    if (read.answers) added.push({ source: file.name, answers: read.answers });
  }
  if (problems.length > 0) return showErrors(plural(locale, problems.length, words.filesRefused), problems);
  showErrors('', []);
  state.entries.push(...added);
  render(state, plural(locale, added.length, words.addedFiles));
}

const teamTop = () => Number($<HTMLSelectElement>('#team-top-count').value) || 5;
const teamChapters = (state: TeamState, result: TeamResult) =>
  chooseChapters(result.ranking, teamTop(), state.tie.chosen);

function render(state: TeamState, status: string): void {
  const w = state.data.words;
  const { locale } = w;
  const words = w.assess.team;
  keepCodes(state);
  const { kept, notes } = dedupeAnswers(w, state.entries);
  $('#team-added').hidden = kept.length === 0;
  $('#team-notes').replaceChildren(
    ...notes.map((n) => el('li', {}, fill(locale, w.assess.sentence, { text: n }))),
  );
  const result =
    kept.length === 0
      ? undefined
      : combineTeam(
          state.data,
          kept.map((e) => e.answers),
        );
  state.result = result?.enough ? result : undefined;
  // Below three people nothing is shown but how many there are and why: the status says it.
  $('#team-status').textContent = [
    status,
    kept.length === 0 ? words.noAnswers : plural(locale, kept.length, words.combined),
    ...(result && !result.enough
      ? [fill(locale, w.assess.sentence, { text: describeGap(w, result.gap).headline })]
      : []),
  ].join(' ');
  $('#team-results').hidden = !state.result;
  if (!state.result) return;
  renderTeam(state.data, state.result);
  renderHandbook(state);
}

/** The team's chapters: the tie choice, and the builder link with them and the company name. */
function renderHandbook(state: TeamState): void {
  const result = state.result!;
  const choice = teamChapters(state, result);
  state.tie.show(choice, state.data.words.assess.team.tieWhy);
  linkToBuilder(
    $<HTMLAnchorElement>('#build-team-link'),
    choice.chapters,
    result.company ?? state.page.fallbackCompany(),
  );
}

export function createTeamView(data: ViewData, page: TeamPage): TeamView {
  const w = data.words;
  const words = w.assess.team;
  const state: TeamState = {
    data,
    entries: [],
    codesAdded: 0,
    page,
    tie: createTieChoice(w, $('#team-tie-choice'), 'team-tie', () => state.result && renderHandbook(state)),
  };
  $('#team-top-count').addEventListener('change', () => state.result && renderHandbook(state));
  $('#clear-team').addEventListener('click', () => {
    state.entries = [];
    render(state, words.removed);
  });
  $('#print-team').addEventListener('click', () => page.printAs('team'));
  $('#download-team-config').addEventListener('click', async () => {
    const { result } = state;
    if (!result || result.ranking.length === 0) return;
    if (teamChapters(state, result).chapters.length === 0)
      return void ($('#team-status').textContent = w.assess.results.tickFirst);
    const { buildConfigYaml, withCompanyNote } = await import('../../core/assessment/config.ts');
    const company = result.company ?? page.fallbackCompany();
    download(
      'handbook.yaml',
      buildConfigYaml(w, result.ranking, {
        ...page.configOptions(company, plural(w.locale, result.people, words.basis)),
        top: teamTop(),
        fromTie: [...state.tie.chosen],
      }),
      'application/yaml',
    );
    $('#team-status').textContent = withCompanyNote(w, words.downloaded, words.companyName, company);
  });
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(kept) && kept.length > 0)
      addCodes(state, kept.filter((c) => typeof c === 'string').join('\n'), 'paste');
  } catch {
    // Nothing kept, or unreadable: start empty.
  }
  return { addCodes: (text, via) => addCodes(state, text, via), addFiles: (files) => addFiles(state, files) };
}

function renderTeam(data: ViewData, result: TeamResult): void {
  const w = data.words;
  const { locale } = w;
  const { team: words, report } = w.assess;
  const { gap } = result;
  const wording = describeGap(w, gap);
  const points = DISAGREEMENT_POINTS;
  // Shown as a config holds it: a bidirectional override in a forged code must not turn the title round.
  const company = toConfigText(result.company ?? '').text;
  $('#team-report-title').textContent = company ? fill(locale, report.titleFor, { company }) : report.title;
  $('#team-headline').textContent = wording.headline;
  const summary = $('#team-summary');
  summary.replaceChildren(
    ...wording.details.map((d) => el('p', {}, d)),
    el('p', {}, describeRespondents(w, result)),
  );
  if (
    (gap.verdict === 'frontline-higher' || gap.verdict === 'both-ways') &&
    data.gapModeId &&
    data.urls[data.gapModeId]
  ) {
    const link = el('a', { href: data.urls[data.gapModeId] }, words.gapModeLink);
    summary.append(el('p', {}, ...fillParts(locale, words.gapMode, { link })));
  }
  $('#team-disagreements').replaceChildren(
    ...(result.disagreements.length > 0
      ? result.disagreements.map((m) =>
          el(
            'li',
            {},
            modeLink(data, m),
            el('span', { class: 'meta' }, ` ${fill(locale, words.disagreement, { points })}`),
          ),
        )
      : [el('li', {}, fill(locale, report.noDisagreement, { points }))]),
  );
  const cell = (text: string) => el('td', { class: 'num' }, text);
  const round = (n: number | undefined) => (n === undefined ? w.assess.noFigure : String(Math.round(n)));
  const ranks = rankLabels(result.ranking);
  const columns = report.columns;
  // The caption says which rows it holds: every one on screen, the neediest few in print.
  const rows = [
    el('span', { class: 'screen-only' }, fill(locale, words.tableOnScreen, { min: MIN_PEOPLE })),
    el(
      'span',
      { class: 'print-only-inline' },
      plural(locale, Math.min(REPORT_TOP, result.ranking.length), report.topModes),
    ),
  ];
  $('#team-table').replaceChildren(
    el(
      'table',
      {},
      el('caption', {}, ...fillParts(locale, words.tableCaption, { what: rows })),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col', class: 'num' }, columns.rank),
          el('th', { scope: 'col' }, columns.mode),
          ...[columns.team, columns.leadership, columns.frontline, columns.gap].map((h) =>
            el('th', { scope: 'col', class: 'num' }, h),
          ),
          el('th', { scope: 'col' }, columns.scoredBy),
        ),
      ),
      el(
        'tbody',
        {},
        ...result.ranking.map((m, i) =>
          el(
            'tr',
            i >= REPORT_TOP ? { class: 'beyond-report' } : {},
            cell(ranks[i]!),
            el('th', { scope: 'row' }, modeLink(data, m)),
            cell(round(m.need)),
            cell(round(m.leadership)),
            cell(round(m.frontline)),
            cell(m.gap === undefined ? w.assess.noFigure : `${m.gap > 0 ? '+' : ''}${Math.round(m.gap)}`),
            el('td', {}, w.assess.depthShort[m.depth]),
          ),
        ),
      ),
    ),
  );
  const cut = describeCutTie(w, result.ranking, REPORT_TOP);
  $('#team-table-notes').replaceChildren(
    ...(cut ? [el('p', { class: 'print-only-block' }, cut)] : []),
    ...describeLeftOut(w, result).map((line) => el('p', {}, line)),
  );
  $('#team-chart').replaceChildren(renderCategoryChart(w, result.categories, 'team-chart'));
}
