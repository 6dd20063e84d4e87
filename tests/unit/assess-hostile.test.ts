/**
 * `playbook assess` fed answers files an attacker wrote: every string stays text in every output
 * (terminal, YAML, Markdown, JSON), and no file crashes it, hangs it or exhausts its memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadLibraryFor } from '../../src/cli/generate.ts';
import { encodeAnswerCode } from '../../src/core/assessment/code.ts';
import { buildAssessmentModel } from '../../src/core/assessment/model.ts';
import type { AnswersFile } from '../../src/schemas/assessment.ts';
import { words } from '../../src/i18n/index.ts';

const CATEGORIES = words().categories;
import { runCliCaptured } from '../support/cli.ts';

const CONTENT = resolve('tests/fixtures/generator/content');
const work = mkdtempSync(join(tmpdir(), 'playbook-assess-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;
const folder = () => {
  const dir = join(work, `h${++counter}`);
  mkdirSync(dir);
  return dir;
};

/** Characters a terminal acts on: C0 (but the newline we print), DEL, C1, bidi controls, line and paragraph separators. */
const UNSAFE =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  '\u007F',
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
  '\u061C',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
];

const answersFile = (name: string, company?: string, extra: object = {}) =>
  JSON.stringify({
    format: 'service-playbook-assessment',
    version: 1,
    respondent: { name, role: 'frontline' },
    ...(company !== undefined ? { company } : {}),
    answers: { 'alpha-mode': { 0: 2, 1: 3, 2: 1 }, 'beta-mode': { 0: 4 } },
    warningSigns: {},
    ...extra,
  });

async function run(dir: string, ...argv: string[]) {
  const result = await runCliCaptured(CONTENT, dir, ['assess', ...argv]);
  const printed = result.stdout + result.stderr;
  expect(result.code, result.stderr).not.toBe(2);
  expect(printed).not.toMatch(/Internal error|\n\s+at /);
  const unsafe = UNSAFE.exec(printed);
  expect(unsafe ? `raw ${hex(unsafe[0])} printed` : 'nothing unsafe printed').toBe('nothing unsafe printed');
  return result;
}

/** Two colleagues with plain names, so a team view is shown (it needs three people). */
function colleagues(dir: string): string[] {
  writeFileSync(join(dir, 'b.json'), answersFile('Bo'));
  writeFileSync(join(dir, 'c.json'), answersFile('Cy'));
  return ['-a', 'b.json', '-a', 'c.json'];
}

/**
 * What `playbook validate` says of a config. Its verdict depends on the config's text alone (these
 * configs name no logo or chapter files), so each text is validated once: the table, Markdown and
 * JSON runs of one answers file write the same handbook.yaml, and validating it renders every output.
 */
const verdicts = new Map<string, ReturnType<typeof runCliCaptured>>();
const validate = (dir: string, config: string) => {
  const text = readFileSync(join(dir, config), 'utf8');
  expect(text).not.toMatch(/^\s*(logo|file):/m);
  let verdict = verdicts.get(text);
  if (!verdict)
    verdicts.set(text, (verdict = runCliCaptured(CONTENT, dir, ['validate', '--config', config])));
  return verdict;
};

describe.each(['table', 'md', 'json'])(
  'playbook assess --format %s with a hostile name and company',
  (format) => {
    test.each(CONTROLS.map((c) => [hex(c), c]))(
      '%s stays text: escaped on screen, and the config passes validate',
      async (_, c) => {
        const dir = folder();
        const text = `Ana${c}[31m Lee`;
        writeFileSync(join(dir, 'a.json'), answersFile(text, text));
        const { code, stdout, stderr } = await run(
          dir,
          '-a',
          'a.json',
          ...colleagues(dir),
          '--format',
          format,
        );
        expect(code).toBe(0);
        if (format !== 'json')
          expect(stdout).toContain(`\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
        const company = parse(readFileSync(join(dir, 'handbook.yaml'), 'utf8')).company;
        // Line breaks and separators fold to a space, as validate reads them; direction marks, which
        // validate accepts, stay; every other control is left out, with a note.
        const kept = /[\u061C\u200E\u200F]/.test(c) ? c : /[\s\u0085]/.test(c) ? ' ' : '';
        expect(company).toBe(`Ana${kept}[31m Lee`);
        if (kept === '')
          expect(stderr).toContain(
            `Note: The company name in the answers held invisible control characters (${hex(c)}) that a handbook may not contain, so they were left out; check how it reads.`,
          );
        const checked = await validate(dir, 'handbook.yaml');
        expect(checked.stderr + checked.stdout).not.toMatch(/invisible control character/);
        expect(checked.code).toBe(0);
      },
    );
  },
);

describe('answer codes forged with invisible characters', () => {
  const forged = '\u202EHearth\u2066 & Loom\u0007\u009B';

  test('the config assess writes from them passes validate, and the note names what was left out', async () => {
    const dir = folder();
    const { library } = await loadLibraryFor({
      stdout: () => {},
      stderr: () => {},
      cwd: dir,
      env: { PLAYBOOK_CONTENT_DIR: CONTENT },
    });
    const model = buildAssessmentModel(library.modes, CATEGORIES);
    const file = (name: string, role: 'leader' | 'frontline') => ({
      ...(JSON.parse(answersFile(name, forged)) as AnswersFile),
      respondent: { name, role },
    });
    const codes = [file(`Ana${forged}`, 'frontline'), file('Bo', 'frontline'), file('Cy', 'leader')].map(
      (f) => encodeAnswerCode(model, f),
    );
    const { code, stderr } = await run(dir, '--code', codes.join(' '), '--format', 'md');
    expect(code).toBe(0);
    expect(parse(readFileSync(join(dir, 'handbook.yaml'), 'utf8')).company).toBe('Hearth & Loom');
    expect(stderr).toContain(
      'Note: The company name in the answers held invisible control characters (U+202E, U+2066, U+0007, U+009B) that a handbook may not contain, so they were left out; check how it reads.',
    );
    expect((await validate(dir, 'handbook.yaml')).code).toBe(0);
  });

  test('--company with a bidi override is cleaned the same way', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.json'), answersFile('Ana'));
    const { code, stderr } = await run(
      dir,
      '-a',
      'a.json',
      ...colleagues(dir),
      '--company',
      'Evil\u202Ecorp',
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /Note: The company name given with --company held invisible control characters \(U\+202E\)/,
    );
    expect((await validate(dir, 'handbook.yaml')).code).toBe(0);
  });
});

describe('playbook assess with hostile answers files', () => {
  const big = (n: number, make: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => make(i)).join(',');
  test.each<{
    name: string;
    file: () => string;
    code: 0 | 1;
    message?: RegExp;
    check?: (out: string) => void;
  }>([
    {
      name: 'markup, quotes and backslashes in the name stay visible text',
      file: () => answersFile("</script><b onmouseover=x>\"Ana\" \\ 'O\\'Neil' & ${x} `y`", '</style>'),
      code: 0,
      check: (out) => expect(out).toContain("</script><b onmouseover=x>\"Ana\" \\ 'O\\'Neil' & ${x} `y`"),
    },
    {
      name: 'an unknown mode id full of escapes',
      file: () => answersFile('x', undefined, { answers: { '\u001b[2J\u001b[31mevil': { 0: 1 } } }),
      code: 1,
      message: /\\u\{1B\}\[2J/,
    },
    {
      name: 'a file over the size limit',
      file: () => answersFile('x', undefined, { padding: ' '.repeat(300 * 1024) }),
      code: 1,
      message: /is larger than 256 KB, the most an answers file may be/,
    },
    {
      name: 'deep nesting',
      file: () =>
        `{"format":"service-playbook-assessment","version":1,"respondent":{"name":"x","role":"leader"},"answers":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      code: 1,
      message: /answers: expected fields written as "name: value", got a list/,
    },
    {
      name: 'a few hundred KB of repeated mode entries',
      file: () =>
        answersFile('x', undefined, { answers: JSON.parse(`{${big(12_000, (i) => `"m-${i}":{"0":1}`)}}`) }),
      code: 1,
      message: /a\.json {2}answers: lists more than 500 failure modes/,
    },
    {
      name: 'thousands of statements under one mode',
      file: () =>
        answersFile('x', undefined, {
          answers: { 'alpha-mode': JSON.parse(`{${big(20_000, (i) => `"${i}":9`)}}`) },
        }),
      code: 1,
      message: /answers\.alpha-mode: lists more than 200 statements/,
    },
    {
      name: 'tens of thousands of warning signs',
      file: () =>
        answersFile('x', undefined, {
          warningSigns: { 'alpha-mode': Array.from({ length: 40_000 }, (_, i) => i) },
        }),
      code: 1,
      message: /warningSigns\.alpha-mode: expected at most 100 warning signs/,
    },
    {
      name: 'thousands of unknown fields',
      file: () =>
        `{${big(20_000, (i) => `"f${i}":1`)},"format":"service-playbook-assessment","version":1,"respondent":{"name":"x","role":"leader"}}`,
      code: 1,
      message: /unknown field\(s\) "f0", .* and 19990 more/,
    },
    {
      name: 'hundreds of wrong answers, listed up to a limit',
      file: () =>
        answersFile('x', undefined, {
          answers: { 'alpha-mode': JSON.parse(`{${big(150, (i) => `"${i}":9`)}}`) },
        }),
      code: 1,
      message: /and \d+ more problems; fix the ones above/,
    },
    {
      name: 'broken JSON with control characters',
      file: () => '{"format": "\u001b[31m',
      code: 1,
      message: /not valid JSON/,
    },
    { name: 'an empty file', file: () => '', code: 1, message: /not valid JSON/ },
  ])('$name', async ({ file, code, message, check }) => {
    const dir = folder();
    writeFileSync(join(dir, 'a.json'), file());
    const result = await run(dir, '-a', 'a.json', ...colleagues(dir));
    expect(result.code).toBe(code);
    if (message) expect(result.stderr).toMatch(message);
    check?.(result.stdout);
  });

  test.each([
    ['a named pipe', (path: string) => spawnSync('mkfifo', [path])],
    ['a link to an endless device', (path: string) => symlinkSync('/dev/zero', path)],
  ])('%s given as an answers file is refused at once, never read or waited on', async (_name, make) => {
    const dir = folder();
    make(join(dir, 'a.json'));
    const { code, stderr } = await run(dir, '-a', 'a.json', ...colleagues(dir));
    expect(code).toBe(1);
    expect(stderr).toMatch(/a\.json +--answers: is not a regular file \(a pipe, device or socket\)/);
  });

  test('a file name with escapes in it is printed escaped', async () => {
    const dir = folder();
    const name = 'evil\u001b[2J\u202e.json';
    writeFileSync(join(dir, name), '{');
    const { code, stderr } = await run(dir, '-a', name);
    expect(code).toBe(1);
    expect(stderr).toContain('evil\\u{1B}[2J\\u{202E}.json');
  });

  test('the same file given many times counts as one person', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.json'), answersFile('Ana'));
    const { code, stdout } = await run(
      dir,
      ...Array.from({ length: 50 }, () => ['-a', 'a.json']).flat(),
      ...colleagues(dir),
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      countedOnce: 49,
      team: { people: 3, names: ['Ana', 'Bo', 'Cy'] },
    });
  });

  test('more files than the limit are refused before any is read', async () => {
    const { code, stderr } = await run(
      folder(),
      ...Array.from({ length: 201 }, (_, i) => ['-a', `missing-${i}.json`]).flat(),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/--answers: 201 files given; combine at most 200 at once/);
  });

  test('a pasted text of codes longer than the limit is refused', async () => {
    const { code, stderr } = await run(folder(), '--code', `SPA1-${'A'.repeat(200_000)}`);
    expect(code).toBe(1);
    expect(stderr).toMatch(/paste at most 100,000/);
  });
});
