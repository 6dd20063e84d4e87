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
  float: 'a number with a fraction',
};
/** A kind of value in words; zod names a missing choice as "'a' | 'b'", which reads as "one of a, b". */
function kind(type: string): string {
  if (type.includes(' | '))
    return `one of ${type
      .split(' | ')
      .map((choice) => choice.replace(/^'(.*)'$/, '$1'))
      .join(', ')}`;
  return KINDS[type] ?? type;
}

/**
 * The one wording of zod's own messages, for configs, the library and answers files alike: a
 * missing field, a value of the wrong kind, a value that is not one of the choices. A message a
 * schema words itself is kept as written.
 */
export function describeZodIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined')
    return `is missing (expected ${kind(issue.expected)})`;
  if (issue.code === 'invalid_type' && /^Expected /.test(issue.message))
    return `expected ${kind(issue.expected)}, got ${kind(issue.received)}`;
  if (issue.code === 'invalid_enum_value' && /^Invalid enum value/.test(issue.message)) {
    const options = issue.options.map(String);
    const received = String(issue.received);
    return `expected one of ${options.join(', ')}, not "${shortened(received)}"${suggest(received, options)}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && DEFAULT_BOUND.test(issue.message))
    return describeBound(issue);
  return issue.message;
}

/** zod's own wording for a bound ("Array must contain at least 1 element(s)"), as opposed to a schema's. */
const DEFAULT_BOUND = /^(String|Number|Array|Set|Date|BigInt) must /;

/** A number, list or text over or under its limit, said as the limit. */
function describeBound(issue: ZodIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const bound = issue.exact ? 'exactly' : small ? 'at least' : 'at most';
  if (issue.type === 'string')
    return small && limit === 1 && !issue.exact ? 'cannot be empty' : `expected ${bound} ${limit} characters`;
  if (issue.type === 'array' || issue.type === 'set')
    return `expected ${bound} ${limit} ${limit === 1 ? 'item' : 'items'}`;
  if (issue.exact) return `expected ${limit}`;
  if (issue.inclusive) return `expected ${limit} or ${small ? 'more' : 'less'}`;
  return `expected ${small ? 'more' : 'less'} than ${limit}`;
}

/** A value echoed back in a message, cut short so a pasted paragraph does not flood the terminal. */
function shortened(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
