import type { ZodIssue, ZodTypeAny } from 'astro/zod';
import type { Document, LineCounter } from 'yaml';
import { suggest } from './did-you-mean.ts';
import { toTerminalText } from './terminal-text.ts';
import { yamlPosition } from './config/yaml-position.ts';
import { describeZodIssue } from './zod-wording.ts';

/** One thing wrong with a user's file, located as precisely as we can. */
export interface Problem {
  file: string;
  /** Dotted path of the field, e.g. `plays.0.owner`. */
  field?: string;
  line?: number;
  column?: number;
  message: string;
}

/** Thrown for mistakes in user input; the CLI prints it without a stack trace and exits 1. */
export class UserError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly headline = 'The input has problems',
  ) {
    super(`${headline}:\n${formatProblems(problems)}`);
    this.name = 'UserError';
  }
}

/**
 * One line per problem: `file:line:col field: message`, sorted so output is stable. Messages quote
 * user text, so each line is made terminal-safe: a control character in a value cannot recolour the
 * terminal or start a forged line.
 */
export function formatProblems(problems: Problem[]): string {
  return sortProblems(problems)
    .map((p) => {
      const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
        .filter((x) => x !== undefined)
        .join(':');
      return toTerminalText(`  ${where}  ${p.field ? `${p.field}: ` : ''}${p.message}`);
    })
    .join('\n');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/**
 * Turns zod issues into problems located at the YAML node they refer to. Each unknown key becomes
 * its own problem at its own line, with the closest known key of `schema` as a suggestion.
 */
export function problemsFromZod(
  file: string,
  issues: ZodIssue[],
  doc?: Document,
  lines?: LineCounter,
  lineOffset = 0,
  schema?: ZodTypeAny,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys')
      return unknownKeyProblems(file, issue.path, issue.keys, { doc, lines, lineOffset, schema });
    const field = issue.path.join('.') || undefined;
    // A missing field points at its parent.
    const at =
      doc && lines ? yamlPosition({ doc, lines }, issue.path, { lineOffset, nearest: true }) : undefined;
    return [{ file, field, ...at, message: describeZodIssue(issue) }];
  });
}

function unknownKeyProblems(
  file: string,
  path: (string | number)[],
  keys: string[],
  where: { doc?: Document; lines?: LineCounter; lineOffset: number; schema?: ZodTypeAny },
): Problem[] {
  const known = where.schema ? objectKeysAt(where.schema, path) : [];
  const { doc, lines, lineOffset } = where;
  return keys.map((key) => {
    const at =
      doc && lines ? yamlPosition({ doc, lines }, [...path, key], { key: true, lineOffset }) : undefined;
    const field = [...path, key].join('.');
    const hint = known.length > 0 ? `${suggest(key, known)}; known fields here: ${known.join(', ')}` : '';
    return { file, field, ...at, message: `unknown field "${key}"${hint}` };
  });
}

/** The keys an object schema accepts at `path`, looking through defaults, optionals, effects and arrays. */
export function objectKeysAt(schema: ZodTypeAny, path: (string | number)[]): string[] {
  let node: ZodTypeAny | undefined = schema;
  for (const step of [...path, undefined]) {
    node = unwrap(node);
    if (!node) return [];
    if (step === undefined) break;
    const def = node._def as {
      typeName?: string;
      type?: ZodTypeAny;
      shape?: () => Record<string, ZodTypeAny>;
    };
    if (def.typeName === 'ZodArray' && typeof step === 'number') node = def.type;
    else if (def.typeName === 'ZodObject' && typeof step === 'string') node = def.shape?.()[step];
    else return [];
  }
  const def = node?._def as { typeName?: string; shape?: () => Record<string, ZodTypeAny> } | undefined;
  return def?.typeName === 'ZodObject' ? Object.keys(def.shape!()) : [];
}

function unwrap(schema: ZodTypeAny | undefined): ZodTypeAny | undefined {
  let node = schema;
  for (let i = 0; node && i < 10; i++) {
    const def = node._def as {
      typeName?: string;
      innerType?: ZodTypeAny;
      schema?: ZodTypeAny;
      in?: ZodTypeAny;
    };
    if (def.typeName === 'ZodDefault' || def.typeName === 'ZodOptional' || def.typeName === 'ZodNullable')
      node = def.innerType;
    else if (def.typeName === 'ZodEffects') node = def.schema;
    else if (def.typeName === 'ZodPipeline') node = def.in;
    else return node;
  }
  return node;
}
