import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { countSentences } from '../../src/core/config/data-check/notes.ts';
import type { Library } from '../../src/core/library/library.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { paperForLocale } from '../../src/schemas/paper.ts';
import { sharedLibrary } from '../support/library.ts';

const FIXTURES = 'tests/fixtures/generator';
const CONFIGS = join(FIXTURES, 'configs');
const valid = readFileSync(join(CONFIGS, 'valid.yaml'), 'utf8');

let library: Library;
beforeAll(async () => {
  library = await sharedLibrary(join(FIXTURES, 'content'));
});

/** Checks config text as if it were the file tests/fixtures/generator/configs/test.yaml. */
function check(text: string) {
  return checkHandbookConfig({ path: join(CONFIGS, 'test.yaml'), text }, library);
}

/** The valid config with one top-level line replaced (or a block of lines, given as a regex). */
function withLine(pattern: RegExp, replacement: string): string {
  expect(valid).toMatch(pattern);
  return valid.replace(pattern, replacement);
}

describe('checkHandbookConfig', () => {
  test('accepts the valid fixture config and normalises it', () => {
    const { config, problems, warnings } = check(valid);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config?.priorities).toEqual(['beta-mode', 'alpha-mode']);
    expect(config?.locale).toBe('en-GB');
    expect(config?.date).toBe('2025-03-01');
  });

  test.each([
    {
      name: 'an unknown priority id, with a did-you-mean suggestion',
      text: withLine(/  - alpha-mode\n/, '  - alpha-mood\n'),
      field: 'priorities.1',
      line: 5,
      message: /unknown failure mode "alpha-mood" \(did you mean "alpha-mode"\?\).*playbook list/,
    },
    {
      name: 'a duplicate priority',
      text: withLine(/  - alpha-mode\n/, '  - beta-mode\n'),
      field: 'priorities.1',
      line: 5,
      message: /"beta-mode" is already listed at position 1/,
    },
    {
      name: 'an empty priority list',
      text: withLine(/priorities:\n  - beta-mode\n  - alpha-mode\n/, 'priorities: []\n'),
      field: 'priorities',
      line: 3,
      message: /at least one failure-mode id/,
    },
    {
      name: 'a logo outside the config folder',
      text: withLine(/logo: logo.svg/, 'logo: ../../logo.png'),
      field: 'branding.logo',
      line: 17,
      message: /the logo must be a file in the config's folder/,
    },
    {
      name: 'a logo that is not an image',
      text: withLine(/logo: logo.svg/, 'logo: valid.yaml'),
      field: 'branding.logo',
      line: 17,
      message: /not a supported image/,
    },
    {
      name: 'an accent that is not a hex colour',
      text: withLine(/accent: "#123456"/, 'accent: light blue'),
      field: 'branding.accent',
      line: 16,
      message: /hex colour/,
    },
    {
      name: 'an impossible date',
      text: withLine(/date: 2025-03-01/, 'date: 2025-02-30'),
      field: 'date',
      line: 19,
      message: /YYYY-MM-DD/,
    },
    {
      name: 'a locale that is not a locale',
      text: withLine(/locale: en-GB/, 'locale: english please'),
      field: 'locale',
      line: 18,
      message: /locale such as "en-GB"/,
    },
    {
      name: 'a missing required standard',
      text: withLine(/  callback: the same afternoon\n/, ''),
      field: 'standards.callback',
      line: 8,
      message: /is missing/,
    },
    {
      name: 'a misspelt field',
      text: withLine(/^include: priorities$/m, 'includes: all'),
      field: 'includes',
      line: 6,
      message: /unknown field "includes" \(did you mean "include"\?\)/,
    },
    {
      name: 'an unknown output format',
      text: withLine(/formats: \[html, md\]/, 'formats: [html, word]'),
      field: 'output.formats.1',
      line: 22,
      message: /html.*md.*pdf.*handouts/,
    },
  ])('reports $name with field and line', ({ text, field, line, message }) => {
    const { config, problems } = check(text);
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: join(CONFIGS, 'test.yaml'),
      line,
      ...(field ? { field } : {}),
    });
    expect(problems[0]!.message).toMatch(message);
  });

  test('reports malformed YAML with its line and column', () => {
    const { config, problems } = check('company: Fixture Ltd\nvision: "unclosed\npriorities: [alpha-mode\n');
    expect(config).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(problems[0]!.message).toMatch(/^YAML syntax/);
  });

  test('reports a tab-indented line at the exact line and column', () => {
    const { problems } = check('company: Fixture Ltd\npriorities:\n\t- alpha-mode\n');
    expect(problems[0]).toMatchObject({ line: 3, column: 1 });
  });

  test('reports an empty file as one problem', () => {
    expect(check('').problems).toMatchObject([{ line: 1, message: expect.stringMatching(/empty/) }]);
  });

  test('reports every problem at once, sorted by line', () => {
    const file = join(CONFIGS, 'several-problems.yaml');
    const { config, problems } = checkHandbookConfig(
      { path: file, text: readFileSync(file, 'utf8') },
      library,
    );
    expect(config).toBeUndefined();
    const lines = formatProblems(problems).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /several-problems\.yaml:5:5 +priorities\.1: unknown failure mode "beta-mod" \(did you mean "beta-mode"\?\)/,
    );
    expect(lines[1]).toMatch(/:6:5 +priorities\.2: "alpha-mode" is already listed/);
    expect(lines[2]).toMatch(/:8:3 +standards\.callback: is missing/);
    expect(lines[3]).toMatch(/:10:11 +branding\.accent: expected a hex colour/);
    // The logo file itself is checked by the reader (tests/unit/generator-cli.test.ts).
  });

  test('warns, but does not fail, when the vision is longer than one sentence', () => {
    const { config, warnings } = check(
      withLine(/vision: .*/, 'vision: We fix it the first time. We smile too.'),
    );
    expect(config).toBeDefined();
    expect(warnings).toMatchObject([
      { field: 'vision', line: 2, message: expect.stringMatching(/longer than one sentence/) },
    ]);
  });

  test('warns when a chapter uses the refund limit and none is set', () => {
    const { config, warnings } = check(withLine(/  refundLimit: 60 EUR\n/, ''));
    expect(config).toBeDefined();
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/refundLimit is not set, so beta-mode will say "an agreed amount"/),
    ]);
  });

  test('warns when a chosen chapter is written for none of the audiences listed', () => {
    const { warnings } = check(withLine(/^include: priorities$/m, 'include: priorities\naudiences: [hr]'));
    expect(warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([
      expect.stringMatching(/^priorities\.0: "beta-mode" is written for frontline, managers/),
      expect.stringMatching(/^priorities\.1: "alpha-mode" is written for executives, managers/),
    ]);
  });
});

describe('countSentences', () => {
  test.each([
    ['We fix it the first time.', 1],
    ['We fix it. First time.', 2],
    ['Every customer, every time!', 1],
    ['Is it fixed? Then we are done.', 2],
    ['Service at 9.30 sharp', 1],
  ])('%s has %i sentence(s)', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});

describe('paperForLocale', () => {
  test.each([
    ['en-GB', 'A4'],
    ['de-DE', 'A4'],
    ['en-US', 'Letter'],
    ['en-CA', 'Letter'],
    ['fr-CA', 'Letter'],
    ['en-AU', 'A4'],
  ])('%s prints on %s', (locale, paper) => {
    expect(paperForLocale(locale)).toBe(paper);
  });
});

describe('a value that is not one of the choices', () => {
  // zod's own wording ("Invalid enum value. Expected 'A4' | 'Letter', received 'A5'") reads like a
  // stack trace; every such field says what it takes, in the project's words, with a guess at a typo.
  /** The valid config with `line` in place of its top-level field (added when it has none). */
  const setting = (line: string) => {
    const key = line.split(':')[0]!;
    return new RegExp(`^${key}:`, 'm').test(valid)
      ? withLine(new RegExp(`^${key}:.*(\\n  .*)*$`, 'm'), line)
      : `${valid}\n${line}\n`;
  };

  test.each([
    ['include: some', 'include', 'expected one of priorities, all, not "some"'],
    [
      'audiences: [bosses]',
      'audiences.0',
      'expected one of executives, managers, frontline, hr, trainers, not "bosses"',
    ],
    ['output: {paper: A5}', 'output.paper', 'expected one of A4, Letter, not "A5" (did you mean "A4"?)'],
    [
      'training: {cadence: weekley}',
      'training.cadence',
      'expected one of weekly, fortnightly, monthly, not "weekley" (did you mean "weekly"?)',
    ],
  ])('%s', (line, field, message) => {
    expect(check(setting(line)).problems).toContainEqual(expect.objectContaining({ field, message }));
  });

  test('a value of the wrong kind is named as a person writing the file would say it', () => {
    const problems = check(setting('priorities: no-service-vision')).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'priorities', message: 'expected a list, got text' }),
    );
  });

  test('a long value is echoed only in part', () => {
    const problem = check(setting(`include: ${'x'.repeat(5000)}`)).problems.find(
      (p) => p.field === 'include',
    );
    expect(problem?.message).toBe(`expected one of priorities, all, not "${'x'.repeat(40)}…"`);
  });
});
