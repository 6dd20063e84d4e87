/**
 * The /assess/ page in the browser: keeps the form and localStorage in step, scores with the shared
 * core, and renders results, downloads and the team view. Scoring, ranking and the config text come
 * from src/core/assessment.ts, exactly as `playbook assess` uses them.
 */
import {
  buildConfigYaml,
  combineTeam,
  describeGap,
  describeNeed,
  scoreRespondent,
  type AssessmentModel,
  type ModeNeed,
  type RespondentResult,
  type TeamResult,
} from '../../core/assessment.ts';
import type { AnswersFile, RespondentRole } from '../../schemas/assessment.ts';
import { renderCategoryChart } from './chart.ts';
import { download, el, localDate } from './dom.ts';

interface PageData extends AssessmentModel {
  urls: Record<string, string>;
  roles: Record<RespondentRole, string>;
  gapModeId?: string;
}

/** What the page keeps between visits: an answers file whose role may not be chosen yet. */
type Draft = Omit<AnswersFile, 'respondent'> & { respondent: { name: string; role?: RespondentRole } };

/** Versioned with the answers format, so a future format never misreads an old save. */
const STORAGE_KEY = 'service-playbook:assessment:v1';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

export function startAssessmentPage(): void {
  const data = JSON.parse($('#assessment-data').textContent ?? '{}') as PageData;
  const form = $<HTMLFormElement>('#assessment');
  const results = $('#results');
  const total = data.modes.reduce((sum, m) => sum + m.questions, 0);
  let team: TeamResult | undefined;

  for (const node of document.querySelectorAll<HTMLElement>('.js-only')) if (node.id !== 'confirm-clear') node.hidden = false;

  /** The form's current answers. */
  const readForm = (): Draft => {
    const values = new FormData(form);
    const answers: Draft['answers'] = {};
    const warningSigns: Draft['warningSigns'] = {};
    for (const [name, value] of values) {
      const [kind, id, index] = name.split(':');
      if (kind === 'q' && id && index !== undefined) (answers[id] ??= {})[index] = Number(value);
      if (kind === 'w' && id) (warningSigns[id] ??= []).push(Number(value));
    }
    const role = values.get('role');
    const company = String(values.get('company') ?? '').trim();
    return {
      format: 'service-playbook-assessment',
      version: 1,
      respondent: { name: String(values.get('name') ?? '').trim(), ...(role ? { role: role as RespondentRole } : {}) },
      ...(company ? { company } : {}),
      answers,
      warningSigns,
    };
  };

  /** Puts saved answers back into the form; anything that no longer matches an input is skipped. */
  const applyDraft = (draft: Partial<Draft>) => {
    const set = (name: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
      if (input) input.checked = true;
    };
    const text = (name: string, value: unknown) => {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (input && typeof value === 'string') input.value = value;
    };
    text('name', draft.respondent?.name);
    text('company', draft.company);
    if (draft.respondent?.role) set('role', draft.respondent.role);
    for (const [id, byQuestion] of Object.entries(draft.answers ?? {})) {
      for (const [index, value] of Object.entries(byQuestion ?? {})) set(`q:${id}:${index}`, String(value));
    }
    for (const [id, ticked] of Object.entries(draft.warningSigns ?? {})) {
      if (Array.isArray(ticked)) for (const index of ticked) set(`w:${id}`, String(index));
    }
  };

  const save = (draft: Draft) => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
    } catch {
      // Private windows and full storage: the page still works, answers just are not kept.
      $('#progress-text').textContent += ' Answers cannot be saved in this browser, so keep this tab open.';
    }
  };

  const load = (): Partial<Draft> | undefined => {
    try {
      const text = localStorage.getItem(STORAGE_KEY);
      const value: unknown = text ? JSON.parse(text) : undefined;
      return value && typeof value === 'object' ? (value as Partial<Draft>) : undefined;
    } catch {
      return undefined;
    }
  };

  const countAnswered = (draft: Draft) => Object.values(draft.answers).reduce((sum, byQuestion) => sum + Object.keys(byQuestion).length, 0);

  const showProgress = (draft: Draft) => {
    const answered = countAnswered(draft);
    $<HTMLProgressElement>('#progress').value = answered;
    $('#progress-text').textContent = answered === total ? `All ${total} statements answered.` : `${answered} of ${total} statements answered.`;
  };

  /** Scoring needs a role; a draft without one is scored as "other", which only matters for team views. */
  const asFile = (draft: Draft): AnswersFile => ({ ...draft, respondent: { name: draft.respondent.name, role: draft.respondent.role ?? 'other' } });

  const topCount = () => Number($<HTMLSelectElement>('#top-count').value) || 5;
  const configOptions = (company: string | undefined, basis: string) => {
    const today = new Date();
    // The first training session on the next Monday at least a week away, so there is time to prepare.
    const start = new Date(today);
    start.setDate(today.getDate() + 7 + ((8 - today.getDay()) % 7));
    return { ...(company ? { company } : {}), top: topCount(), date: localDate(today), trainingStart: localDate(start), cadence: 'weekly' as const, basis };
  };

  const modeLink = (mode: Pick<ModeNeed, 'id' | 'title'>) => el('a', { href: data.urls[mode.id] }, mode.title);
  const points = (n: number) => `${Math.round(n)} of 100`;
  const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

  const renderResults = (result: RespondentResult) => {
    const summary = $('#results-summary');
    const ranking = $('#results-ranking');
    const chart = $('#results-chart');
    summary.replaceChildren();
    ranking.replaceChildren();
    chart.replaceChildren();
    if (result.ranking.length === 0) {
      summary.append(el('p', {}, 'Nothing to score yet. Rate a few statements above, then come back here.'));
      return;
    }
    const top = result.ranking.slice(0, 3);
    const assessedCategories = result.categories.filter((c) => c.need !== undefined);
    const worst = [...assessedCategories].sort((a, b) => b.need! - a.need!)[0]!;
    const best = [...assessedCategories].sort((a, b) => a.need! - b.need!)[0]!;
    const overall = result.ranking.reduce((sum, m) => sum + m.need, 0) / result.ranking.length;
    summary.append(
      el('p', {}, `You rated ${result.answered} of ${result.questions} statements${result.answered < result.questions ? '; unrated ones are left out of the scores' : ''}. Across everything you rated, the average need is ${points(overall)}: ${describeNeed(overall)}.`),
      el('p', {}, 'Start with ', ...top.flatMap((m, i) => [i === 0 ? '' : i === top.length - 1 ? ' and ' : ', ', modeLink(m), ` (${Math.round(m.need)})`]), top.length === 1 ? ': it is where your answers show the most need.' : ': they are where your answers show the most need.'),
      el(
        'p',
        {},
        assessedCategories.length === 1
          ? `Only ${worst.label.toLowerCase()} has answers so far.`
          : worst.need! - best.need! >= 5
            ? `By category, ${worst.label.toLowerCase()} needs the most attention and ${best.label.toLowerCase()} the least.`
            : 'The categories score within a few points of each other, so look at the individual failure modes below.',
      ),
    );
    chart.append(renderCategoryChart(result.categories, 'my-chart'));
    for (const m of result.ranking) {
      ranking.append(
        el(
          'li',
          {},
          modeLink(m),
          el('span', { class: 'meta' }, `Need ${points(m.need)}, ${describeNeed(m.need)}. ${m.ticked} of ${m.signs} warning signs ticked; ${m.answered} of ${m.questions} statements rated.`),
        ),
      );
    }
  };

  const update = () => {
    const draft = readForm();
    save(draft);
    showProgress(draft);
    if (!results.hidden) renderResults(scoreRespondent(data, asFile(draft)));
  };

  // Restore before listening, so putting answers back does not count as a change.
  const saved = load();
  if (saved) applyDraft(saved);
  showProgress(readForm());
  form.addEventListener('change', update);
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).type === 'text') update();
  });

  $('#show-results').addEventListener('click', () => {
    results.hidden = false;
    renderResults(scoreRespondent(data, asFile(readForm())));
    $('#results-title').focus();
  });

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
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing was stored.
    }
    confirm.hidden = true;
    results.hidden = true;
    showProgress(readForm());
    $('#progress-text').textContent = `All answers cleared. 0 of ${total} statements answered.`;
    form.querySelector<HTMLInputElement>('input[name="name"]')!.focus();
  });

  const note = (selector: string, text: string) => ($(selector).textContent = text);

  $('#download-config').addEventListener('click', () => {
    const draft = readForm();
    const result = scoreRespondent(data, asFile(draft));
    if (result.ranking.length === 0) return note('#results-note', 'Rate at least one statement first: the config needs at least one chapter.');
    download('handbook.yaml', buildConfigYaml(result.ranking, configOptions(draft.company, 'your answers')), 'application/yaml');
    note('#results-note', 'Downloaded handbook.yaml.');
  });

  const exportAnswers = (noteAt: string) => () => {
    const draft = readForm();
    if (!draft.respondent.role) {
      note(noteAt, 'Choose your role under “About you” first, so the team view can compare leadership with the front line.');
      $<HTMLInputElement>('#role-group input').focus();
      return;
    }
    const slug = draft.respondent.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    download(`answers-${slug || draft.respondent.role}.json`, JSON.stringify(draft, null, 2) + '\n', 'application/json');
    note(noteAt, `Exported your answers (${countAnswered(draft)} statements). Send the file to whoever combines the team’s answers.`);
  };
  $('#export-answers').addEventListener('click', exportAnswers('#results-note'));
  $('#export-answers-team').addEventListener('click', exportAnswers('#export-note'));

  const printAs = (mode: 'results' | 'team') => () => {
    document.body.classList.add(`printing-${mode}`);
    window.print();
    document.body.classList.remove(`printing-${mode}`);
  };
  $('#print-results').addEventListener('click', printAs('results'));
  $('#print-team').addEventListener('click', printAs('team'));

  $<HTMLInputElement>('#team-files').addEventListener('change', async (event) => {
    const files = [...((event.target as HTMLInputElement).files ?? [])];
    const errors = $('#team-errors');
    errors.replaceChildren();
    $('#team-results').hidden = true;
    if (files.length === 0) return;
    // zod comes with the file reader, so it is fetched only by people who use the team view.
    const { readAnswersFile } = await import('../../core/assessment-file.ts');
    const read = await Promise.all(files.map(async (file) => readAnswersFile(file.name, await file.text(), data)));
    const problems = read.flatMap((r) => r.problems);
    if (problems.length > 0) {
      errors.append(
        el('p', {}, `${problems.length === 1 ? 'One file has a problem' : 'Some files have problems'}, so nothing was combined:`),
        el('ul', {}, ...problems.map((p) => el('li', {}, `${p.file}${p.field ? `, ${p.field}` : ''}: ${p.message}`))),
      );
      return;
    }
    team = combineTeam(data, read.map((r) => r.answers!));
    renderTeam(team);
    $('#team-results').hidden = false;
    $('#team-headline').focus();
  });

  const renderTeam = (result: TeamResult) => {
    const { gap } = result;
    const people = result.respondents.length;
    $('#team-headline').textContent = describeGap(gap);

    const summary = $('#team-summary');
    summary.replaceChildren(
      el('p', {}, `Combined from ${people} ${people === 1 ? 'person' : 'people'}: ${list(result.respondents.map((r) => `${r.name || 'unnamed'} (${data.roles[r.role].toLowerCase()})`))}.`),
    );
    if (gap.points !== undefined) {
      summary.append(
        el('p', {}, `Average need as leadership sees it (${gap.leadershipCount} ${gap.leadershipCount === 1 ? 'person' : 'people'}): ${points(gap.leadership!)}. As the front line sees it (${gap.frontlineCount}): ${points(gap.frontline!)}.`),
      );
      if (gap.widest.length > 0) {
        summary.append(el('p', {}, 'The widest gaps: ', ...gap.widest.flatMap((m, i) => [i === 0 ? '' : '; ', modeLink(m), ` (leadership ${Math.round(m.leadership!)}, front line ${Math.round(m.frontline!)})`]), '.'));
      }
      if (gap.points >= 10 && data.gapModeId && data.urls[data.gapModeId]) {
        summary.append(el('p', {}, 'A gap like this is a failure mode in its own right: ', el('a', { href: data.urls[data.gapModeId] }, 'leaders rate service higher than customers and staff do'), '. Close it before the others, or the plan will be aimed at the wrong problems.'));
      }
    }

    const disagreements = $('#team-disagreements');
    disagreements.replaceChildren(
      ...(result.disagreements.length > 0
        ? result.disagreements.map((m) => el('li', {}, modeLink(m), el('span', { class: 'meta' }, `Scores differ by up to ${Math.round(m.spread)} points between people; talk this one through before deciding.`)))
        : [el('li', {}, 'No failure mode splits the team by 25 points or more.')]),
    );

    const cell = (n: number | undefined) => el('td', { class: 'num' }, n === undefined ? '–' : String(Math.round(n)));
    $('#team-table').replaceChildren(
      el(
        'table',
        {},
        el('caption', {}, 'Every assessed failure mode, most team need first (need 0 to 100)'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Failure mode'), ...['Team', 'Leadership', 'Front line', 'Spread'].map((h) => el('th', { scope: 'col', class: 'num' }, h)))),
        el('tbody', {}, ...result.ranking.map((m) => el('tr', {}, el('th', { scope: 'row' }, modeLink(m)), cell(m.need), cell(m.leadership), cell(m.frontline), cell(m.spread)))),
      ),
    );
    $('#team-chart').replaceChildren(renderCategoryChart(result.categories, 'team-chart'));
  };

  $('#download-team-config').addEventListener('click', () => {
    if (!team || team.ranking.length === 0) return;
    const people = team.respondents.length;
    download('handbook.yaml', buildConfigYaml(team.ranking, configOptions(team.company ?? readForm().company, `${people} people's combined answers`)), 'application/yaml');
  });
}
