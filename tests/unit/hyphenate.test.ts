import { describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import { loadLibrary } from '../../src/core/library/load.ts';
import { loadHyphenator } from '../../src/render/pdf/hyphenate.ts';
import { layOut, OUTPUTS } from '../../src/render/outputs.ts';
import { sharedLibrary } from '../support/library.ts';

const SHY = '\u00AD';
const german = (await loadHyphenator('de'))!;

/** A German document with a word of each kind the print hyphenates or keeps whole. */
const doc = (body: string) =>
  `<!doctype html><html lang="de"><head><title>Kundenkontaktmitarbeitende</title><style>.Beobachtungsbogen { color: red }</style></head><body>${body}</body></html>\n`;

describe('soft hyphens for print', () => {
  test('go into the words of running text, where a German compound may break', () => {
    const html = german(doc('<p>Die Kundenkontaktmitarbeitende füllt den Beobachtungsbogen aus.</p>'));
    expect(html).toContain(`Kun${SHY}den${SHY}kon${SHY}takt${SHY}mit${SHY}ar${SHY}bei${SHY}ten${SHY}de`);
    expect(html.replaceAll(SHY, '')).toContain(
      'Die Kundenkontaktmitarbeitende füllt den Beobachtungsbogen aus.',
    );
  });

  test.each([
    ['a heading, which the bookmarks and contents match by its text', '<h2>Beobachtungsbogen</h2>'],
    ['a link', '<p><a href="https://example.org/">Beobachtungsbogen</a></p>'],
    ["a company's own value", '<p><bdi>Kundenkontaktmitarbeitende GmbH</bdi></p>'],
    ['an address in running text', '<p>service-playbook.example/beobachtungsbogen</p>'],
    ['an English page inside the German document', '<p lang="en" dir="ltr">Responsibilities everywhere</p>'],
    ['a label in spaced capitals', '<p class="kicker">Trainings-Handout · Messen und Verbessern</p>'],
  ])('leave %s whole', (_what, body) => {
    expect(german(doc(body))).not.toContain(SHY);
  });

  test('leave the title and the style sheet alone', () => {
    const html = german(doc('<p>Kundenkontaktmitarbeitende</p>'));
    expect(html).toContain('<title>Kundenkontaktmitarbeitende</title>');
    expect(html).toContain('.Beobachtungsbogen { color: red }');
  });

  test('are the same every time', () => {
    const body = '<p>Servicewerte, Erinnerungsmail und Dienstplanlücken.</p>';
    expect(german(doc(body))).toBe(german(doc(body)));
  });

  test('are for German and Spanish only: English and Arabic print as written', async () => {
    await expect(loadHyphenator('en')).resolves.toBeUndefined();
    await expect(loadHyphenator('ar')).resolves.toBeUndefined();
    expect((await loadHyphenator('es'))!('<p lang="es">responsabilidades</p>')).toContain(`res${SHY}pon`);
  });

  test('never reach the files a German handbook run writes: HTML, Markdown, handouts, kits, worksheets', async () => {
    const english = await sharedLibrary();
    const text = [
      'company: Hearth & Loom',
      'vision: Every customer leaves with the right thing.',
      'priorities:',
      '  - blaming-the-front-line',
      '  - understaffing',
      'standards:',
      '  firstResponse: 2 hours',
      '  callback: the same day',
      '  refundLimit: 40 EUR',
      'language: de',
      'locale: de-DE',
      'date: 2025-09-01',
    ].join('\n');
    const { config } = checkHandbookConfig({ path: 'de.yaml', text }, english);
    const handbook = await buildHandbook(await loadLibrary(undefined, { language: 'de' }), config!);
    const run = { handbook, config: config! };
    const trees = layOut(run);
    for (const format of ['html', 'md', 'handouts', 'kits', 'worksheets'] as const) {
      const files = await OUTPUTS[format].render(run, trees);
      expect(files.length, format).toBeGreaterThan(0);
      for (const file of files) expect(String(file.content), file.path).not.toContain(SHY);
    }
  });
});
