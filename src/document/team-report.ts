/**
 * The one-page team report as Markdown (`playbook assess --format md`): the gap headline, how many
 * answered per group, need by category, the neediest modes (ties marked) and where the team
 * disagrees; only what `combineTeam` lets any output show. The page prints the same content from
 * the same functions.
 */
import { toTerminalText } from '../core/terminal-text.ts';
import { describeNeed, type Depth } from '../core/assessment/score.ts';
import { describeGap } from '../core/assessment/gap.ts';
import { MIN_PEOPLE } from '../core/assessment/limits.ts';
import { DISAGREEMENT_POINTS, type TeamModeNeed, type TeamResult } from '../core/assessment/team.ts';
import { chooseChapters, rankLabels } from '../core/assessment/ties.ts';

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

const DEPTH_WORDS: Record<Depth, string> = { quick: 'quick scan', deep: 'deep dive', mixed: 'mixed' };

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const listed = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * Who answered, in one or two sentences: how many, per group, and everyone's names only when every
 * person gave one (in alphabetical order, so no name points at a role or an answer).
 */
export function describeRespondents(team: Pick<TeamResult, 'people' | 'groups' | 'names'>): string {
  const { leadership, frontline, other } = team.groups;
  const parts = [
    ...(leadership > 0 ? [`${leadership} in leadership`] : []),
    ...(frontline > 0 ? [`${frontline} from the front line`] : []),
    ...(other > 0 ? [`${other} with the role “Other”`] : []),
  ];
  const names = team.names ? ` Everyone gave a name: ${listed(team.names)}.` : '';
  return `${people(team.people)} answered: ${listed(parts)}.${names}`;
}

/** The sentences under the team's figures: what a dash means and which modes are left out, so no gap looks like an oversight. */
export function describeLeftOut(team: Pick<TeamResult, 'fewRaters' | 'ranking'>): string[] {
  const dashes = team.ranking.some((m) => m.leadership === undefined || m.frontline === undefined);
  return [
    ...(team.fewRaters > 0
      ? [
          `${team.fewRaters === 1 ? '1 failure mode was' : `${team.fewRaters} failure modes were`} rated by fewer than ${MIN_PEOPLE} people and ${team.fewRaters === 1 ? 'is' : 'are'} left out.`,
        ]
      : []),
    ...(dashes
      ? [
          `A dash: fewer than ${MIN_PEOPLE} people in that group rated it (or another group is that small), so only the team's figure is shown.`,
        ]
      : []),
  ];
}

/** The modes a table of `rows` rows leaves out of a tie it cuts, as a sentence; undefined when the cut falls between two scores. */
export function describeCutTie(ranking: readonly TeamModeNeed[], rows: number): string | undefined {
  const cut = chooseChapters(ranking, rows).tie;
  if (!cut) return undefined;
  const hidden = cut.modes.slice(cut.places);
  return `${hidden.length === 1 ? '1 more failure mode also scores' : `${hidden.length} more failure modes also score`} ${cut.need}, tied with the last rows: ${listed(hidden.map((m) => m.title))}.`;
}

const round = (n: number | undefined) => (n === undefined ? '–' : String(Math.round(n)));
const bar = (need: number | undefined) =>
  need === undefined ? '' : '█'.repeat(Math.round(need / 10)) + '░'.repeat(10 - Math.round(need / 10));

/** The team report as Markdown; every string from an answers file is escaped. Below MIN_PEOPLE people it holds the title and why nothing else. */
export function buildTeamReportMarkdown(team: TeamResult, countedOnce = 0): string {
  const { headline, details } = describeGap(team.gap);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const title = [
    `# Service self-assessment: team report${team.company ? ` for ${markdownText(team.company)}` : ''}`,
    '',
    `**${markdownText(headline)}.**`,
    '',
  ];
  if (!team.enough) return [...title, ''].join('\n');
  const shown = team.ranking.slice(0, REPORT_TOP);
  const ranks = rankLabels(team.ranking);
  const cutTie = describeCutTie(team.ranking, REPORT_TOP);
  const lines = [
    ...title,
    ...details.flatMap((d) => [markdownText(d), '']),
    markdownText(describeRespondents(team)),
    '',
    // How many, not which: the sources name files, and file names can name people.
    ...(countedOnce > 0
      ? [
          `${countedOnce === 1 ? 'One set of answers was' : `${countedOnce} sets of answers were`} given twice and counted once.`,
          '',
        ]
      : []),
    '## Need by category',
    '',
    row(['Category', 'Need', '']),
    row(['---', '---:', '---']),
    ...team.categories.map((c) => row([markdownText(c.label), round(c.need), bar(c.need)])),
    '',
    `## The ${shown.length} failure modes with the most need`,
    '',
    row(['#', 'Failure mode', 'Team', 'Leadership', 'Front line', 'Gap', 'Scored by']),
    row(['---:', '---', '---:', '---:', '---:', '---:', '---']),
    ...shown.map((m, i) =>
      row([
        ranks[i]!,
        `${markdownText(m.title)} (${describeNeed(m.need)})`,
        round(m.need),
        round(m.leadership),
        round(m.frontline),
        m.gap === undefined ? '–' : `${m.gap > 0 ? '+' : ''}${Math.round(m.gap)}`,
        DEPTH_WORDS[m.depth],
      ]),
    ),
    '',
    ...(cutTie ? [markdownText(cutTie), ''] : []),
    '## Where the team disagrees most',
    '',
    ...(team.disagreements.length > 0
      ? team.disagreements.map(
          (m) =>
            `- ${markdownText(m.title)}: people's scores are ${DISAGREEMENT_POINTS} or more points apart`,
        )
      : [`No failure mode splits the team by ${DISAGREEMENT_POINTS} points or more.`]),
    '',
    [
      `Need runs from 0 (in good shape) to 100 (urgent)${ranks.some((r) => r.endsWith('=')) ? '; “2=” marks failure modes tied on the same score' : ''}.`,
      'Gap is the front line’s need minus leadership’s: positive where the front line sees more need.',
      ...describeLeftOut(team),
    ].join(' '),
    '',
  ];
  return lines.join('\n');
}
