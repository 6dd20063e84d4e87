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
import { MIN_PEOPLE } from '../../core/assessment/limits.ts';
import type { AssessWords } from '../../core/assessment/words.ts';
import { fill, fillParts, list, plural, type Plural } from '../../i18n/format.ts';
import { renderCategoryChart } from './chart.ts';
import { el } from './dom.ts';
import { asAnswers, type Draft } from './draft.ts';
import { $, type ViewData } from './page-data.ts';
import { handOverFragment } from '../builder/hand-over.ts';

/** Up to this many tied modes are named in the summary; more are left to the list below it. */
const NAMED_IN_SUMMARY = 6;

export const modeLink = (data: ViewData, mode: Pick<ModeNeed, 'id' | 'title'>) =>
  el('a', { href: data.urls[mode.id], ...englishTitle(data, mode.id) }, mode.title);

/** lang and dir for a mode's title that is still English on a page in another language (none otherwise). */
export const englishTitle = (data: Pick<ViewData, 'inEnglish'>, id: string): Record<string, string> =>
  data.inEnglish?.includes(id) ? { lang: 'en', dir: 'ltr' } : {};

/** Links to modes joined as the language joins a list ("A, B and C"). */
function linkList(data: ViewData, items: readonly ModeNeed[]): (Node | string)[] {
  const parts = new Intl.ListFormat(data.words.locale).formatToParts(items.map((m) => m.id));
  let next = 0;
  return parts.map((part) => (part.type === 'element' ? modeLink(data, items[next++]!) : part.value));
}

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
function describeTie(
  data: ViewData,
  tie: NeedTie<ModeNeed>,
  sentences: { plain: Plural; named: Plural },
): (Node | string)[] {
  const { locale } = data.words;
  const n = tie.modes.length;
  if (n > NAMED_IN_SUMMARY) return [plural(locale, n, sentences.plain, { need: tie.need })];
  // The names are links, so the sentence is filled as parts around them.
  const form = sentences.named[new Intl.PluralRules(locale).select(n)] ?? sentences.named.other;
  return fillParts<Node | string>(locale, form, { n, need: tie.need, modes: linkList(data, tie.modes) });
}

/** The sentences that lead the results: the mode with the most need, or the tie at the top, and a tie right after it, named as ties. */
function leadSentence(data: ViewData, result: RespondentResult): HTMLElement {
  const { locale, assess } = data.words;
  const words = assess.results;
  const [first, second] = groupTies(result.ranking);
  if (first!.modes.length > 1)
    return el(
      'p',
      {},
      ...describeTie(data, first!, { plain: words.topTie, named: words.topTieNamed }),
      ' ',
      words.tieApart,
    );
  return el(
    'p',
    {},
    ...fillParts(locale, words.startWith, { mode: modeLink(data, first!.modes[0]!), need: first!.need }),
    ...(second && second.modes.length > 1
      ? [
          ' ',
          ...describeTie(data, second, { plain: words.nextTie, named: words.nextTieNamed }),
          ' ',
          words.tieApart,
        ]
      : []),
  );
}

function categorySentence(w: AssessWords, result: RespondentResult): string {
  const { locale } = w;
  const words = w.assess.results;
  const assessed = result.categories.filter((c) => c.need !== undefined);
  if (assessed.length === 1) return fill(locale, words.onlyCategory, { category: assessed[0]!.inSentence });
  const needs = assessed.map((c) => Math.round(c.need!));
  const [high, low] = [Math.max(...needs), Math.min(...needs)];
  if (high - low < 5) return words.categoriesClose;
  // Category labels hold "and" themselves, so several at one end are counted rather than listed.
  const at = (n: number) => {
    const found = assessed.filter((c) => Math.round(c.need!) === n);
    return found.length === 1
      ? found[0]!.inSentence
      : fill(locale, words.categoriesAt, { n: found.length, need: n });
  };
  return plural(locale, needs.filter((n) => n === high).length, words.byCategory, {
    most: at(high),
    least: at(low),
  });
}

export function renderResults(
  data: ViewData,
  result: RespondentResult,
  choice: ChapterChoice<ModeNeed>,
  unscored: readonly AssessmentMode[],
): void {
  const w = data.words;
  const { locale } = w;
  const words = w.assess.results;
  const summary = $('#results-summary');
  const ranking = $('#results-ranking');
  const chart = $('#results-chart');
  summary.replaceChildren();
  ranking.replaceChildren();
  chart.replaceChildren();
  renderGoDeeper(data, choice);
  const signsOnly =
    unscored.length > 0
      ? [
          el(
            'p',
            {},
            plural(locale, unscored.length, words.signsOnly, {
              modes: list(
                locale,
                unscored.map((m) => m.title),
              ),
            }),
          ),
        ]
      : [];
  if (result.ranking.length === 0) {
    summary.append(el('p', {}, words.nothingYet), ...signsOnly);
    return;
  }
  const overall = result.ranking.reduce((sum, m) => sum + m.need, 0) / result.ranking.length;
  const quick = result.ranking.filter((m) => m.depth === 'quick').length;
  const deep = result.ranking.length - quick;
  const rated = { answered: result.answered, questions: result.questions };
  summary.append(
    el(
      'p',
      {},
      [
        deep === 0
          ? fill(locale, words.ratedQuick, rated)
          : quick === 0
            ? fill(locale, words.ratedDeep, rated)
            : plural(locale, deep, words.ratedMixed, rated),
        fill(locale, words.average, { need: Math.round(overall), reading: describeNeed(w, overall) }),
      ].join(' '),
    ),
    leadSentence(data, result),
    el('p', {}, categorySentence(w, result)),
    ...signsOnly,
  );
  chart.append(renderCategoryChart(w, result.categories, 'my-chart'));
  let place = 1;
  for (const tie of groupTies(result.ranking)) {
    const others = tie.modes.length - 1;
    for (const m of tie.modes) {
      const values = {
        need: Math.round(m.need),
        reading: describeNeed(w, m.need),
        depth: describeDepth(w, m),
      };
      ranking.append(
        el(
          'li',
          { value: String(place) },
          modeLink(data, m),
          el(
            'span',
            { class: 'meta' },
            others > 0
              ? plural(locale, others, words.rankingItemTied, values)
              : fill(locale, words.rankingItem, values),
          ),
        ),
      );
    }
    place += tie.modes.length;
  }
}

function renderGoDeeper(data: ViewData, choice: ChapterChoice<ModeNeed>): void {
  const { locale } = data.words;
  const words = data.words.assess.results;
  const candidates = deeperCandidates(choice);
  $('#go-deeper').hidden = candidates.length === 0;
  if (candidates.length === 0) return;
  const n = candidates.length;
  const items = candidates.reduce((sum, m) => sum + m.questions - 1 + m.signs, 0);
  const values = { items, minutes: Math.max(2, Math.round((items * 10) / 60)) };
  $('#go-deeper-text').textContent =
    n <= NAMED_IN_SUMMARY
      ? plural(locale, n, words.goDeeper, {
          ...values,
          modes: list(
            locale,
            candidates.map((m) => m.title),
          ),
        })
      : plural(locale, n, words.goDeeperUnnamed, values);
  $('#go-deeper-button').textContent =
    n === 1
      ? fill(locale, words.goDeeperOn, { mode: candidates[0]!.title })
      : fill(locale, words.goDeeperOnThese, { n });
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
export function showShare(data: ViewData, draft: Draft): void {
  const { locale } = data.words;
  const words = data.words.assess.results;
  const role = draft.respondent.role;
  $<HTMLTextAreaElement>('#answer-code').value = role ? encodeAnswerCode(data, asAnswers(draft)) : '';
  for (const id of ['#copy-code', '#copy-link']) $<HTMLButtonElement>(id).disabled = !role;
  if (!role) {
    $('#share-about').textContent = words.shareNoRole;
    return;
  }
  const { name } = draft.respondent;
  const holds = words.shareHolds[draft.company ? (name ? 'both' : 'company') : name ? 'name' : 'plain'];
  $('#share-about').textContent = [
    words.shareIntro,
    fill(locale, holds, { role: words.roleInSentence[role], name }),
    fill(locale, words.shareSafety, { min: MIN_PEOPLE }),
  ].join(' ');
}
