/**
 * Reading an answers file: size and entry limits, JSON syntax, the schema, and ids and numbers that
 * must exist in the library. Pure (text in, answers and problems out), shared by `playbook assess`
 * and the /assess/ page's team import, which loads this module only when someone imports files.
 */
import type { ZodIssue } from 'astro/zod';
import { AnswersFileSchema, type AnswersFile } from '../../schemas/assessment.ts';
import type { AssessmentModel } from './score.ts';
import type { Problem } from '../problems.ts';
import { describeZodIssue } from '../zod-wording.ts';
import {
  MAX_ANSWERS_FILE_BYTES,
  MAX_MODE_ENTRIES,
  MAX_PROBLEMS_PER_FILE,
  MAX_STATEMENT_ENTRIES,
} from './limits.ts';

export {
  MAX_ANSWERS_FILE_BYTES,
  MAX_ANSWERS_FILES,
  MAX_MODE_ENTRIES,
  MAX_STATEMENT_ENTRIES,
  MAX_PROBLEMS_PER_FILE,
} from './limits.ts';

export interface ReadAnswersOptions {
  /** Returns ` (did you mean "x"?)` for an unknown id, or ''; the CLI passes the library's `suggest`. */
  suggest?: (input: string, candidates: string[]) => string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Counts entries without building arrays of them, so an enormous object costs no more than a pass. */
function countKeys(value: Record<string, unknown>, stopAt: number): number {
  let n = 0;
  for (const key in value) if (Object.hasOwn(value, key) && ++n > stopAt) break;
  return n;
}

/** Entry limits, checked on the parsed JSON before the schema runs. */
function checkLimits(file: string, json: unknown): Problem[] {
  if (!isRecord(json)) return [];
  const problems: Problem[] = [];
  for (const field of ['answers', 'warningSigns'] as const) {
    const value = json[field];
    if (!isRecord(value)) continue;
    if (countKeys(value, MAX_MODE_ENTRIES) > MAX_MODE_ENTRIES) {
      problems.push({
        file,
        field,
        message: `lists more than ${MAX_MODE_ENTRIES} failure modes; this is not a file the /assess/ page wrote`,
      });
      continue;
    }
    if (field === 'answers') {
      for (const id in value) {
        const byQuestion = value[id];
        if (isRecord(byQuestion) && countKeys(byQuestion, MAX_STATEMENT_ENTRIES) > MAX_STATEMENT_ENTRIES) {
          problems.push({
            file,
            field: `answers.${id}`,
            message: `lists more than ${MAX_STATEMENT_ENTRIES} statements; this is not a file the /assess/ page wrote`,
          });
        }
      }
    }
  }
  return problems;
}

/** At most MAX_PROBLEMS_PER_FILE problems, then one line saying how many more there are. */
function capProblems(file: string, problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS_PER_FILE),
    {
      file,
      field: '~',
      message: `and ${problems.length - MAX_PROBLEMS_PER_FILE} more problems; fix the ones above or export the file again`,
    },
  ];
}

/** Parses and checks one answers file; never throws. Every problem names the file and the field. */
export function readAnswersFile(
  file: string,
  text: string,
  model: AssessmentModel,
  options: ReadAnswersOptions = {},
): { answers?: AnswersFile; problems: Problem[] } {
  if (text.length > MAX_ANSWERS_FILE_BYTES) {
    return {
      problems: [
        {
          file,
          message: `is ${Math.round(text.length / 1024)} KB; answers files are at most ${MAX_ANSWERS_FILE_BYTES / 1024} KB (a full questionnaire is under 10 KB)`,
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        {
          file,
          message: `not valid JSON (${(error as Error).message.slice(0, 200)}); export the file again from the /assess/ page`,
        },
      ],
    };
  }
  const limits = checkLimits(file, json);
  if (limits.length > 0) return { problems: capProblems(file, limits) };
  const result = AnswersFileSchema.safeParse(json);
  const suggest = options.suggest ?? (() => '');
  if (!result.success) {
    const problems: Problem[] = result.error.issues.map((issue) => ({
      file,
      ...(issue.path.length ? { field: issue.path.join('.') } : {}),
      message: describe(issue),
    }));
    // Unknown ids are worth reporting alongside schema problems, so every problem shows at once.
    const raw = json as { answers?: unknown; warningSigns?: unknown } | null;
    const keys = (value: unknown) =>
      isRecord(value) ? Object.fromEntries(Object.keys(value).map((k) => [k, {}])) : {};
    const ids = checkAgainstModel(
      file,
      {
        answers: keys(raw?.answers),
        warningSigns: Object.fromEntries(Object.keys(keys(raw?.warningSigns)).map((k) => [k, []])),
      },
      model,
      suggest,
    );
    return { problems: capProblems(file, problems.concat(ids)) };
  }
  const problems = checkAgainstModel(file, result.data, model, suggest);
  return problems.length > 0 ? { problems: capProblems(file, problems) } : { answers: result.data, problems };
}

/** Mode ids, question numbers and warning-sign numbers must all exist in this version of the playbook. */
function checkAgainstModel(
  file: string,
  answers: Pick<AnswersFile, 'answers' | 'warningSigns'>,
  model: AssessmentModel,
  suggest: NonNullable<ReadAnswersOptions['suggest']>,
): Problem[] {
  const byId = new Map(model.modes.map((m) => [m.id, m]));
  const ids = [...byId.keys()];
  const problems: Problem[] = [];
  const unknown = (field: string, id: string) =>
    problems.push({
      file,
      field,
      message: `unknown failure mode "${id}"${suggest(id, ids)}; the file may come from another version of the playbook`,
    });
  for (const [id, byQuestion] of Object.entries(answers.answers)) {
    const mode = byId.get(id);
    if (!mode) {
      unknown(`answers.${id}`, id);
      continue;
    }
    for (const index of Object.keys(byQuestion)) {
      if (Number(index) >= mode.questions) {
        problems.push({
          file,
          field: `answers.${id}.${index}`,
          message: `"${id}" has ${mode.questions} statements, numbered 0 to ${mode.questions - 1}`,
        });
      }
    }
  }
  for (const [id, ticked] of Object.entries(answers.warningSigns)) {
    const mode = byId.get(id);
    if (!mode) {
      unknown(`warningSigns.${id}`, id);
      continue;
    }
    const seen = new Set<number>();
    ticked.forEach((index, i) => {
      if (index >= mode.signs)
        problems.push({
          file,
          field: `warningSigns.${id}.${i}`,
          message: `"${id}" has ${mode.signs} warning signs, numbered 0 to ${mode.signs - 1}; got ${index}`,
        });
      else if (seen.has(index))
        problems.push({
          file,
          field: `warningSigns.${id}.${i}`,
          message: `warning sign ${index} is listed twice`,
        });
      seen.add(index);
    });
  }
  return problems;
}

function describe(issue: ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field(s) ${issue.keys
      .slice(0, 10)
      .map((k) => `"${k}"`)
      .join(', ')}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}`;
  return describeZodIssue(issue);
}
