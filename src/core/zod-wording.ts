/**
 * The one wording of zod's own messages, shared by the config checker, the library loader and the
 * answers-file reader. Kept apart from problems.ts so the browser's answers-file reader can use it
 * without the YAML position code.
 */
import type { ZodIssue } from 'astro/zod';
import { suggest } from './did-you-mean.ts';

/** zod's names for kinds of value, as the person who wrote the file would say them. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'fields written as "name: value"',
  date: 'a date',
  null: 'nothing',
};
const kind = (type: string) => KINDS[type] ?? type;

/**
 * The one wording of zod's own messages, for configs, the library and answers files alike: a
 * missing field, a value of the wrong kind, a value that is not one of the choices. A message a
 * schema words itself is kept as written.
 */
export function describeZodIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `is missing (expected ${kind(issue.expected)})`;
  if (issue.code === 'invalid_type' && /^Expected /.test(issue.message)) return `expected ${kind(issue.expected)}, got ${kind(issue.received)}`;
  if (issue.code === 'invalid_enum_value' && /^Invalid enum value/.test(issue.message)) {
    const options = issue.options.map(String);
    const received = String(issue.received);
    return `expected one of ${options.join(', ')}, not "${shortened(received)}"${suggest(received, options)}`;
  }
  return issue.message;
}

/** A value echoed back in a message, cut short so a pasted paragraph does not flood the terminal. */
function shortened(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
