import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_CONTENT_DIR, loadLibrary } from '../../src/core/library/load.ts';
import { findStaleTranslations, stampTranslations } from '../../src/core/library/translation-status.ts';
import { UserError } from '../../src/core/problems.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const PAGE = 'no-service-vision';
const english = readFileSync(join(DEFAULT_CONTENT_DIR, 'failure-modes', `${PAGE}.mdx`), 'utf8');

/** A copy of the library with one Spanish page written from the English one by `edit`. */
function libraryWithTranslation(edit: (text: string) => string, file = `failure-modes/${PAGE}.mdx`): string {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-translations-'));
  dirs.push(dir);
  cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true, filter: (src) => !src.includes('translations') });
  mkdirSync(join(dir, 'translations/es/failure-modes'), { recursive: true });
  writeFileSync(join(dir, 'translations/es', file), edit(english));
  return dir;
}

const translated = (text: string) =>
  text
    .replace('title: No one-sentence service vision', 'title: Sin una visión de servicio en una frase')
    .replace(/^    - deck: Cases$/gm, '    - deck: Casos')
    .replace('        Cases: 3', '        Casos: 3')
    .replace('## Why it happens', '## Por qué pasa');

async function problemsOf(dir: string): Promise<string> {
  try {
    await loadLibrary(dir, { language: 'es' });
    return '';
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.message;
  }
}

describe('a translated library', () => {
  test('puts each translated page in place of its English one and marks the rest as untranslated', async () => {
    const library = await loadLibrary(libraryWithTranslation(translated), { language: 'es' });
    const page = library.modes.find((m) => m.id === PAGE)!;
    expect(library.language).toBe('es');
    expect(page.title).toBe('Sin una visión de servicio en una frase');
    expect(page.untranslated).toBeUndefined();
    expect(page.exercise.cards!.filter((c) => c.deck === 'Casos')).toHaveLength(6);
    expect(page.body).toContain('## Por qué pasa');
    const others = library.modes.filter((m) => m.id !== PAGE);
    expect(others.length).toBe(23);
    expect(others.every((m) => m.untranslated)).toBe(true);
  });

  test('refuses a page whose plays do not line up with English, naming the file and the field', async () => {
    const dropped = (text: string) =>
      translated(text).replace(
        '      - Add a line to escalation notes asking which choice fits the vision best.\n',
        '',
      );
    const message = await problemsOf(libraryWithTranslation(dropped));
    expect(message).toContain(`translations/es/failure-modes/${PAGE}.mdx`);
    expect(message).toMatch(/plays\.1\.steps: has 2 items where English has 3/);
  });

  test('refuses a translated id, owner or number, and a translated heading level change', async () => {
    const changed = (text: string) =>
      translated(text)
        .replace('    owner: team-leader\n', '    owner: customer-experience-lead\n')
        .replace('    start: 5\n', '    start: 6\n')
        .replace('## Por qué pasa', '### Por qué pasa');
    const message = await problemsOf(libraryWithTranslation(changed));
    expect(message).toContain('plays.1.owner: should stay "team-leader"');
    expect(message).toContain('plays.1.start: should be 5');
    expect(message).toMatch(/body: the text has different headings/);
  });

  test('refuses a deck renamed in the cards but not in the materials that ask for it', async () => {
    const halfRenamed = (text: string) => text.replace(/^    - deck: Cases$/gm, '    - deck: Casos');
    expect(await problemsOf(libraryWithTranslation(halfRenamed))).toMatch(/Cases/);
  });

  test('refuses a metric target whose figures differ from English', async () => {
    const dir = libraryWithTranslation(translated);
    const metrics = readFileSync(join(dir, 'metrics.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'translations/es/metrics.yaml'),
      metrics.replace('    target: 80% or more agree\n', '    target: 70 % o más de acuerdo\n'),
    );
    expect(await problemsOf(dir)).toMatch(/metrics\.1\.target: has the figures 70 where English has 80/);
    writeFileSync(
      join(dir, 'translations/es/metrics.yaml'),
      metrics.replace('    target: 80% or more agree\n', '    target: 80\u00a0% o más de acuerdo\n'),
    );
    expect(await problemsOf(dir)).toBe('');
  });

  test('refuses a translation of a page the English library does not have', async () => {
    const message = await problemsOf(libraryWithTranslation(translated, 'failure-modes/no-such-page.mdx'));
    expect(message).toContain('translates a file the English library does not have');
  });
});

describe('which translations fell behind their English source', () => {
  test('a translation without a recorded source is listed, and one recorded is not', () => {
    const dir = libraryWithTranslation(translated);
    expect(findStaleTranslations(dir)).toEqual([
      { language: 'es', file: `failure-modes/${PAGE}.mdx`, fields: [], unrecorded: true },
    ]);
    stampTranslations(dir, 'es');
    expect(findStaleTranslations(dir)).toEqual([]);
  });

  test('an English edit lists the translation with the fields that changed', () => {
    const dir = libraryWithTranslation(translated);
    stampTranslations(dir, 'es');
    const source = join(dir, 'failure-modes', `${PAGE}.mdx`);
    writeFileSync(
      source,
      readFileSync(source, 'utf8')
        .replace('so every employee invents their own version.', 'so every employee makes up a version.')
        .replace('A service vision is the sentence', 'A service vision is the one sentence'),
    );
    expect(findStaleTranslations(dir)).toEqual([
      { language: 'es', file: `failure-modes/${PAGE}.mdx`, fields: ['body', 'summary'] },
    ]);
  });
});
