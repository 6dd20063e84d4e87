// How a team's combined answers are shown in the terminal (table, JSON, Markdown); kept apart from
// combining them so assess.ts reads as the steps of one run.
import { describeGap } from '../core/assessment/gap.ts';
import { DISAGREEMENT_POINTS, type TeamResult } from '../core/assessment/team.ts';
import { rankLabels } from '../core/assessment/ties.ts';
import { toTerminalText } from '../core/terminal-text.ts';
import { buildTeamReportMarkdown, describeLeftOut, describeRespondents } from '../document/team-report.ts';
import { words } from '../i18n/index.ts';
import type { AssessSummary } from './assess.ts';

/** The team view as plain text for a terminal: who answered, the gap, a table of every assessed mode. */
export function formatTeamTable(team: TeamResult): string {
  const round = (n: number | undefined) => (n === undefined ? '-' : String(Math.round(n)));
  const { headline, details } = describeGap(words(), team.gap);
  const lines = [
    toTerminalText(describeRespondents(words(), team)),
    '',
    toTerminalText(`${headline}.`),
    ...details.map((d) => `  ${toTerminalText(d)}`),
    '',
  ];
  const header = ['#', 'failure mode', 'team', 'leadership', 'front line', 'people', 'scored by'];
  const ranks = rankLabels(team.ranking);
  const rows = team.ranking.map((m, i) => [
    ranks[i]!,
    m.id,
    round(m.need),
    round(m.leadership),
    round(m.frontline),
    String(m.respondents),
    m.depth === 'quick' ? 'quick scan' : m.depth === 'deep' ? 'deep dive' : 'mixed',
  ]);
  let widths = header.map((h) => h.length);
  for (const r of rows) widths = widths.map((w, c) => Math.max(w, r[c]!.length));
  // Text columns left-aligned, numbers right-aligned, so the scores line up.
  const format = (row: string[]) =>
    row
      .map((cell, c) => (c === 1 || c === 6 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  lines.push(format(header), ...rows.map(format), '');
  const leftOut = describeLeftOut(words(), team);
  if (ranks.some((r) => r.endsWith('='))) leftOut.unshift('“2=” marks failure modes tied on the same score.');
  lines.push(...leftOut, ...(leftOut.length > 0 ? [''] : []));
  if (team.disagreements.length > 0) {
    lines.push(
      `Most disagreement (scores ${DISAGREEMENT_POINTS} or more points apart): ${team.disagreements.map((m) => m.id).join(', ')}`,
      '',
    );
  }
  return lines.join('\n');
}

/** The summary as JSON a terminal can show safely: JSON escapes C0 controls, this also escapes C1 and direction marks. */
export function formatSummaryJson(summary: AssessSummary): string {
  return (
    JSON.stringify(summary, null, 2).replace(
      /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ) + '\n'
  );
}

/** The Markdown team report, saying how many answers were counted once. */
export function formatTeamReport(summary: AssessSummary): string {
  return buildTeamReportMarkdown(words(), summary.team, summary.countedOnce);
}
