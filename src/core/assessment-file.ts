/**
 * Reading an answers file: JSON syntax, the schema, and ids and numbers that must exist in the
 * library. Pure (text in, answers and problems out), shared by `playbook assess` and the /assess/
 * page's team import, which loads this module only when someone imports files.
 */
import type { ZodIssue } from 'astro/zod';
import { AnswersFileSchema, type AnswersFile } from '../schemas/assessment.ts';
import type { AssessmentModel } from './assessment.ts';
import type { Problem } from './problems.ts';

export interface ReadAnswersOptions {
  /** Returns ` (did you mean "x"?)` for an unknown id, or ''; the CLI passes the library's `suggest`. */
  suggest?: (input: string, candidates: string[]) => string;
}

/** Parses and checks one answers file; never throws. Every problem names the file and the field. */
export function readAnswersFile(file: string, text: string, model: AssessmentModel, options: ReadAnswersOptions = {}): { answers?: AnswersFile; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, message: `not valid JSON (${(error as Error).message}); export the file again from the /assess/ page` }] };
  }
  const result = AnswersFileSchema.safeParse(json);
  const suggest = options.suggest ?? (() => '');
  if (!result.success) {
    const problems: Problem[] = result.error.issues.map((issue) => ({ file, ...(issue.path.length ? { field: issue.path.join('.') } : {}), message: describe(issue) }));
    // Unknown ids are worth reporting alongside schema problems, so every problem shows at once.
    const raw = json as { answers?: unknown; warningSigns?: unknown } | null;
    const keys = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.keys(value).map((k) => [k, {}])) : {});
    const ids = checkAgainstModel(file, { answers: keys(raw?.answers), warningSigns: Object.fromEntries(Object.keys(keys(raw?.warningSigns)).map((k) => [k, []])) }, model, suggest);
    return { problems: [...problems, ...ids] };
  }
  const problems = checkAgainstModel(file, result.data, model, suggest);
  return problems.length > 0 ? { problems } : { answers: result.data, problems };
}

/** Mode ids, question numbers and warning-sign numbers must all exist in this version of the playbook. */
function checkAgainstModel(file: string, answers: Pick<AnswersFile, 'answers' | 'warningSigns'>, model: AssessmentModel, suggest: NonNullable<ReadAnswersOptions['suggest']>): Problem[] {
  const byId = new Map(model.modes.map((m) => [m.id, m]));
  const ids = [...byId.keys()];
  const problems: Problem[] = [];
  const unknown = (field: string, id: string) =>
    problems.push({ file, field, message: `unknown failure mode "${id}"${suggest(id, ids)}; the file may come from another version of the playbook` });
  for (const [id, byQuestion] of Object.entries(answers.answers)) {
    const mode = byId.get(id);
    if (!mode) {
      unknown(`answers.${id}`, id);
      continue;
    }
    for (const index of Object.keys(byQuestion)) {
      if (Number(index) >= mode.questions) {
        problems.push({ file, field: `answers.${id}.${index}`, message: `"${id}" has ${mode.questions} statements, numbered 0 to ${mode.questions - 1}` });
      }
    }
  }
  for (const [id, ticked] of Object.entries(answers.warningSigns)) {
    const mode = byId.get(id);
    if (!mode) {
      unknown(`warningSigns.${id}`, id);
      continue;
    }
    ticked.forEach((index, i) => {
      if (index >= mode.signs) problems.push({ file, field: `warningSigns.${id}.${i}`, message: `"${id}" has ${mode.signs} warning signs, numbered 0 to ${mode.signs - 1}; got ${index}` });
      else if (ticked.indexOf(index) !== i) problems.push({ file, field: `warningSigns.${id}.${i}`, message: `warning sign ${index} is listed twice` });
    });
  }
  return problems;
}

function describe(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `is missing (expected ${issue.expected})`;
  // zod's own wording ("Expected string, received number"); custom messages are kept as written.
  if (issue.code === 'invalid_type' && /^Expected /.test(issue.message)) return `expected ${issue.expected}, got ${issue.received}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}
