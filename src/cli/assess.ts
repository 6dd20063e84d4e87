import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { findAnswerCodes } from '../core/assessment/code.ts';
import { configHeaderFirstLine, DEFAULT_TOP, buildConfigYaml } from '../core/assessment/config.ts';
import { MAX_ANSWERS_FILE_BYTES, MAX_ANSWERS_FILES, readAnswersFile } from '../core/assessment/file.ts';
import { readBounded } from '../core/bounded-read.ts';
import { decodeUtf8 } from '../core/config/yaml-source.ts';
import { buildAssessmentModel } from '../core/assessment/model.ts';
import type { AssessmentModel } from '../core/assessment/score.ts';
import {
  combineTeam,
  dedupeAnswers,
  MIN_PEOPLE,
  type AnswersEntry,
  type TeamResult,
} from '../core/assessment/team.ts';
import { describeConfigText, toConfigText } from '../core/assessment/text.ts';
import { chooseChapters } from '../core/assessment/ties.ts';
import { suggest } from '../core/did-you-mean.ts';
import { UserError, type Problem } from '../core/problems.ts';
import { toTerminalText } from '../core/terminal-text.ts';
import { words } from '../i18n/index.ts';
import { loadLibraryFor } from './generate.ts';
import { UsageError, type Io } from './io.ts';
import { checkSingleFileTarget, startsWith, writeSingleFile, type SingleFileRule } from './single-file.ts';
import type { Cadence } from '../schemas/handbook-config.ts';

export interface AssessOptions {
  /** Answers files exported from the /assess/ page, one per person. */
  answers: string[];
  /** Answer codes copied from the /assess/ page (each argument may hold several). */
  codes?: string[];
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
  cadence?: Cadence;
  content?: string;
}

export interface AssessSummary {
  out: string;
  priorities: string[];
  /** The tie the chapters' cut fell in, all of whose modes are in the config: its need, size and the places it had. */
  tie?: { need: number; modes: number; places: number };
  team: TeamResult;
  /** How many answers were left out because the same person's answers were given twice. */
  countedOnce: number;
}

/** --force replaces only a config this command wrote: its first line says so. */
const ASSESS_OUT: SingleFileRule = {
  command: 'assess',
  what: 'config',
  defaultName: 'handbook.yaml',
  madeByUs: startsWith(configHeaderFirstLine(words())),
};

/** A problem whose every part may come from a user's file, made safe to print. */
const safeProblem = (p: Problem): Problem => ({
  ...p,
  file: toTerminalText(p.file),
  ...(p.field ? { field: toTerminalText(p.field) } : {}),
  message: toTerminalText(p.message),
});

/** Reads every answers file and code (reporting all problems at once), scores them as a team, and writes the config. */
export async function assess(io: Io, options: AssessOptions): Promise<AssessSummary> {
  const display = (path: string) => relative(io.cwd, path) || path;
  const outPath = resolve(io.cwd, options.out);
  // Checked before any work, so a slow run never ends in a refusal.
  await checkSingleFileTarget(outPath, display(outPath), options.force, ASSESS_OUT);
  if (options.answers.length > MAX_ANSWERS_FILES) {
    throw new UsageError(
      `--answers: ${options.answers.length} files given; combine at most ${MAX_ANSWERS_FILES} at once`,
      'assess',
    );
  }
  const { library } = await loadLibraryFor(io, options.content);
  const model = buildAssessmentModel(library.modes, words().categories);
  const { entries, problems, notes } = await readAllAnswers(io, options, model, display);
  if (entries.length > MAX_ANSWERS_FILES)
    problems.push({
      file: 'command line',
      message: `${entries.length} people's answers given; combine at most ${MAX_ANSWERS_FILES} at once`,
    });
  if (problems.length > 0) {
    const inputs = options.answers.length + (options.codes?.length ?? 0);
    const bad = new Set(problems.map((p) => p.file)).size;
    throw new UserError(
      problems.map(safeProblem),
      `${bad} of ${inputs} answers file${inputs === 1 ? '' : 's'} or codes ${bad === 1 ? 'has' : 'have'} problems; nothing was written`,
    );
  }
  const deduped = dedupeAnswers(words(), entries);
  notes.push(...deduped.notes);
  const countedOnce = notes.length;
  const files = deduped.kept.map((e) => e.answers);
  const team = combineTeam(model, files);
  if (!team.enough) {
    throw new UserError(
      [
        {
          file: 'command line',
          message: `answers from ${files.length === 1 ? 'one person' : `${files.length} people`}; combine at least ${MIN_PEOPLE}, so that no one's answers can be read on their own (for your own answers alone, use “Download handbook config” on the /assess/ page)`,
        },
      ],
      'Too few people to show a team view; nothing was written',
    );
  }
  if (team.ranking.length === 0) {
    throw new UserError(
      [
        {
          file: 'command line',
          message: `no failure mode was rated by ${MIN_PEOPLE} or more of the ${files.length} people; each person needs to answer at least the quick scan`,
        },
      ],
      'Nothing to put in a handbook; nothing was written',
    );
  }
  const people = files.length;
  const company = toConfigText(options.company ?? team.company ?? '');
  const cleaned = describeConfigText(
    words(),
    options.company ? 'The company name given with --company' : 'The company name in the answers',
    company,
  );
  if (cleaned) notes.push(cleaned);
  const top = options.top ?? DEFAULT_TOP;
  const yaml = buildConfigYaml(words(), team.ranking, {
    ...(company.text ? { company: company.text } : {}),
    top,
    ...(options.date ? { date: options.date } : {}),
    ...(options.start ? { trainingStart: options.start } : {}),
    ...(options.cadence ? { cadence: options.cadence } : {}),
    basis: `${people} people’s combined answers`,
  });
  await writeSingleFile(outPath, display(outPath), yaml, options.force, 'config', ASSESS_OUT);
  const { chapters, tie } = chooseChapters(team.ranking, top);
  // Notes name files and codes, so they go to the terminal only, never into a report or export.
  for (const note of notes) io.stderr(`Note: ${toTerminalText(note)}.\n`);
  return {
    out: display(outPath),
    priorities: chapters.map((m) => m.id),
    ...(tie ? { tie: { need: tie.need, modes: tie.modes.length, places: tie.places } } : {}),
    team,
    countedOnce,
  };
}

/** Every answers file and code, read and checked against the model; problems are collected, not thrown, so all show at once. */
async function readAllAnswers(
  io: Io,
  options: AssessOptions,
  model: AssessmentModel,
  display: (path: string) => string,
): Promise<{ entries: AnswersEntry[]; problems: Problem[]; notes: string[] }> {
  const problems: Problem[] = [];
  const entries: AnswersEntry[] = [];
  const notes: string[] = [];
  const seenPaths = new Map<string, string>();
  for (const path of options.answers) {
    const absolute = resolve(io.cwd, path);
    const shown = display(absolute);
    const read = await readAnswersText(absolute, shown);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const real = read.real;
    if (seenPaths.has(real)) {
      const first = seenPaths.get(real)!;
      notes.push(
        first === shown
          ? `${shown} was given twice, so it was counted once`
          : `${shown} is the same file as ${first}, so it was counted once`,
      );
      continue;
    }
    seenPaths.set(real, shown);
    const result = readAnswersFile(shown, read.text, model, { suggest });
    problems.push(...result.problems);
    if (result.answers) entries.push({ source: shown, answers: result.answers });
  }
  (options.codes ?? []).forEach((text, i) => {
    const found = findAnswerCodes(words(), model, text);
    const where = `--code ${i + 1}`;
    if (!Array.isArray(found)) problems.push({ file: where, message: found.error });
    else if (found.length === 0)
      problems.push({ file: where, message: 'no answer code found; codes start with SPA1-' });
    else
      found.forEach((f, k) =>
        f.answers
          ? entries.push({ source: found.length > 1 ? `${where}, code ${k + 1}` : where, answers: f.answers })
          : problems.push({ file: where, message: `${found.length > 1 ? `code ${k + 1}: ` : ''}${f.error}` }),
      );
  });
  return { entries, problems, notes };
}

/** One answers file's text, refused before reading when it is not a regular file or too large. */
async function readAnswersText(
  absolute: string,
  shown: string,
): Promise<{ text: string; real: string } | { problem: Problem }> {
  const fail = (message: string) => ({ problem: { file: shown, field: '--answers', message } });
  // Read without blocking and capped by bytes read, so a pipe, a device or a growing file cannot hang the run.
  const read = readBounded(absolute, MAX_ANSWERS_FILE_BYTES);
  if (!('bytes' in read)) {
    const reasons: Record<string, string> = {
      ENOENT: 'file not found; check the path',
      ENOTDIR: 'file not found; check the path',
      folder: 'is a folder; expected an answers file (.json)',
      'not-a-file': 'is not a regular file (a pipe, device or socket); expected an answers file (.json)',
      'too-large': `is larger than ${MAX_ANSWERS_FILE_BYTES / 1024} KB, the most an answers file may be (a full questionnaire is under 10 KB); check that this is the right file`,
      EACCES: 'permission denied; check that you may read this file',
    };
    return fail(reasons[read.reason] ?? `cannot be read (${read.reason})`);
  }
  const decoded = decodeUtf8(shown, read.bytes);
  if (decoded.text === undefined) return fail(decoded.problems[0]!.message);
  return { text: decoded.text, real: realpathSync(absolute) };
}
