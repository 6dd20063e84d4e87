/**
 * The one-page team report as Markdown (`playbook assess --format md`): the gap headline, how many
 * answered per group, need by category, the neediest modes (ties marked) and where the team
 * disagrees; only what `combineTeam` lets any output show. The page prints the same content from
 * the same functions.
 */
import { toTerminalText } from '../core/terminal-text.ts';
import { describeNeed } from '../core/assessment/score.ts';
import { describeGap } from '../core/assessment/gap.ts';
import { MIN_PEOPLE } from '../core/assessment/limits.ts';
import { DISAGREEMENT_POINTS, type TeamModeNeed, type TeamResult } from '../core/assessment/team.ts';
import { chooseChapters, rankLabels } from '../core/assessment/ties.ts';
import type { AssessWords } from '../core/assessment/words.ts';
import { fill, list, plural } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/index.ts';

/** Rows of the neediest modes the one-page report shows. */
export const REPORT_TOP = 10;

/**
 * User text as Markdown text: control and direction characters (line breaks too) shown as visible
 * escapes, so the text stays on its line; then the characters that start emphasis, links, code,
 * HTML, entities or table cells backslash-escaped, and a leading list or heading marker too. Plain
 * punctuation (commas, colons, brackets) stays as it is, so the raw file still reads well.
 */
export function markdownText(text: string): string {
  return toTerminalText(text)
    .replace(/[\\`*_[\]<>|~&#!]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * Who answered, in one or two sentences: how many, per group, and everyone's names only when every
 * person gave one (in alphabetical order, so no name points at a role or an answer).
 */
export function describeRespondents(
  w: AssessWords,
  team: Pick<TeamResult, 'people' | 'groups' | 'names'>,
): string {
  const { locale } = w;
  const words = w.assess.report;
  const groups = (['leadership', 'frontline', 'other'] as const).flatMap((group) =>
    team.groups[group] > 0 ? [fill(locale, words.groups[group], { n: team.groups[group] })] : [],
  );
  return fill(locale, team.names ? words.respondentsNamed : words.respondents, {
    people: plural(locale, team.people, w.assess.people),
    groups: list(locale, groups),
    ...(team.names ? { names: list(locale, team.names) } : {}),
  });
}

/** The sentences under the team's figures: what a dash means and which modes are left out, so no gap looks like an oversight. */
export function describeLeftOut(w: AssessWords, team: Pick<TeamResult, 'fewRaters' | 'ranking'>): string[] {
  const words = w.assess.report;
  const min = MIN_PEOPLE;
  const dashes = team.ranking.some((m) => m.leadership === undefined || m.frontline === undefined);
  return [
    ...(team.fewRaters > 0 ? [plural(w.locale, team.fewRaters, words.fewRaters, { min })] : []),
    ...(dashes ? [fill(w.locale, words.dash, { min })] : []),
  ];
}

/** The modes a table of `rows` rows leaves out of a tie it cuts, as a sentence; undefined when the cut falls between two scores. */
export function describeCutTie(
  w: AssessWords,
  ranking: readonly TeamModeNeed[],
  rows: number,
): string | undefined {
  const cut = chooseChapters(ranking, rows).tie;
  if (!cut) return undefined;
  const hidden = cut.modes.slice(cut.places);
  return plural(w.locale, hidden.length, w.assess.report.cutTie, {
    need: cut.need,
    modes: list(
      w.locale,
      hidden.map((m) => m.title),
    ),
  });
}

const round = (n: number | undefined, none: string) => (n === undefined ? none : String(Math.round(n)));
const bar = (need: number | undefined) =>
  need === undefined ? '' : '█'.repeat(Math.round(need / 10)) + '░'.repeat(10 - Math.round(need / 10));

/** The team report as Markdown; every string from an answers file is escaped. Below MIN_PEOPLE people it holds the title and why nothing else. */
export function buildTeamReportMarkdown(
  w: Pick<Dictionary, 'locale' | 'assess'>,
  team: TeamResult,
  countedOnce = 0,
): string {
  const { locale } = w;
  const { report, markdown } = w.assess;
  const none = w.assess.noFigure;
  const { headline, details } = describeGap(w, team.gap);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const title = [
    `# ${team.company ? fill(locale, report.titleFor, { company: markdownText(team.company) }) : report.title}`,
    '',
    `**${fill(locale, w.assess.sentence, { text: markdownText(headline) })}**`,
    '',
  ];
  if (!team.enough) return [...title, ''].join('\n');
  const shown = team.ranking.slice(0, REPORT_TOP);
  const ranks = rankLabels(team.ranking);
  const cutTie = describeCutTie(w, team.ranking, REPORT_TOP);
  const columns = report.columns;
  const points = DISAGREEMENT_POINTS;
  const lines = [
    ...title,
    ...details.flatMap((d) => [markdownText(d), '']),
    markdownText(describeRespondents(w, team)),
    '',
    // How many, not which: the sources name files, and file names can name people.
    ...(countedOnce > 0 ? [plural(locale, countedOnce, markdown.countedOnce), ''] : []),
    `## ${markdown.byCategory}`,
    '',
    row([markdown.categoryColumns.category, markdown.categoryColumns.need, '']),
    row(['---', '---:', '---']),
    ...team.categories.map((c) => row([markdownText(c.label), round(c.need, none), bar(c.need)])),
    '',
    `## ${plural(locale, shown.length, report.topModes)}`,
    '',
    row([
      columns.rank,
      columns.mode,
      columns.team,
      columns.leadership,
      columns.frontline,
      columns.gap,
      columns.scoredBy,
    ]),
    row(['---:', '---', '---:', '---:', '---:', '---:', '---']),
    ...shown.map((m, i) =>
      row([
        ranks[i]!,
        fill(locale, markdown.modeWithNeed, {
          mode: markdownText(m.title),
          reading: describeNeed(w, m.need),
        }),
        round(m.need, none),
        round(m.leadership, none),
        round(m.frontline, none),
        m.gap === undefined ? none : `${m.gap > 0 ? '+' : ''}${Math.round(m.gap)}`,
        w.assess.depthShort[m.depth],
      ]),
    ),
    '',
    ...(cutTie ? [markdownText(cutTie), ''] : []),
    `## ${markdown.disagreementsTitle}`,
    '',
    ...(team.disagreements.length > 0
      ? team.disagreements.map(
          (m) => `- ${fill(locale, markdown.disagreement, { mode: markdownText(m.title), points })}`,
        )
      : [fill(locale, report.noDisagreement, { points })]),
    '',
    [
      ranks.some((r) => r.endsWith('=')) ? markdown.needScaleTied : markdown.needScale,
      markdown.gapMeaning,
      ...describeLeftOut(w, team),
    ].join(' '),
    '',
  ];
  return lines.join('\n');
}
