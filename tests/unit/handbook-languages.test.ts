/**
 * A Spanish or German company's handbook is in its language throughout: every label and sentence
 * our code prints comes from that language's dictionary, and every page, worksheet, metric and role
 * from its translation. Checked on every output a handbook run writes as text (HTML, Markdown,
 * handouts, kits, worksheets, calendar), for all 24 chapters.
 */
import { describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import { DEFAULT_CONTENT_DIR, loadLibrary } from '../../src/core/library/load.ts';
import { loadDictionary, words, type Dictionary } from '../../src/i18n/index.ts';
import { OUTPUTS, layOut } from '../../src/render/outputs.ts';
import { sharedLibrary } from '../support/library.ts';

const english = await sharedLibrary();

/** Every string of a dictionary, by its path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * The runs of English our code prints that would give a sentence away: each dictionary string split
 * at its placeholders and Markdown, keeping runs of four words or more that the other language's
 * dictionary does not also have (a brand name, a shared term).
 */
function englishRuns(other: Dictionary): string[] {
  const theirs = leaves(other)
    .map(([, v]) => v)
    .join('\n');
  return [
    ...new Set(
      leaves(words('en'))
        .flatMap(([, value]) => value.split(/\{\w+\}|[*_`#|[\]()]|\n/))
        .map((part) => part.trim().replace(/[.,:;!?]+$/, ''))
        .filter((part) => part.split(/\s+/).filter((w) => /^[A-Za-z’'-]+$/.test(w)).length >= 4)
        .filter((part) => !theirs.includes(part)),
    ),
  ];
}

/** The text a reader sees in an output: tags, entities and Markdown marks away, spaces collapsed. */
const visibleText = (content: string) =>
  content
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ');

describe.each(['es', 'de'] as const)('a handbook in %s', (language) => {
  test('is built from a library with every page and data file translated', async () => {
    const library = await loadLibrary(DEFAULT_CONTENT_DIR, { language });
    expect(library.modes.filter((m) => m.untranslated).map((m) => m.id)).toEqual([]);
    expect(library.untranslatedFiles).toEqual([]);
  });

  test('prints no English label, sentence or page text in any text output', async () => {
    const dictionary = await loadDictionary(language);
    const library = await loadLibrary(DEFAULT_CONTENT_DIR, { language });
    const text = [
      'company: Acme',
      `language: ${language}`,
      `locale: ${language}-${language === 'es' ? 'ES' : 'DE'}`,
      'vision: Que cada cliente sepa qué pasa después.',
      'priorities:',
      ...english.modes.map((m) => `  - ${m.id}`),
      'standards:',
      '  firstResponse: 2 h',
      '  callback: 1 h',
      'training:',
      '  start: 2027-01-11',
    ].join('\n');
    const { config, problems } = checkHandbookConfig({ path: 'config.yaml', text }, english);
    expect(problems).toEqual([]);
    const run = { handbook: await buildHandbook(library, config!), config: config! };
    const trees = layOut(run);
    const outputs = (
      await Promise.all(
        (['html', 'md', 'handouts', 'kits', 'worksheets', 'ics'] as const).map((format) =>
          OUTPUTS[format].render(run, trees),
        ),
      )
    ).flat();
    expect(outputs.length).toBeGreaterThan(50);
    const runs = englishRuns(dictionary);
    expect(runs.length).toBeGreaterThan(300);
    // The English library's page text: each mode's summary and first warning sign.
    const pageText = english.modes.flatMap((m) => [m.summary, m.warningSigns[0]!]);
    const found = outputs.flatMap((file) => {
      const seen = visibleText(String(file.content));
      return [...runs, ...pageText].filter((run) => seen.includes(run)).map((run) => `${file.path}: ${run}`);
    });
    expect(found).toEqual([]);
    const html = String(outputs.find((f) => f.path === 'handbook.html')!.content);
    expect(html).toMatch(new RegExp(`<html lang="${language}"`));
  });
});

describe('a handbook in Arabic', () => {
  test('is right to left with its labels in Arabic, and each chapter still in English marked as English', async () => {
    const library = await loadLibrary(DEFAULT_CONTENT_DIR, { language: 'ar' });
    const text = [
      'company: Acme',
      'language: ar',
      'vision: Every customer knows what happens next.',
      'priorities: [understaffing, no-service-vision]',
      'standards:',
      '  firstResponse: 2 h',
      '  callback: 1 h',
    ].join('\n');
    const { config, problems } = checkHandbookConfig({ path: 'config.yaml', text }, english);
    expect(problems).toEqual([]);
    const run = { handbook: await buildHandbook(library, config!), config: config! };
    const [file] = await OUTPUTS.html.render(run, layOut(run));
    const html = String(file!.content);
    const ar = words('ar');
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toContain(ar.handbook.contents);
    const chapters = [...html.matchAll(/<article[^>]*class="mode"[^>]*>/g)].map((m) => m[0]);
    expect(chapters).toHaveLength(2);
    for (const tag of chapters) expect(tag).toMatch(/lang="en" dir="ltr"/);
  });
});
