import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyVariables, buildLibrary, type SourceText } from '../../src/core/library/library.ts';
import { parseFailureMode } from '../../src/core/library/mode-page.ts';
import { formatProblems } from '../../src/core/problems.ts';

const validText = readFileSync('tests/fixtures/library/failure-modes/alpha-mode.mdx', 'utf8');
const betaText = readFileSync('tests/fixtures/library/failure-modes/beta-mode.mdx', 'utf8');
const sources: SourceText = {
  path: 'sources.yaml',
  text: readFileSync('tests/fixtures/library/sources.yaml', 'utf8'),
};
const roles: SourceText = {
  path: 'tests/fixtures/library/roles.yaml',
  text: readFileSync('tests/fixtures/library/roles.yaml', 'utf8'),
};
const measures = {
  metrics: { path: 'metrics.yaml', text: readFileSync('tests/fixtures/library/metrics.yaml', 'utf8') },
  pulse: { path: 'pulse.yaml', text: readFileSync('tests/fixtures/library/pulse.yaml', 'utf8') },
};
const page = (path: string, text: string): SourceText => ({ path, text });

/** Replaces one exact line of the valid page, failing loudly if the fixture drifted. */
function edit(text: string, from: string, to: string): string {
  expect(text, `fixture line "${from}"`).toContain(from);
  return text.replace(from, to);
}

function problemsFor(pages: SourceText[]) {
  return buildLibrary(pages, sources, roles, measures).problems;
}

describe('a valid page', () => {
  test('parses with its id taken from the file name', () => {
    const { mode, problems } = parseFailureMode(page('x/alpha-mode.mdx', validText));
    expect(problems).toEqual([]);
    expect(mode?.id).toBe('alpha-mode');
    expect(mode?.exercise.minutes).toBe(30);
  });

  test('builds a library with the fixture sources', () => {
    const { library, problems } = buildLibrary(
      [page('a/alpha-mode.mdx', validText), page('a/beta-mode.mdx', betaText)],
      sources,
      roles,
      measures,
    );
    expect(problems).toEqual([]);
    expect(library?.modes.map((m) => m.id)).toEqual(['alpha-mode', 'beta-mode']);
  });
});

describe('a broken page fails with the file, the field and the line', () => {
  test.each([
    ['a missing field', edit(validText, 'title: Alpha mode\n', ''), 'title', 'is missing'],
    [
      'a bad category',
      edit(validText, 'category: vision-leadership', 'category: visions'),
      'category',
      'expected one of vision-leadership, hiring-training,',
    ],
    [
      'a bad audience',
      edit(validText, 'audiences: [managers]', 'audiences: [ceo]'),
      'audiences.0',
      'expected one of executives, managers, frontline, hr, trainers, not "ceo"',
    ],
    ['too few warning signs', edit(validText, '  - Sign three is here.\n', ''), 'warningSigns', 'at least 3'],
    [
      'a two-sentence summary',
      edit(validText, 'summary: Alpha goes wrong in one sentence.', 'summary: Alpha goes wrong. It does.'),
      'summary',
      'one sentence',
    ],
    [
      'a play without an owner',
      edit(validText, '    owner: team-leader\n', ''),
      'plays.0.owner',
      'is missing',
    ],
    [
      'an unknown field',
      edit(validText, 'title: Alpha mode', 'title: Alpha mode\ntitel: typo'),
      'titel',
      'unknown field "titel" (did you mean "title"?)',
    ],
  ])('%s', (_name, text, field, message) => {
    const problems = problemsFor([page('modes/alpha-mode.mdx', text), page('modes/beta-mode.mdx', betaText)]);
    const problem = problems.find((p) => p.file === 'modes/alpha-mode.mdx' && (p.field ?? '') === field);
    expect(problem, formatProblems(problems)).toBeDefined();
    expect(problem!.message).toContain(message);
    expect(problem!.line).toBeGreaterThan(1);
  });

  test('an unknown related id names the field, its line and a suggestion', () => {
    const text = edit(validText, '  - beta-mode', '  - beta-mod');
    const [problem, ...rest] = problemsFor([
      page('m/alpha-mode.mdx', text),
      page('m/beta-mode.mdx', betaText),
    ]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'm/alpha-mode.mdx',
      field: 'related.0',
      message: 'unknown failure mode "beta-mod" (did you mean "beta-mode"?)',
    });
    expect(text.split('\n')[problem!.line! - 1]).toContain('beta-mod');
  });

  test('an unknown source point names the article and suggests the right point', () => {
    const text = edit(validText, '    point: first-point', '    point: first-pont');
    const problems = problemsFor([page('m/alpha-mode.mdx', text), page('m/beta-mode.mdx', betaText)]);
    expect(problems).toMatchObject([
      {
        field: 'sources.0.point',
        message: 'article "fixture-article" has no point "first-pont" (did you mean "first-point"?)',
      },
    ]);
  });

  test('two pages with the same id are both reported', () => {
    const problems = problemsFor([
      page('a/alpha-mode.mdx', validText),
      page('b/alpha-mode.mdx', validText),
      page('a/beta-mode.mdx', betaText),
    ]);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('duplicate id "alpha-mode": a/alpha-mode.mdx has the same id'),
      ]),
    );
  });

  test('malformed frontmatter YAML reports line and column', () => {
    const text = edit(validText, 'category: vision-leadership', 'category: [vision-leadership');
    const [problem] = problemsFor([page('m/alpha-mode.mdx', text), page('m/beta-mode.mdx', betaText)]);
    expect(problem?.message).toMatch(/^YAML syntax/);
    expect(problem?.line).toBeGreaterThan(1);
    expect(problem?.column).toBeGreaterThan(0);
  });

  test('a file without frontmatter says how to add it', () => {
    const [problem] = problemsFor([
      page('m/alpha-mode.mdx', 'Just prose.\n'),
      page('m/beta-mode.mdx', betaText),
    ]);
    expect(problem?.message).toContain('no frontmatter found');
  });

  test('an unknown variable in the body fails with its real line', () => {
    const text = validText.replace('Body for :var[company].', 'Body for :var[compnay].');
    const problems = problemsFor([page('m/alpha-mode.mdx', text), page('m/beta-mode.mdx', betaText)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('Unknown variable ":var[compnay]"');
    expect(text.split('\n')[problems[0]!.line! - 1]).toContain(':var[compnay]');
  });

  test('JSX in the body is rejected as not portable', () => {
    const text = validText.replace('Body for :var[company].', 'Body <Widget /> here.');
    const problems = problemsFor([page('m/alpha-mode.mdx', text), page('m/beta-mode.mdx', betaText)]);
    expect(problems[0]?.message).toContain('MDX-only syntax');
  });

  test('every problem is reported at once', () => {
    const text = edit(
      edit(validText, 'category: vision-leadership', 'category: nope'),
      '    owner: team-leader\n',
      '',
    );
    const problems = problemsFor([page('m/alpha-mode.mdx', text), page('m/beta-mode.mdx', betaText)]);
    expect(problems.map((p) => p.field).sort()).toEqual(['category', 'plays.0.owner']);
  });
});

describe('variables in frontmatter', () => {
  test('an unknown variable in a play step is reported at that field', () => {
    const text = edit(
      validText,
      '      - Step one.\n      - Step two.\n  - id: second-play\n    title: Second play',
      '      - Ask :var[compnay] first.\n      - Step two.\n  - id: second-play\n    title: Second play',
    );
    const problems = problemsFor([page('m/alpha-mode.mdx', text), page('m/beta-mode.mdx', betaText)]);
    expect(problems).toMatchObject([
      { field: 'plays.0.steps.0', message: expect.stringContaining('unknown variable ":var[compnay]"') },
    ]);
  });

  test('known variables resolve to the company value or the neutral default', () => {
    const text = edit(
      validText,
      '      - Step one.\n      - Step two.\n  - id: second-play\n    title: Second play',
      '      - Ask :var[company] first.\n      - Step two.\n  - id: second-play\n    title: Second play',
    );
    const { mode } = parseFailureMode(page('m/alpha-mode.mdx', text));
    expect(applyVariables(mode!, {}).plays[0]!.steps[0]).toBe('Ask your company first.');
    // The company's value is marked for direction isolation; the renderers turn the marks into <bdi>.
    expect(applyVariables(mode!, { company: 'Acme' }).plays[0]!.steps[0]).toBe('Ask \u2068Acme\u2069 first.');
    expect(mode!.plays[0]!.steps[0]).toBe('Ask :var[company] first.');
  });
});

describe('plays name their people by role', () => {
  test.each([
    [
      'an owner that is not a role',
      ['    owner: team-leader\n', '    owner: team-leeder\n'],
      /alpha-mode\.mdx:\d+(:\d+)? +plays\.0\.owner: unknown role "team-leeder" \(did you mean "team-leader"\?\); roles are listed in content\/roles\.yaml/,
    ],
    [
      'a partner that is not a role',
      ['    owner: team-leader\n', '    owner: team-leader\n    with: hr\n'],
      /plays\.0\.with: unknown role "hr"/,
    ],
    [
      'two plays with one id',
      ['  - id: second-play\n', '  - id: first-play\n'],
      /plays\.1\.id: two plays have the id "first-play"/,
    ],
    [
      'a review before the play starts',
      ['    owner: team-leader\n', '    owner: team-leader\n    start: 4\n    review: 2\n'],
      /plays\.0\.review: the first review cannot come before the play starts/,
    ],
  ])('%s is refused at its line', (_name, [from, to], message) => {
    const problems = problemsFor([
      page('m/alpha-mode.mdx', edit(validText, from!, to!)),
      page('m/beta-mode.mdx', betaText),
    ]);
    expect(formatProblems(problems)).toMatch(message);
  });

  test('a library without roles.yaml says what it needs', () => {
    const { problems } = buildLibrary(
      [page('a/alpha-mode.mdx', validText)],
      sources,
      {
        path: 'a/roles.yaml',
        text: 'roles: []\n',
      },
      measures,
    );
    expect(problems.map((p) => p.message).join('\n')).toMatch(/list at least one role/);
  });
});
