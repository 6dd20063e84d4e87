/**
 * Metrics and the staff pulse survey as data: each metric defined once with one target, pages and
 * metrics that name something the files do not hold refused at file:line with "did you mean", and
 * a handbook that prints only the metrics and survey statements its chapters use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { buildLibrary, type SourceText } from '../../src/core/library/library.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { handbookMeasures } from '../../src/core/handbook/measures.ts';
import { findUnusedMetrics } from '../../src/core/library/metric-uses.ts';
import { sharedLibrary } from '../support/library.ts';
import { handbookHtml } from '../support/render.ts';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import { metricsGlossaryHtml, pulseSurveyHtml } from '../../src/site/measures-page.ts';
import { siteModeRenderer } from '../../src/site/mode-page.ts';
import { siteUrls } from '../../src/site/urls.ts';

const FIXTURES = 'tests/fixtures/library';
const read = (name: string): SourceText => ({ path: name, text: readFileSync(join(FIXTURES, name), 'utf8') });
const alpha = read('failure-modes/alpha-mode.mdx');
const beta = read('failure-modes/beta-mode.mdx');

/** Replaces one exact piece of a file's text, failing loudly if the fixture drifted. */
function edit(file: SourceText, from: string, to: string): SourceText {
  expect(file.text, `fixture text "${from}"`).toContain(from);
  return { ...file, text: file.text.replace(from, to) };
}

function problemsWith(changes: { page?: SourceText; metrics?: SourceText; pulse?: SourceText }): string {
  const { problems } = buildLibrary([changes.page ?? alpha, beta], read('sources.yaml'), read('roles.yaml'), {
    metrics: changes.metrics ?? read('metrics.yaml'),
    pulse: changes.pulse ?? read('pulse.yaml'),
  });
  return formatProblems(problems);
}

test('the fixture library, with its metrics and survey, has no problems', () => {
  expect(problemsWith({})).toBe('');
});

describe('an unknown id is refused at its file and line, with the id it was probably meant to be', () => {
  test('a page that lists a metric the metrics file does not define', () => {
    const page = edit(alpha, '  - metric-two\n', '  - metric-tow\n');
    expect(problemsWith({ page })).toMatch(
      /failure-modes\/alpha-mode\.mdx:34 {2}metrics\.1: unknown metric "metric-tow" \(did you mean "metric-two"\?\); metrics are defined in content\/metrics\.yaml/,
    );
  });

  test('a metric that reports a statement the survey does not ask', () => {
    const metrics = edit(read('metrics.yaml'), 'pulse: know-the-fixture', 'pulse: know-the-fixtures');
    const message = problemsWith({ metrics });
    expect(message).toMatch(
      /metrics\.yaml:39:\d+ {2}metrics\.2\.pulse: unknown pulse statement "know-the-fixtures" \(did you mean "know-the-fixture"\?\)/,
    );
    // The statement is then reported by no metric, which is a problem of its own in the survey file.
    expect(message).toMatch(/pulse\.yaml:7:\d+ {2}items\.0\.id: no metric reports "know-the-fixture"/);
  });

  test('a metric that cites an article the sources file does not list', () => {
    const metrics = edit(read('metrics.yaml'), 'source: fixture-article', 'source: fixture-articel');
    expect(problemsWith({ metrics })).toMatch(
      /metrics\.yaml:14:\d+ {2}metrics\.0\.source: unknown article "fixture-articel" \(did you mean "fixture-article"\?\)/,
    );
  });
});

describe('a metric is written once, with one target', () => {
  test('a second entry with the same id is refused', () => {
    const file = read('metrics.yaml');
    const second = file.text.slice(
      file.text.indexOf('  - id: metric-two'),
      file.text.indexOf('  - id: fixture-pulse'),
    );
    const metrics = { ...file, text: `${file.text}\n${second.replace('Under 2 hours', 'Under 3 hours')}` };
    expect(problemsWith({ metrics })).toMatch(/metrics\.\d+\.id: duplicate metric id "metric-two"/);
  });

  test('a page cannot give a metric a target of its own', () => {
    const page = edit(alpha, '  - metric-two\n', '  - metric: metric-two\n    target: Under 3 hours\n');
    expect(problemsWith({ page })).toMatch(
      /alpha-mode\.mdx:35:\d+ {2}metrics\.1\.target: unknown field "target"; known fields here: metric, note/,
    );
  });

  test('a page cannot list the same metric twice', () => {
    const page = edit(alpha, '  - metric-two\n', '  - metric-two\n  - metric-two\n');
    expect(problemsWith({ page })).toMatch(/metrics\.2: "metric-two" is listed twice/);
  });

  test('two metrics cannot report the same survey statement', () => {
    const file = read('metrics.yaml');
    const metrics = edit(file, '    cadence: weekly\n', '    cadence: weekly\n    pulse: know-the-fixture\n');
    expect(problemsWith({ metrics })).toMatch(
      /"know-the-fixture" is already reported by metric "metric-two"/,
    );
  });

  test('no metric id of the real content has a target anywhere but its one entry', () => {
    const targets = new Map<string, string[]>();
    for (const file of contentFiles('content')) {
      for (const data of documentsOf(file))
        visit(data, (object, path) => {
          if (!('target' in object)) return;
          const id = String(object.id ?? object.metric ?? '');
          targets.set(id, [...(targets.get(id) ?? []), `${file}:${path}`]);
        });
    }
    const metricIds = parseAllDocuments(readFileSync('content/metrics.yaml', 'utf8'))[0]!
      .toJS()
      .metrics.map((m: { id: string }) => m.id);
    expect(metricIds.length).toBeGreaterThan(50);
    for (const id of metricIds) expect(targets.get(id), id).toHaveLength(1);
    // And nothing else in the content carries a target: no page has a number of its own.
    expect([...targets.keys()].filter((id) => !metricIds.includes(id))).toEqual([]);
  });
});

test('every metric of the real content is used by at least one page', async () => {
  expect(findUnusedMetrics(await sharedLibrary())).toEqual([]);
});

describe('the staff pulse survey', () => {
  test.each([
    [
      'an answer that counts as agreeing but is not on the scale',
      'agree: [4, 5]',
      'agree: [4, 6]',
      /agree\.1: 6 is not on the scale; use a number from 1 to 5/,
    ],
    [
      'every answer counting as agreeing',
      'agree: [4, 5]',
      'agree: [1, 2, 3, 4, 5]',
      /every answer counts as agreeing/,
    ],
    [
      'an anonymity threshold that could show one person',
      'anonymityThreshold: 5',
      'anonymityThreshold: 2',
      /anonymityThreshold: .*at least 3/,
    ],
    ['two cadences', 'cadence: quarterly', 'cadence: [quarterly, monthly]', /pulse\.yaml:\d+:\d+ {2}cadence/],
  ])('refuses %s', (_name, from, to, message) => {
    expect(problemsWith({ pulse: edit(read('pulse.yaml'), from, to) })).toMatch(message);
  });

  test('a pulse metric is read as often as the survey runs', () => {
    const metrics = edit(
      read('metrics.yaml'),
      '    cadence: quarterly\n    pulse:',
      '    cadence: monthly\n    pulse:',
    );
    expect(problemsWith({ metrics })).toMatch(
      /metrics\.2\.cadence: the survey runs quarterly, so its metrics are read quarterly too/,
    );
  });
});

describe('a handbook measures what its chapters use', () => {
  test('only the chapters’ metrics, each once with every chapter that uses it, and only their statements', async () => {
    const library = await sharedLibrary();
    const byId = new Map(library.modes.map((m) => [m.id, m]));
    const chapters = ['understaffing', 'leaders-dont-jump-in', 'clunky-tools'].map((id, i) => ({
      number: i + 1,
      anchor: `chapter-${id}`,
      mode: byId.get(id)!,
    }));
    const measures = handbookMeasures(library, chapters);
    const ids = measures.metrics.map((m) => m.metric.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...new Set(chapters.flatMap((c) => c.mode.metrics.map((u) => u.metric)))]);
    expect(
      measures.metrics.find((m) => m.metric.id === 'missed-breaks')!.chapters.map((c) => c.number),
    ).toEqual([1, 2]);
    expect(measures.pulse?.items.map((i) => i.id)).toEqual(['manager-helps-out']);
  });

  test('a handbook whose chapters read no survey statement has no survey form', async () => {
    const library = await sharedLibrary();
    const mode = library.modes.find((m) => m.id === 'clunky-tools')!;
    expect(handbookMeasures(library, [{ number: 1, anchor: 'c', mode }]).pulse).toBeUndefined();
  });
});

/** Every YAML and MDX file under a folder. */
function contentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // A translation restates the same metrics in another language; the translation check holds its
    // targets to the English ones (core/library/translations.ts).
    if (name === 'translations') return [];
    if (statSync(path).isDirectory()) return contentFiles(path);
    return /\.(ya?ml|mdx)$/.test(name) ? [path] : [];
  });
}

/** A file's data: a YAML file's documents, or an MDX page's frontmatter. */
function documentsOf(file: string): unknown[] {
  const text = readFileSync(file, 'utf8');
  const yaml = file.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  return parseAllDocuments(yaml).map((d) => d.toJS());
}

function visit(
  value: unknown,
  onObject: (o: Record<string, unknown>, path: string) => void,
  path = '',
): void {
  if (Array.isArray(value)) value.forEach((v, i) => visit(v, onObject, `${path}.${i}`));
  else if (value && typeof value === 'object') {
    onObject(value as Record<string, unknown>, path);
    for (const [key, v] of Object.entries(value)) visit(v, onObject, `${path}.${key}`);
  }
}

describe('every link to a metric or a survey statement lands on its entry', () => {
  const idsIn = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));

  test('on the site: the glossary and the survey page hold every anchor the pages link to', async () => {
    const library = await sharedLibrary();
    const urls = siteUrls('/');
    const glossary = idsIn(metricsGlossaryHtml(library, urls));
    const survey = pulseSurveyHtml(library, urls);
    const render = siteModeRenderer(library, urls);
    const links = library.modes.flatMap((m) =>
      [...render(m, { type: 'root', children: [] }).matchAll(/href="\/metrics\/#([^"]+)"/g)].map(
        (x) => x[1]!,
      ),
    );
    expect(new Set(links).size).toBe(library.metrics.length);
    for (const id of links) expect(glossary, id).toContain(id);
    for (const item of library.pulse.items) expect(idsIn(survey), item.id).toContain(item.id);
  });

  test('in a handbook: each chapter’s metric links to its entry in the appendix', async () => {
    const library = await sharedLibrary();
    const text = readFileSync('examples/retailer.yaml', 'utf8');
    const { config } = checkHandbookConfig({ path: 'examples/retailer.yaml', text }, library);
    const html = handbookHtml(await buildHandbook(library, config!, {}));
    const ids = idsIn(html);
    const links = [...html.matchAll(/href="#(metric-[^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const id of links) expect(ids, id).toContain(id);
    expect(html).toContain('class="back appendix pulse-form"');
  });
});
