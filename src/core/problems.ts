import type { ZodIssue } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';

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

/** One line per problem: `file:line:col field: message`, sorted so output is stable. */
export function formatProblems(problems: Problem[]): string {
  return sortProblems(problems)
    .map((p) => {
      const where = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
      return `  ${where}  ${p.field ? `${p.field}: ` : ''}${p.message}`;
    })
    .join('\n');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** Turns zod issues into problems located at the YAML node they refer to. */
export function problemsFromZod(
  file: string,
  issues: ZodIssue[],
  doc?: Document,
  lines?: LineCounter,
  lineOffset = 0,
): Problem[] {
  return issues.map((issue) => {
    const field = issue.path.join('.') || undefined;
    const at = locate(issue.path, doc, lines);
    return {
      file,
      field,
      ...(at ? { line: at.line + lineOffset, column: at.col } : {}),
      message: describeIssue(issue),
    };
  });
}

function describeIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `is missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${issue.received}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

/** Finds the line of the deepest existing node on the path, so a missing field points at its parent. */
function locate(path: (string | number)[], doc?: Document, lines?: LineCounter) {
  if (!doc || !lines) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lines.linePos(range[0]);
  }
  return undefined;
}

/** Parses YAML, keeping positions; syntax errors become problems with line and column. */
export function parseYamlDocument(file: string, text: string, lineOffset = 0) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((error) => {
    const at = lines.linePos(error.pos[0]);
    return {
      file,
      line: at.line + lineOffset,
      column: at.col,
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
    };
  });
  return { doc, lines, problems };
}
