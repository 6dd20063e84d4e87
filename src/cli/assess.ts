import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { buildAssessmentModel, buildConfigYaml, combineTeam, describeGap, DISAGREEMENT_POINTS, type TeamResult } from '../core/assessment.ts';
import { readAnswersFile } from '../core/assessment-file.ts';
import { suggest } from '../core/library.ts';
import { UserError, type Problem } from '../core/problems.ts';
import type { AnswersFile } from '../schemas/assessment.ts';
import { CATEGORIES } from '../schemas/taxonomy.ts';
import { loadLibraryFor } from './generate.ts';
import { UsageError, type Io } from './io.ts';

export interface AssessOptions {
  /** Answers files exported from the /assess/ page, one per person. */
  answers: string[];
  /** Where to write the handbook config. */
  out: string;
  force: boolean;
  /** How many top modes become chapters. */
  top?: number;
  /** Overrides the company name in the files. */
  company?: string;
  /** Cover date for the config (YYYY-MM-DD). */
  date?: string;
  /** First training session (YYYY-MM-DD) and cadence, written into the config's training block. */
  start?: string;
  cadence?: 'weekly' | 'fortnightly' | 'monthly';
  content?: string;
}

export interface AssessSummary {
  out: string;
  priorities: string[];
  team: TeamResult;
}

/** Reads every answers file (reporting all problems at once), scores them as a team, and writes the config. */
export async function assess(io: Io, options: AssessOptions): Promise<AssessSummary> {
  const display = (path: string) => relative(io.cwd, path) || path;
  const outPath = resolve(io.cwd, options.out);
  // Checked before any work, so a slow run never ends in a refusal.
  if (existsSync(outPath) && !options.force) {
    throw new UsageError(`${display(outPath)} already exists; add --force to replace it, or choose another file with --out`, 'assess');
  }
  const { library } = await loadLibraryFor(io, options.content);
  const model = buildAssessmentModel(library.modes, CATEGORIES);
  const problems: Problem[] = [];
  const files: AnswersFile[] = [];
  for (const path of options.answers) {
    const absolute = resolve(io.cwd, path);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file: display(absolute), field: '--answers', message: code === 'ENOENT' ? 'file not found; check the path' : code === 'EISDIR' ? 'is a folder; expected an answers file (.json)' : `cannot be read (${code ?? (error as Error).message})` });
      continue;
    }
    const read = readAnswersFile(display(absolute), text, model, { suggest });
    problems.push(...read.problems);
    if (read.answers) files.push(read.answers);
  }
  if (problems.length > 0) {
    const bad = new Set(problems.map((p) => p.file)).size;
    throw new UserError(problems, `${bad} of ${options.answers.length} answers file${options.answers.length === 1 ? '' : 's'} ${bad === 1 ? 'has' : 'have'} problems; nothing was written`);
  }
  const team = combineTeam(model, files);
  if (team.ranking.length === 0) {
    throw new UserError(
      options.answers.map((file) => ({ file, message: 'no statement rated and no warning sign ticked' })),
      'The answers files are empty, so there is nothing to put in a handbook',
    );
  }
  const people = files.length;
  const yaml = buildConfigYaml(team.ranking, {
    ...((options.company ?? team.company) ? { company: options.company ?? team.company } : {}),
    ...(options.top !== undefined ? { top: options.top } : {}),
    ...(options.date ? { date: options.date } : {}),
    ...(options.start ? { trainingStart: options.start } : {}),
    ...(options.cadence ? { cadence: options.cadence } : {}),
    basis: people === 1 ? 'one person’s answers' : `${people} people’s combined answers`,
  });
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, yaml, { flag: options.force ? 'w' : 'wx' });
  const priorities = team.ranking.slice(0, options.top ?? 5).map((m) => m.id);
  return { out: display(outPath), priorities, team };
}

/** The team view as plain text for a terminal: who answered, the gap, a table of every assessed mode. */
export function formatTeamTable(team: TeamResult): string {
  const round = (n: number | undefined) => (n === undefined ? '-' : String(Math.round(n)));
  const { gap } = team;
  const lines = [
    `Answers from ${team.respondents.length} ${team.respondents.length === 1 ? 'person' : 'people'}: ${team.respondents.map((r) => `${r.name || 'unnamed'} (${r.role})`).join(', ')}`,
    '',
    `${describeGap(gap)}.`,
  ];
  if (gap.points !== undefined) {
    lines.push(`  Average need: leadership ${round(gap.leadership)} (${gap.leadershipCount}), front line ${round(gap.frontline)} (${gap.frontlineCount}), on a scale of 0 to 100.`);
    for (const m of gap.widest) lines.push(`  Wide gap: ${m.id} (leadership ${round(m.leadership)}, front line ${round(m.frontline)})`);
  }
  lines.push('');
  const header = ['#', 'failure mode', 'team', 'leadership', 'front line', 'spread'];
  const rows = team.ranking.map((m, i) => [String(i + 1), m.id, round(m.need), round(m.leadership), round(m.frontline), round(m.spread)]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  // Text columns left-aligned, numbers right-aligned, so the scores line up.
  const format = (row: string[]) => row.map((cell, c) => (c === 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  lines.push(format(header), ...rows.map(format), '');
  if (team.disagreements.length > 0) {
    lines.push(`Most disagreement (scores ${DISAGREEMENT_POINTS} or more points apart): ${team.disagreements.map((m) => m.id).join(', ')}`, '');
  }
  return lines.join('\n');
}

/** Reads a positive whole number option such as --top. */
export function parseTop(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new UsageError(`--top: expected a whole number from 1 to 50, got "${value}"`, 'assess');
  return n;
}
