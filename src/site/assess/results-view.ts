/**
 * One person's results on the /assess/ page: the summary (ties named as ties), the ranking with its
 * depth and shared places, the chart, and the go-deeper offer for the chapters scored from one statement.
 */
import {
  describeDepth,
  describeNeed,
  type AssessmentMode,
  type ModeNeed,
  type RespondentResult,
} from '../../core/assessment/score.ts';
import { encodeAnswerCode } from '../../core/assessment/code.ts';
import { toConfigText } from '../../core/assessment/text.ts';
import { groupTies, type ChapterChoice, type NeedTie } from '../../core/assessment/ties.ts';
import { renderCategoryChart } from './chart.ts';
import { RESPONDENT_ROLES } from '../../schemas/respondent-roles.ts';
import { el } from './dom.ts';
import { asAnswers, type Draft } from './draft.ts';
import { $, type PageData } from './page-data.ts';
import { handOverFragment } from '../builder/hand-over.ts';

/** Up to this many tied modes are named in the summary; more are left to the list below it. */
const NAMED_IN_SUMMARY = 6;

const points = (n: number) => `${Math.round(n)} of 100`;
const list = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const modes = (n: number) => `${n} failure mode${n === 1 ? '' : 's'}`;

export const modeLink = (data: PageData, mode: Pick<ModeNeed, 'id' | 'title'>) =>
  el('a', { href: data.urls[mode.id] }, mode.title);

/** Links to modes joined as an English list ("A, B and C"). */
const linkList = (data: PageData, items: readonly ModeNeed[]) =>
  items.flatMap((m, i) => [i === 0 ? '' : i === items.length - 1 ? ' and ' : ', ', modeLink(data, m)]);

/**
 * The modes worth a deep dive: the handbook's chapters scored from one statement, and while none of
 * a tie at its last places is chosen, that tie's modes too (a deep dive is how to tell them apart;
 * a tie at 0 needs none). Deep-dived modes are never offered again, so it does not lead on to
 * another arbitrary few.
 */
export function deeperCandidates(choice: ChapterChoice<ModeNeed>): ModeNeed[] {
  const { tie } = choice;
  const undecided = tie && choice.chapters.length === tie.above && tie.need > 0;
  return (undecided ? [...choice.chapters, ...tie.modes] : choice.chapters).filter(
    (m) => m.depth === 'quick',
  );
}

/** "N failure modes tie at X of 100", then the names when there are few enough to read in a sentence. */
function describeTie(data: PageData, tie: NeedTie<ModeNeed>, lead: string): (Node | string)[] {
  const named = tie.modes.length <= NAMED_IN_SUMMARY;
  return [
    `${lead}${tie.modes.length} failure modes tie at ${tie.need} of 100${named ? ': ' : '.'}`,
    ...(named ? [...linkList(data, tie.modes), '.'] : []),
  ];
}

/** The sentences that lead the results: the mode with the most need, or the tie at the top, and a tie right after it, named as ties. */
function leadSentence(data: PageData, result: RespondentResult): HTMLElement {
  const [first, second] = groupTies(result.ranking);
  const apart =
    ' Your answers put none of them ahead of another: choose among them for the handbook below, or go deeper on them to tell them apart.';
  if (first!.modes.length > 1)
    return el('p', {}, ...describeTie(data, first!, 'The most need in your answers: '), apart);
  return el(
    'p',
    {},
    'Start with ',
    modeLink(data, first!.modes[0]!),
    ` (${first!.need} of 100): it is where your answers show the most need.`,
    ...(second && second.modes.length > 1 ? [' ', ...describeTie(data, second, 'After it, '), apart] : []),
  );
}

function categorySentence(result: RespondentResult): string {
  const assessed = result.categories.filter((c) => c.need !== undefined);
  if (assessed.length === 1) return `Only ${assessed[0]!.label.toLowerCase()} has answers so far.`;
  const needs = assessed.map((c) => Math.round(c.need!));
  const [high, low] = [Math.max(...needs), Math.min(...needs)];
  if (high - low < 5)
    return 'The categories score within a few points of each other, so look at the individual failure modes below.';
  // Category labels hold "and" themselves, so several at one end are counted rather than listed.
  const at = (n: number) => {
    const found = assessed.filter((c) => Math.round(c.need!) === n);
    return found.length === 1 ? found[0]!.label.toLowerCase() : `${found.length} categories (${n} of 100)`;
  };
  return `By category, ${at(high)} ${needs.filter((n) => n === high).length === 1 ? 'needs' : 'need'} the most attention and ${at(low)} the least.`;
}

export function renderResults(
  data: PageData,
  result: RespondentResult,
  choice: ChapterChoice<ModeNeed>,
  unscored: readonly AssessmentMode[],
): void {
  const summary = $('#results-summary');
  const ranking = $('#results-ranking');
  const chart = $('#results-chart');
  summary.replaceChildren();
  ranking.replaceChildren();
  chart.replaceChildren();
  renderGoDeeper(choice);
  const signsOnly =
    unscored.length > 0
      ? [
          el(
            'p',
            {},
            `You ticked warning signs of ${list(unscored.map((m) => m.title))} but rated none of ${unscored.length === 1 ? 'its' : 'their'} statements, so ${unscored.length === 1 ? 'it has' : 'they have'} no score yet: rate at least one statement.`,
          ),
        ]
      : [];
  if (result.ranking.length === 0) {
    summary.append(
      el('p', {}, 'Nothing to score yet. Rate a few statements above, then come back here.'),
      ...signsOnly,
    );
    return;
  }
  const overall = result.ranking.reduce((sum, m) => sum + m.need, 0) / result.ranking.length;
  const quick = result.ranking.filter((m) => m.depth === 'quick').length;
  const deep = result.ranking.length - quick;
  summary.append(
    el(
      'p',
      {},
      `You rated ${result.answered} of ${result.questions} statements: ${deep === 0 ? 'the quick scan' : quick === 0 ? 'a deep dive on every mode you scored' : `the quick scan, and a deep dive on ${modes(deep)}`}. Across everything you rated, the average need is ${points(overall)}: ${describeNeed(overall)}.`,
    ),
    leadSentence(data, result),
    el('p', {}, categorySentence(result)),
    ...signsOnly,
  );
  chart.append(renderCategoryChart(result.categories, 'my-chart'));
  let place = 1;
  for (const tie of groupTies(result.ranking)) {
    const others = tie.modes.length - 1;
    for (const m of tie.modes) {
      const tied =
        others > 0
          ? `, tied with ${others === 1 ? '1 other failure mode' : `${others} other failure modes`}`
          : '';
      ranking.append(
        el(
          'li',
          { value: String(place) },
          modeLink(data, m),
          el(
            'span',
            { class: 'meta' },
            `Need ${points(m.need)}, ${describeNeed(m.need)}${tied}. Scored by ${describeDepth(m)}.`,
          ),
        ),
      );
    }
    place += tie.modes.length;
  }
}

function renderGoDeeper(choice: ChapterChoice<ModeNeed>): void {
  const candidates = deeperCandidates(choice);
  $('#go-deeper').hidden = candidates.length === 0;
  if (candidates.length === 0) return;
  const n = candidates.length;
  const items = candidates.reduce((sum, m) => sum + m.questions - 1 + m.signs, 0);
  const which =
    n === 1
      ? 'One failure mode at the top of your results comes'
      : `${n} failure modes at the top of your results come`;
  const names = n <= NAMED_IN_SUMMARY ? `: ${list(candidates.map((m) => m.title))}` : '';
  $('#go-deeper-text').textContent =
    `${which} from one statement each${names}. Go deeper on ${n === 1 ? 'it' : 'them'} (${items} more statements and warning signs, about ${Math.max(2, Math.round((items * 10) / 60))} minutes) to make ${n === 1 ? 'its score' : 'their scores'} firmer before you act; a deep dive that confirms a problem keeps it where it is.`;
  $('#go-deeper-button').textContent =
    n === 1 ? `Go deeper on ${candidates[0]!.title}` : `Go deeper on these ${n}`;
}

/**
 * Points a "Build this handbook" link at /build/ with the chapters and the company in its fragment
 * (never sent to a server). The company goes as the builder's checks accept it (assessment-text.ts).
 */
export function linkToBuilder(
  link: HTMLAnchorElement,
  chapters: readonly Pick<ModeNeed, 'id'>[],
  company: string | undefined,
): void {
  link.href = `${link.getAttribute('href')!.split('#')[0]}${handOverFragment(
    chapters.map((m) => m.id),
    toConfigText(company ?? '').text,
  )}`;
  link.hidden = chapters.length === 0;
}

/** The answer code and what it carries; without a role there is no code, and the page says why. */
export function showShare(data: PageData, draft: Draft): void {
  const role = draft.respondent.role;
  $<HTMLTextAreaElement>('#answer-code').value = role ? encodeAnswerCode(data, asAnswers(draft)) : '';
  for (const id of ['#copy-code', '#copy-link']) $<HTMLButtonElement>(id).disabled = !role;
  $('#share-about').textContent = role
    ? `Copy the code (or the link) into an email or chat message to whoever collects your team's answers. It holds your role (${RESPONDENT_ROLES[role].toLowerCase()}) and your answers${draft.company ? ', the company name' : ''}${draft.respondent.name ? ` and your name (${draft.respondent.name}), which the team sees only in a list of who took part, and only if everyone gives one` : ''}. The team view shows nothing until 3 people's codes are in, and never one person's answers; but the code is not encrypted, so someone with technical skill can read your answers from it. Send it to someone you trust with them.`
    : 'Choose your role under “About you” first: the code needs it so the team view can compare leadership with the front line.';
}
