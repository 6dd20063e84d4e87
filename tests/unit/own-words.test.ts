/**
 * A handbook that is the company's own: its note at the top of a chapter, a play it leaves out, a
 * play and an example of its own, a chapter it wrote itself placed where it says, and "Who does
 * what" from the plays' owners. Golden files for the chapter and the own chapter (UPDATE=1 rewrites
 * them; review the diff), and every refusal at its field and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import type { Handbook } from '../../src/core/handbook/model.ts';
import type { Library } from '../../src/core/library/library.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { buildHandbookDocument } from '../../src/document/handbook.ts';
import { listSections } from '../../src/document/handbook-contents.ts';
import { OUTPUTS, layOut } from '../../src/render/outputs.ts';
import { documentToHtml } from '../../src/render/html.ts';
import { documentToMarkdown } from '../../src/render/markdown.ts';
import { expectFixture } from '../support/fixture.ts';
import { sharedLibrary } from '../support/library.ts';

const FIXTURES = 'tests/fixtures/generator';
const CONFIG_FILE = join(FIXTURES, 'configs', 'own-words.yaml');
const OWN = readFileSync(CONFIG_FILE, 'utf8');

let library: Library;
let handbook: Handbook;
beforeAll(async () => {
  library = await sharedLibrary(join(FIXTURES, 'content'));
  const { config, problems } = checkHandbookConfig({ path: CONFIG_FILE, text: OWN }, library);
  expect(problems).toEqual([]);
  handbook = await buildHandbook(library, config!);
});

/** The section with this id in a handbook tree, alone in a root, for the golden files. */
function sectionById(target: 'html' | 'markdown', id: string) {
  const tree = buildHandbookDocument(handbook, { target });
  const found = tree.children.find((c) => (c.data as { id?: string } | undefined)?.id === id);
  expect(found, id).toBeDefined();
  return { type: 'root' as const, children: [found!] };
}

describe('a chapter with the company’s own words', () => {
  test.each([
    ['html', 'html', documentToHtml],
    ['md', 'markdown', documentToMarkdown],
  ] as const)('prints as tests/fixtures/chapter/alpha-mode-own.%s', (extension, target, serialise) => {
    expectFixture(
      serialise(sectionById(target, 'chapter-alpha-mode')) + (extension === 'html' ? '\n' : ''),
      join('tests/fixtures/chapter', `alpha-mode-own.${extension}`),
    );
  });

  test('a chapter the company wrote prints as tests/fixtures/chapter/our-returns-promise.html and .md', () => {
    expectFixture(
      documentToHtml(sectionById('html', 'chapter-our-returns-promise')) + '\n',
      'tests/fixtures/chapter/our-returns-promise.html',
    );
    expectFixture(
      documentToMarkdown(sectionById('markdown', 'chapter-our-returns-promise')),
      'tests/fixtures/chapter/our-returns-promise.md',
    );
  });

  test('the play left out is gone from the chapter and its handout, the company’s play is in both', async () => {
    const run = { handbook, config: checkHandbookConfig({ path: CONFIG_FILE, text: OWN }, library).config! };
    const trees = layOut(run);
    const [html] = await OUTPUTS.html.render(run, trees);
    const handout = (await OUTPUTS.handouts.render(run, trees)).find((f) => f.path.includes('alpha-mode'))!;
    for (const text of [html!.content, handout.content]) {
      expect(text).not.toContain('Alpha mode second play');
      expect(text).toContain('Open the second till at five in the queue');
    }
  });

  test('the company’s chapter is numbered, listed and trained where `after` puts it', () => {
    expect(listSections(handbook).map((s) => s.label)).toEqual([
      'How to use this handbook',
      'Our service standards',
      'Who does what',
      '1. Beta mode',
      '2. Alpha mode',
      '3. Our returns promise',
      'Training plan',
      'Our first 90 days',
      'Appendix A: Who may decide what',
      'Appendix B: Metrics',
      'Appendix C: Staff pulse survey',
      'Sources',
    ]);
    expect(handbook.training.sessions.filter((s) => s.kind === 'session').map((s) => s.modeTitle)).toEqual([
      'Beta mode',
      'Alpha mode',
      'Our returns promise',
    ]);
  });

  test('who does what lists each role by the company’s title, with its chapters', async () => {
    const [md] = await OUTPUTS.md.render(
      { handbook, config: checkHandbookConfig({ path: CONFIG_FILE, text: OWN }, library).config! },
      layOut({ handbook, config: checkHandbookConfig({ path: CONFIG_FILE, text: OWN }, library).config! }),
    );
    expect(md!.content).toMatch(
      /\| Shift supervisor +\| \[1\. Beta mode \(one play\)\]\(#[^)]+\); \[2\. Alpha mode \(2 plays\)\]/,
    );
  });
});

describe('a company’s words are refused where they cannot be kept, at their field and line', () => {
  test.each([
    [
      'a note for a chapter not in the handbook',
      OWN.replace('  alpha-mode:\n    note:', '  gamma-mode:\n    note:'),
      /own-words\.yaml:\d+:\d+ +chapters\.gamma-mode: "gamma-mode" is not one of this handbook's chapters/,
    ],
    [
      'a play left out that the chapter does not have',
      OWN.replace('skip: [second-play]', 'skip: [secnd-play]'),
      /chapters\.alpha-mode\.skip\.0: the chapter has no play "secnd-play" \(did you mean "second-play"\?\)/,
    ],
    [
      'an own play given to an unknown role',
      OWN.replace('        owner: team-leader\n        with: manager', '        owner: team-leeder'),
      /chapters\.alpha-mode\.plays\.0\.owner: unknown role "team-leeder" \(did you mean "team-leader"\?\)/,
    ],
    [
      'a chapter placed after one the handbook does not have',
      OWN.replace('after: alpha-mode', 'after: alpha-mod'),
      /own\.0\.after: "alpha-mod" is not one of this handbook's chapters \(did you mean "alpha-mode"\?\)/,
    ],
    [
      'a chapter with a failure mode’s id',
      OWN.replace('id: our-returns-promise', 'id: gamma-mode'),
      /own\.0\.id: "gamma-mode" is already a failure mode's id/,
    ],
    [
      'HTML in a note',
      OWN.replace('Our Saturday peak', '<script>alert(1)</script> Our Saturday peak'),
      /own-words\.yaml:16 +chapters\.alpha-mode\.note: HTML is not printed; write it in Markdown/,
    ],
    [
      'a javascript: link in a chapter',
      OWN.replace('- Ask what went wrong.', '- Ask [what went wrong](javascript:alert(1)).'),
      /own\.0\.body: links may only go to https:, http: or mailto: addresses/,
    ],
    [
      'an image in an example',
      OWN.replace('Last December', '![a queue](https://example.com/q.png) Last December'),
      /chapters\.alpha-mode\.example: pictures cannot go into the handbook text/,
    ],
    [
      'a chapter with both body and file',
      OWN.replace('    body: |', '    file: chapters/returns.md\n    body: |'),
      /own\.0: give the chapter either body/,
    ],
  ])('%s', (_name, text, message) => {
    const { problems } = checkHandbookConfig({ path: CONFIG_FILE, text }, library);
    expect(formatProblems(problems)).toMatch(message);
  });
});
