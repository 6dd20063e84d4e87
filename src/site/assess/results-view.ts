/** One person's results on the /assess/ page: the summary, the ranking with its depth, the chart, and the go-deeper offer. */
import { describeDepth, describeNeed, type ModeNeed, type RespondentResult } from '../../core/assessment.ts';
import { renderCategoryChart } from './chart.ts';
import { el } from './dom.ts';
import { $, type PageData } from './page-data.ts';
import { handOverFragment } from '../build/hand-over.ts';

/** How many of the top modes the page offers to go deeper on. */
export const GO_DEEPER_TOP = 3;

const points = (n: number) => `${Math.round(n)} of 100`;
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export const modeLink = (data: PageData, mode: Pick<ModeNeed, 'id' | 'title'>) => el('a', { href: data.urls[mode.id] }, mode.title);

/** The modes worth a deep dive: the top ones that were only scored by the quick scan. */
export function deeperCandidates(result: RespondentResult): ModeNeed[] {
  return result.ranking.slice(0, GO_DEEPER_TOP).filter((m) => m.depth === 'quick');
}

export function renderResults(data: PageData, result: RespondentResult): void {
  const summary = $('#results-summary');
  const ranking = $('#results-ranking');
  const chart = $('#results-chart');
  summary.replaceChildren();
  ranking.replaceChildren();
  chart.replaceChildren();
  renderGoDeeper(result);
  if (result.ranking.length === 0) {
    summary.append(el('p', {}, 'Nothing to score yet. Rate a few statements above, then come back here.'));
    return;
  }
  const top = result.ranking.slice(0, 3);
  const assessed = result.categories.filter((c) => c.need !== undefined);
  const worst = [...assessed].sort((a, b) => b.need! - a.need!)[0]!;
  const best = [...assessed].sort((a, b) => a.need! - b.need!)[0]!;
  const overall = result.ranking.reduce((sum, m) => sum + m.need, 0) / result.ranking.length;
  const quick = result.ranking.filter((m) => m.depth === 'quick').length;
  summary.append(
    el('p', {}, `You rated ${result.answered} of ${result.questions} statements: ${quick === result.ranking.length ? 'the quick scan' : quick === 0 ? 'a deep dive on every mode you scored' : `the quick scan, and a deep dive on ${result.ranking.length - quick} failure mode${result.ranking.length - quick === 1 ? '' : 's'}`}. Across everything you rated, the average need is ${points(overall)}: ${describeNeed(overall)}.`),
    el('p', {}, 'Start with ', ...top.flatMap((m, i) => [i === 0 ? '' : i === top.length - 1 ? ' and ' : ', ', modeLink(data, m), ` (${Math.round(m.need)})`]), top.length === 1 ? ': it is where your answers show the most need.' : ': they are where your answers show the most need.'),
    el(
      'p',
      {},
      assessed.length === 1
        ? `Only ${worst.label.toLowerCase()} has answers so far.`
        : worst.need! - best.need! >= 5
          ? `By category, ${worst.label.toLowerCase()} needs the most attention and ${best.label.toLowerCase()} the least.`
          : 'The categories score within a few points of each other, so look at the individual failure modes below.',
    ),
  );
  chart.append(renderCategoryChart(result.categories, 'my-chart'));
  for (const m of result.ranking) {
    ranking.append(el('li', {}, modeLink(data, m), el('span', { class: 'meta' }, `Need ${points(m.need)}, ${describeNeed(m.need)}. Scored by ${describeDepth(m)}.`)));
  }
}

function renderGoDeeper(result: RespondentResult): void {
  const candidates = deeperCandidates(result);
  $('#go-deeper').hidden = candidates.length === 0;
  if (candidates.length === 0) return;
  const statements = candidates.reduce((sum, m) => sum + m.questions - 1 + m.signs, 0);
  $('#go-deeper-text').textContent = `Your top ${candidates.length === 1 ? 'failure mode comes' : `${candidates.length} failure modes come`} from one statement each: ${list(candidates.map((m) => m.title))}. Go deeper on ${candidates.length === 1 ? 'it' : 'them'} (${statements} more statements and warning signs, about ${Math.max(2, Math.round((statements * 10) / 60))} minutes) to make ${candidates.length === 1 ? 'its score' : 'their scores'} firmer before you act.`;
  $('#go-deeper-button').textContent = candidates.length === 1 ? `Go deeper on ${candidates[0]!.title}` : `Go deeper on these ${candidates.length}`;
}

/** Points a "Build this handbook" link at /build/ with the ranked chapters and the company in its fragment (never sent to a server). */
export function linkToBuilder(link: HTMLAnchorElement, ranking: Pick<ModeNeed, 'id'>[], company: string | undefined): void {
  link.href = `${link.getAttribute('href')!.split('#')[0]}${handOverFragment(ranking.map((m) => m.id), company)}`;
  link.hidden = ranking.length === 0;
}
