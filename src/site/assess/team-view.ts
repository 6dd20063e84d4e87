/**
 * The team view, loaded on first use: pasted answer codes (or links, or files) become a combined
 * view whose headline is the leadership-vs-front-line gap, printed as a one-page report. People show
 * by role unless everyone gave a name; the same person's answers given twice count once. Pasted
 * codes are kept in this browser, so opening each colleague's link adds them up.
 */
import { findAnswerCodes, MAX_CODES } from '../../core/assessment-code.ts';
import { describeGap } from '../../core/assessment-gap.ts';
import { MAX_ANSWERS_FILE_BYTES } from '../../core/assessment-limits.ts';
import { describeRespondents, REPORT_TOP } from '../../core/assessment-report.ts';
import { combineTeam, dedupeAnswers, DISAGREEMENT_POINTS, type AnswersEntry, type TeamResult } from '../../core/assessment-team.ts';
import type { ConfigOptionsFor, PrintAs } from './assess-page.ts';
import { renderCategoryChart } from './chart.ts';
import { download, el } from './dom.ts';
import { $, type PageData } from './page-data.ts';
import { linkToBuilder, modeLink } from './results-view.ts';

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
}

type TeamPage = { configOptions: ConfigOptionsFor; printAs: PrintAs; fallbackCompany: () => string | undefined };

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
  $('#team-errors').replaceChildren(...(problems.length > 0 ? [el('p', {}, lead), el('ul', {}, ...problems.map((p) => el('li', {}, p)))] : []));
}

function addCodes(state: TeamState, text: string, via: 'paste' | 'link' | 'mine'): void {
  const found = findAnswerCodes(state.data, text);
  if (!Array.isArray(found)) return showErrors('Nothing was added:', [found.error]);
  if (found.length === 0) return showErrors('Nothing was added:', [text.trim() ? 'no answer code found in the text; codes start with SPA1-' : 'paste one or more answer codes first']);
  const problems: string[] = [];
  for (const f of found) {
    state.codesAdded++;
    if (f.answers) state.entries.push({ source: `code ${state.codesAdded}`, answers: f.answers, code: f.code });
    else problems.push(`Code ${state.codesAdded} (${f.code.slice(0, 12)}…): ${f.error}.`);
  }
  if (state.entries.length > MAX_CODES) state.entries = state.entries.slice(-MAX_CODES);
  showErrors(problems.length === found.length ? 'Nothing was added:' : 'Some codes were added, but not these:', problems);
  if (via === 'paste' && problems.length === 0) $<HTMLTextAreaElement>('#team-codes').value = '';
  const added = found.length - problems.length;
  render(state, via === 'link' ? 'Added the answers from the link you opened.' : via === 'mine' ? 'Added your own answers.' : `Added ${added} ${added === 1 ? 'person’s answers' : 'people’s answers'}.`);
}

async function addFiles(state: TeamState, files: File[]): Promise<void> {
  if (files.length === 0) return;
  // zod comes with the file reader, so it is fetched only by people who import files.
  const { readAnswersFile } = await import('../../core/assessment-file.ts');
  const problems: string[] = [];
  const added: Entry[] = [];
  for (const file of files) {
    if (file.size > MAX_ANSWERS_FILE_BYTES) {
      problems.push(`${file.name}: is ${Math.round(file.size / 1024)} KB; answers files are at most ${MAX_ANSWERS_FILE_BYTES / 1024} KB`);
      continue;
    }
    const read = readAnswersFile(file.name, await file.text(), state.data);
    problems.push(...read.problems.map((p) => `${p.file}${p.field ? `, ${p.field}` : ''}: ${p.message}`));
    if (read.answers) added.push({ source: file.name, answers: read.answers });
  }
  if (problems.length > 0) return showErrors(`${problems.length === 1 ? 'One file has a problem' : 'Some files have problems'}, so nothing was added:`, problems);
  showErrors('', []);
  state.entries.push(...added);
  render(state, `Added ${added.length} ${added.length === 1 ? 'file' : 'files'}.`);
}

/** Removes a person, with any earlier copy of their answers that was counted once. */
function remove(state: TeamState, index: number): void {
  const person = dedupeAnswers(state.entries).kept[index];
  if (!person) return;
  const id = person.answers.respondent.id;
  const same = JSON.stringify(person.answers);
  state.entries = state.entries.filter((e) => e !== person && !(id && e.answers.respondent.id === id) && JSON.stringify(e.answers) !== same);
  render(state, 'Removed one person’s answers.');
}

function render(state: TeamState, status: string): void {
  keepCodes(state);
  const { kept, notes } = dedupeAnswers(state.entries);
  $('#team-status').textContent = `${status} ${kept.length === 0 ? 'No answers yet.' : `${kept.length} ${kept.length === 1 ? 'person' : 'people'} combined.`}`;
  $('#team-people-wrap').hidden = kept.length === 0;
  $('#team-results').hidden = kept.length === 0;
  if (kept.length === 0) return void (state.result = undefined);
  const result = (state.result = combineTeam(state.data, kept.map((e) => e.answers)));
  const depth = (d: string) => (d === 'quick' ? 'quick scan' : d === 'deep' ? 'deep dive' : 'quick scan and deep dive');
  $('#team-people').replaceChildren(
    ...result.respondents.map((r, i) => el('li', {}, el('span', {}, `${r.label}: ${depth(r.depth)}, ${r.answered} statements`), el('button', { type: 'button', class: 'button secondary', 'data-remove': String(i) }, `Remove ${r.label}`))),
  );
  $('#team-notes').replaceChildren(...notes.map((n) => el('li', {}, `${n}.`)));
  renderTeam(state.data, result);
  linkToBuilder($<HTMLAnchorElement>('#build-team-link'), result.ranking.slice(0, state.page.configOptions(undefined, '').top), result.company ?? state.page.fallbackCompany());
}

export function createTeamView(data: PageData, page: TeamPage): TeamView {
  const state: TeamState = { data, entries: [], codesAdded: 0, page };
  $('#team-people').addEventListener('click', (event) => {
    const index = (event.target as HTMLElement).closest<HTMLElement>('[data-remove]')?.dataset.remove;
    if (index !== undefined) remove(state, Number(index));
  });
  $('#clear-team').addEventListener('click', () => {
    state.entries = [];
    render(state, 'Removed all team answers.');
  });
  $('#print-team').addEventListener('click', () => page.printAs('team'));
  $('#download-team-config').addEventListener('click', async () => {
    const { result } = state;
    if (!result || result.ranking.length === 0) return;
    const { buildConfigYaml } = await import('../../core/assessment-config.ts');
    const people = result.respondents.length;
    download('handbook.yaml', buildConfigYaml(result.ranking, page.configOptions(result.company ?? page.fallbackCompany(), `${people} people's combined answers`)), 'application/yaml');
  });
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(kept) && kept.length > 0) addCodes(state, kept.filter((c) => typeof c === 'string').join('\n'), 'paste');
  } catch {
    // Nothing kept, or unreadable: start empty.
  }
  return { addCodes: (text, via) => addCodes(state, text, via), addFiles: (files) => addFiles(state, files) };
}

function renderTeam(data: PageData, result: TeamResult): void {
  const { gap } = result;
  const wording = describeGap(gap);
  $('#team-company').textContent = result.company ? ` for ${result.company}` : '';
  $('#team-headline').textContent = wording.headline;
  const summary = $('#team-summary');
  summary.replaceChildren(...wording.details.map((d) => el('p', {}, d)), el('p', {}, describeRespondents(result)));
  if ((gap.verdict === 'frontline-higher' || gap.verdict === 'both-ways') && data.gapModeId && data.urls[data.gapModeId]) {
    summary.append(el('p', {}, 'A gap like this is a failure mode in its own right: ', el('a', { href: data.urls[data.gapModeId] }, 'leaders rate service higher than customers and staff do'), '. Close it first, or the plan will aim at the wrong problems.'));
  }
  $('#team-disagreements').replaceChildren(
    ...(result.disagreements.length > 0
      ? result.disagreements.map((m) => el('li', {}, modeLink(data, m), el('span', { class: 'meta' }, ` Scores differ by up to ${Math.round(m.spread)} points between people; talk this one through before deciding.`)))
      : [el('li', {}, `No failure mode splits the team by ${DISAGREEMENT_POINTS} points or more.`)]),
  );
  const cell = (text: string) => el('td', { class: 'num' }, text);
  const round = (n: number | undefined) => (n === undefined ? '–' : String(Math.round(n)));
  $('#team-table').replaceChildren(
    el(
      'table',
      {},
      el('caption', {}, el('span', { class: 'screen-only' }, 'Every assessed failure mode, most team need first'), el('span', { class: 'print-only-inline' }, `The ${Math.min(REPORT_TOP, result.ranking.length)} failure modes with the most need`), ' (need 0 to 100)'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Failure mode'), ...['Team', 'Leadership', 'Front line', 'Gap'].map((h) => el('th', { scope: 'col', class: 'num' }, h)), el('th', { scope: 'col' }, 'Scored by'))),
      el(
        'tbody',
        {},
        ...result.ranking.map((m, i) =>
          el('tr', i >= REPORT_TOP ? { class: 'beyond-report' } : {}, el('th', { scope: 'row' }, modeLink(data, m)), cell(round(m.need)), cell(round(m.leadership)), cell(round(m.frontline)), cell(m.gap === undefined ? '–' : `${m.gap > 0 ? '+' : ''}${Math.round(m.gap)}`), el('td', {}, m.depth === 'quick' ? 'quick scan' : m.depth === 'deep' ? 'deep dive' : 'mixed')),
        ),
      ),
    ),
  );
  $('#team-chart').replaceChildren(renderCategoryChart(result.categories, 'team-chart'));
}

