import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { describeZodIssue } from '../../src/core/zod-wording.ts';

/** What a person is told about `value` against `schema`: every issue, worded. */
function told(schema: z.ZodTypeAny, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map(describeZodIssue);
}

describe("zod's own messages, in the project's words", () => {
  test.each([
    ['a missing field', z.object({ title: z.string() }), {}, 'is missing (expected text)'],
    [
      'a missing choice',
      z.object({ format: z.enum(['role-play', 'workshop']) }),
      {},
      'is missing (expected one of role-play, workshop)',
    ],
    ['a list where text belongs', z.string(), ['a'], 'expected text, got a list'],
    [
      'a fraction where a whole number belongs',
      z.number().int(),
      2.5,
      'expected a whole number, got a number with a fraction',
    ],
    [
      'a value not among the choices, with a guess',
      z.enum(['weekly', 'monthly']),
      'weekley',
      'expected one of weekly, monthly, not "weekley" (did you mean "weekly"?)',
    ],
    ['an empty list', z.array(z.string()).min(1), [], 'expected at least 1 item'],
    ['too short a list', z.array(z.string()).min(2), ['a'], 'expected at least 2 items'],
    ['empty text', z.string().min(1), '', 'cannot be empty'],
    ['too small a number', z.number().min(5), 2, 'expected 5 or more'],
    ['too large a number', z.number().max(120), 500, 'expected 120 or less'],
    ['a number not over its bound', z.number().gt(0), 0, 'expected more than 0'],
    ['a list of the wrong length', z.array(z.string()).length(2), ['a'], 'expected exactly 2 items'],
  ])('%s', (_, schema, value, message) => {
    expect(told(schema, value)).toEqual([message]);
  });

  test("a schema's own message is kept as written", () => {
    expect(told(z.number({ invalid_type_error: 'expected a number from 1 to 5' }), 'x')).toEqual([
      'expected a number from 1 to 5',
    ]);
    expect(told(z.array(z.string()).min(1, 'list at least one id'), [])).toEqual(['list at least one id']);
    expect(
      told(z.enum(['phone', 'chat'], { errorMap: () => ({ message: 'expected phone or chat' }) }), 'fax'),
    ).toEqual(['expected phone or chat']);
  });
});
