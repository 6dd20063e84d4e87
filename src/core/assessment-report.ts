/**
 * The one-page team report as Markdown (`playbook assess --format md`): the gap headline, who
 * answered (by role unless everyone gave a name), need by category, the neediest modes and where
 * the team disagrees. The page prints the same content from the same functions.
 */
import { toTerminalText } from './terminal-text.ts';
import { describeNeed, type Depth } from './assessment.ts';
import { describeGap } from './assessment-gap.ts';
import { DISAGREEMENT_POINTS, type TeamResult } from './assessment-team.ts';

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

/** Who answered, in one sentence: labels are roles unless everyone gave a name. */
export function describeRespondents(team: Pick<TeamResult, 'respondents' | 'named'>): string {
  const n = team.respondents.length;
  const depths = (['quick', 'deep', 'mixed'] as const).map((d) => [d, team.respondents.filter((r) => r.depth === d).length] as const).filter(([, c]) => c > 0);
  return `${n} ${n === 1 ? 'person' : 'people'} answered: ${team.respondents.map((r) => r.label).join(', ')} (${depths.map(([d, c]) => `${DEPTH_WORDS[d]}: ${c}`).join(', ')}).${team.named ? '' : ' Names are not shown because not everyone gave one.'}`;
}

const round = (n: number | undefined) => (n === undefined ? '–' : String(Math.round(n)));
const bar = (need: number | undefined) => (need === undefined ? '' : '█'.repeat(Math.round(need / 10)) + '░'.repeat(10 - Math.round(need / 10)));

/** The team report as Markdown; every string from an answers file is escaped. */
export function buildTeamReportMarkdown(team: TeamResult, countedOnce = 0): string {
  const { headline, details } = describeGap(team.gap);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `# Service self-assessment: team report${team.company ? ` for ${markdownText(team.company)}` : ''}`,
    '',
    `**${markdownText(headline)}.**`,
    '',
    ...details.flatMap((d) => [markdownText(d), '']),
    markdownText(describeRespondents(team)),
    '',
    // How many, not which: the sources name files, and file names can name people.
    ...(countedOnce > 0 ? [`${countedOnce === 1 ? 'One set of answers was' : `${countedOnce} sets of answers were`} given twice and counted once.`, ''] : []),
    '## Need by category',
    '',
    row(['Category', 'Need', '']),
    row(['---', '---:', '---']),
    ...team.categories.map((c) => row([markdownText(c.label), round(c.need), bar(c.need)])),
    '',
    `## The ${Math.min(REPORT_TOP, team.ranking.length)} failure modes with the most need`,
    '',
    row(['#', 'Failure mode', 'Team', 'Leadership', 'Front line', 'Gap', 'Scored by']),
    row(['---:', '---', '---:', '---:', '---:', '---:', '---']),
    ...team.ranking.slice(0, REPORT_TOP).map((m, i) =>
      row([String(i + 1), `${markdownText(m.title)} (${describeNeed(m.need)})`, round(m.need), round(m.leadership), round(m.frontline), m.gap === undefined ? '–' : `${m.gap > 0 ? '+' : ''}${Math.round(m.gap)}`, DEPTH_WORDS[m.depth]]),
    ),
    '',
    '## Where the team disagrees most',
    '',
    ...(team.disagreements.length > 0
      ? team.disagreements.map((m) => `- ${markdownText(m.title)}: scores up to ${Math.round(m.spread)} points apart between people`)
      : [`No failure mode splits the team by ${DISAGREEMENT_POINTS} points or more.`]),
    '',
    'Need runs from 0 (in good shape) to 100 (urgent). Gap is the front line’s need minus leadership’s: positive where the front line sees more need.',
    '',
  ];
  return lines.join('\n');
}
