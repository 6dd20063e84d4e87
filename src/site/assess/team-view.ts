/**
 * The team view, loaded on first use: pasted answer codes (or links, or files) become a combined
 * view whose headline is the leadership-vs-front-line gap, printed as a one-page report. It shows
 * only what `combineTeam` lets any output show: nothing below three people, no list of people and
 * no one's answers; the same person's answers given twice count once. Pasted codes are kept in this
 * browser, so opening each colleague's link adds them up.
 */
import { findAnswerCodes, MAX_CODES } from '../../core/assessment/code.ts';
import { describeGap } from '../../core/assessment/gap.ts';
import { MAX_ANSWERS_FILE_BYTES } from '../../core/assessment/limits.ts';
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
import type { ConfigOptionsFor, PrintAs } from './assess-page.ts';
import { renderCategoryChart } from './chart.ts';
import { download, el } from './dom.ts';
import { $, type PageData } from './page-data.ts';
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
  data: PageData;
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
  const found = findAnswerCodes(state.data, text);
  if (!Array.isArray(found)) return showErrors('Nothing was added:', [found.error]);
  if (found.length === 0)
    return showErrors('Nothing was added:', [
      text.trim()
        ? 'no answer code found in the text; codes start with SPA1-'
        : 'paste one or more answer codes first',
    ]);
  const problems: string[] = [];
  for (const f of found) {
    state.codesAdded++;
    if (f.answers)
      state.entries.push({ source: `code ${state.codesAdded}`, answers: f.answers, code: f.code });
    else problems.push(`Code ${state.codesAdded} (${f.code.slice(0, 12)}…): ${f.error}.`);
  }
  if (state.entries.length > MAX_CODES) state.entries = state.entries.slice(-MAX_CODES);
  showErrors(
    problems.length === found.length ? 'Nothing was added:' : 'Some codes were added, but not these:',
    problems,
  );
  if (via === 'paste' && problems.length === 0) $<HTMLTextAreaElement>('#team-codes').value = '';
  const added = found.length - problems.length;
  render(
    state,
    via === 'link'
      ? 'Added the answers from the link you opened.'
      : via === 'mine'
        ? 'Added your own answers.'
        : `Added ${added} ${added === 1 ? 'person’s answers' : 'people’s answers'}.`,
  );
}

async function addFiles(state: TeamState, files: File[]): Promise<void> {
  if (files.length === 0) return;
  // zod comes with the file reader, so it is fetched only by people who import files.
  const { readAnswersFile } = await import('../../core/assessment/file.ts');
  const problems: string[] = [];
  const added: Entry[] = [];
  for (const file of files) {
    if (file.size > MAX_ANSWERS_FILE_BYTES) {
      problems.push(
        `${file.name}: is ${Math.round(file.size / 1024)} KB; answers files are at most ${MAX_ANSWERS_FILE_BYTES / 1024} KB`,
      );
      continue;
    }
    const read = readAnswersFile(file.name, await file.text(), state.data);
    problems.push(...read.problems.map((p) => `${p.file}${p.field ? `, ${p.field}` : ''}: ${p.message}`));
    if (read.answers) added.push({ source: file.name, answers: read.answers });
  }
  if (problems.length > 0)
    return showErrors(
      `${problems.length === 1 ? 'One file has a problem' : 'Some files have problems'}, so nothing was added:`,
      problems,
    );
  showErrors('', []);
  state.entries.push(...added);
  render(state, `Added ${added.length} ${added.length === 1 ? 'file' : 'files'}.`);
}

const teamTop = () => Number($<HTMLSelectElement>('#team-top-count').value) || 5;
const teamChapters = (state: TeamState, result: TeamResult) =>
  chooseChapters(result.ranking, teamTop(), state.tie.chosen);

function render(state: TeamState, status: string): void {
  keepCodes(state);
  const { kept, notes } = dedupeAnswers(state.entries);
  $('#team-added').hidden = kept.length === 0;
  $('#team-notes').replaceChildren(...notes.map((n) => el('li', {}, `${n}.`)));
  const result =
    kept.length === 0
      ? undefined
      : combineTeam(
          state.data,
          kept.map((e) => e.answers),
        );
  state.result = result?.enough ? result : undefined;
  // Below three people nothing is shown but how many there are and why: the status says it.
  const wait = result && !result.enough ? ` ${describeGap(result.gap).headline}.` : '';
  $('#team-status').textContent =
    `${status} ${kept.length === 0 ? 'No answers yet.' : `${kept.length} ${kept.length === 1 ? 'person' : 'people'} combined.`}${wait}`;
  $('#team-results').hidden = !state.result;
  if (!state.result) return;
  renderTeam(state.data, state.result);
  renderHandbook(state);
}

/** The team's chapters: the tie choice, and the builder link with them and the company name. */
function renderHandbook(state: TeamState): void {
  const result = state.result!;
  const choice = teamChapters(state, result);
  state.tie.show(
    choice,
    'The team’s answers put none of them ahead of another, so choose the ones to start with, or ask people to go deeper on them and send their codes again to tell them apart.',
  );
  linkToBuilder(
    $<HTMLAnchorElement>('#build-team-link'),
    choice.chapters,
    result.company ?? state.page.fallbackCompany(),
  );
}

export function createTeamView(data: PageData, page: TeamPage): TeamView {
  const state: TeamState = {
    data,
    entries: [],
    codesAdded: 0,
    page,
    tie: createTieChoice($('#team-tie-choice'), 'team-tie', () => state.result && renderHandbook(state)),
  };
  $('#team-top-count').addEventListener('change', () => state.result && renderHandbook(state));
  $('#clear-team').addEventListener('click', () => {
    state.entries = [];
    render(state, 'Removed all team answers.');
  });
  $('#print-team').addEventListener('click', () => page.printAs('team'));
  $('#download-team-config').addEventListener('click', async () => {
    const { result } = state;
    if (!result || result.ranking.length === 0) return;
    if (teamChapters(state, result).chapters.length === 0)
      return void ($('#team-status').textContent =
        'Tick the tied failure modes to start with first: a handbook needs at least one chapter.');
    const { buildConfigYaml, withCompanyNote } = await import('../../core/assessment/config.ts');
    const company = result.company ?? page.fallbackCompany();
    download(
      'handbook.yaml',
      buildConfigYaml(result.ranking, {
        ...page.configOptions(company, `${result.people} people's combined answers`),
        top: teamTop(),
        fromTie: [...state.tie.chosen],
      }),
      'application/yaml',
    );
    $('#team-status').textContent = withCompanyNote(
      'Downloaded the team’s handbook.yaml, its handbook settings: open it in the handbook builder to carry on.',
      'The company name',
      company,
    );
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

function renderTeam(data: PageData, result: TeamResult): void {
  const { gap } = result;
  const wording = describeGap(gap);
  // Shown as a config holds it: a bidirectional override in a forged code must not turn the title round.
  const company = toConfigText(result.company ?? '').text;
  $('#team-company').textContent = company ? ` for ${company}` : '';
  $('#team-headline').textContent = wording.headline;
  const summary = $('#team-summary');
  summary.replaceChildren(
    ...wording.details.map((d) => el('p', {}, d)),
    el('p', {}, describeRespondents(result)),
  );
  if (
    (gap.verdict === 'frontline-higher' || gap.verdict === 'both-ways') &&
    data.gapModeId &&
    data.urls[data.gapModeId]
  ) {
    summary.append(
      el(
        'p',
        {},
        'A gap like this is a failure mode in its own right: ',
        el(
          'a',
          { href: data.urls[data.gapModeId] },
          'leaders rate service higher than customers and staff do',
        ),
        '. Close it first, or the plan will aim at the wrong problems.',
      ),
    );
  }
  $('#team-disagreements').replaceChildren(
    ...(result.disagreements.length > 0
      ? result.disagreements.map((m) =>
          el(
            'li',
            {},
            modeLink(data, m),
            el(
              'span',
              { class: 'meta' },
              ` People's scores are ${DISAGREEMENT_POINTS} or more points apart; talk this one through before deciding.`,
            ),
          ),
        )
      : [el('li', {}, `No failure mode splits the team by ${DISAGREEMENT_POINTS} points or more.`)]),
  );
  const cell = (text: string) => el('td', { class: 'num' }, text);
  const round = (n: number | undefined) => (n === undefined ? '–' : String(Math.round(n)));
  const ranks = rankLabels(result.ranking);
  $('#team-table').replaceChildren(
    el(
      'table',
      {},
      el(
        'caption',
        {},
        el(
          'span',
          { class: 'screen-only' },
          'Every failure mode rated by 3 or more people, most team need first',
        ),
        el(
          'span',
          { class: 'print-only-inline' },
          `The ${Math.min(REPORT_TOP, result.ranking.length)} failure modes with the most need`,
        ),
        ' (need 0 to 100; 2= marks a tie)',
      ),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col', class: 'num' }, '#'),
          el('th', { scope: 'col' }, 'Failure mode'),
          ...['Team', 'Leadership', 'Front line', 'Gap'].map((h) =>
            el('th', { scope: 'col', class: 'num' }, h),
          ),
          el('th', { scope: 'col' }, 'Scored by'),
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
            cell(m.gap === undefined ? '–' : `${m.gap > 0 ? '+' : ''}${Math.round(m.gap)}`),
            el('td', {}, m.depth === 'quick' ? 'quick scan' : m.depth === 'deep' ? 'deep dive' : 'mixed'),
          ),
        ),
      ),
    ),
  );
  const cut = describeCutTie(result.ranking, REPORT_TOP);
  $('#team-table-notes').replaceChildren(
    ...(cut ? [el('p', { class: 'print-only-block' }, cut)] : []),
    ...describeLeftOut(result).map((line) => el('p', {}, line)),
  );
  $('#team-chart').replaceChildren(renderCategoryChart(result.categories, 'team-chart'));
}
