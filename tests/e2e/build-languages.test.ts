/**
 * The handbook builder in another language, in real Chromium: /es/build/ reads Spanish everywhere
 * the person looks (the page's own words and what its scripts write), the handbook's language is a
 * choice of its own (German from a Spanish page fetches the German chapters then, not before), a
 * Spanish config's downloads are the bytes `playbook generate` writes from it, and the Arabic page
 * is right to left with no axe violations.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { generateFromDownload } from '../support/cli.ts';
import { loadLibrary } from '../../src/core/library/load.ts';
import { fill, plural, type Plural } from '../../src/i18n/format.ts';
import { loadDictionary, words, type Dictionary } from '../../src/i18n/index.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { axeSource, axeViolations, loadedScripts } from '../support/page-checks.ts';

const { browser, siteUrl } = useBrowser();
const it = browserTestsSkipped ? test.skip : test;
const CONTENT = resolve('content');
const [en, es, de, ar] = [
  words('en'),
  await loadDictionary('es'),
  await loadDictionary('de'),
  await loadDictionary('ar'),
];
const work = mkdtempSync(join(tmpdir(), 'build-languages-e2e-'));
afterAll(() => {
  if (!process.env.KEEP_E2E) rmSync(work, { recursive: true, force: true });
});

/** Every string in a dictionary by its path ("builder.page.heading"); a plural's forms as "….one", "….other". */
function leaves(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  if (!value || typeof value !== 'object') return new Map();
  return new Map(
    Object.entries(value).flatMap(([key, inner]) => [...leaves(inner, path ? `${path}.${key}` : key)]),
  );
}

/**
 * The English sentences a Spanish page must not show: each English string the Spanish dictionary
 * says differently, cut at its placeholders, keeping the pieces long enough to be a phrase (two words
 * or more) rather than a word both languages spell alike.
 */
function englishPhrases(): string[] {
  const spanish = leaves(es);
  const phrases = new Set<string>();
  for (const [path, text] of leaves(en)) {
    if (spanish.get(path) === text) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const phrase = piece.trim().replace(/^[\s.,:;()“”"]+|[\s.,:;()“”"]+$/g, '');
      if (phrase.length >= 12 && /\s/.test(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}

const sentence = (d: Dictionary, forms: Plural, n: number) => plural(d.locale, n, forms);

/** Waits until the preview shows a handbook for the current form, as the page's language says it. */
async function previewReady(page: Page, d: Dictionary, chapters: number): Promise<void> {
  await expect
    .poll(() => page.locator('#preview-status').textContent(), { timeout: 15_000 })
    .toBe(sentence(d, d.builder.preview.chapters, chapters));
}

/** The preview's document: its language and its text. */
const previewDocument = (page: Page) =>
  page.evaluate(() => {
    const doc = document.querySelector<HTMLIFrameElement>('#preview')!.contentDocument!;
    return { lang: doc.documentElement.lang, text: doc.body.innerText };
  });

async function downloadBytes(page: Page, name: string): Promise<Buffer> {
  const [download] = (await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ])) as [Download, void];
  return readFileSync(await download.path());
}

/** Starts the form from the retailer example, as the page names it. */
async function startFromRetailer(page: Page, d: Dictionary): Promise<void> {
  await page.getByRole('button', { name: d.builder.examples.retailer.label }).click();
  await expect
    .poll(() => page.locator('#status').textContent())
    .toContain(d.builder.examples.retailer.started);
}

describe('the handbook builder in Spanish, German and Arabic', () => {
  it('reads Spanish on /es/build/: the form, its choices, and what its scripts write, with no English sentence from the dictionary', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/es/build/`);
    const form = es.builder;
    // A blank form: the handbook in the page's language, with that language's dates.
    await expect.poll(() => page.getByLabel(form.fields.language).inputValue()).toBe('es');
    expect(await page.getByLabel(form.fields.locale).inputValue()).toBe('es-ES');
    await startFromRetailer(page, es);
    await previewReady(page, es, 5);
    // A script's sentence in Spanish: a row added and removed says so in the status line.
    await page.getByRole('button', { name: form.form.addRow }).click();
    await page.getByRole('button', { name: fill(es.locale, form.rows.empowerment.remove, { n: 1 }) }).click();
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(fill(es.locale, form.rows.empowerment.removed, { n: 1 }));
    // The preview and its chapter files follow the form's language too.
    expect((await previewDocument(page)).lang).toBe('es');
    const shown = await page.locator('.builder').innerText();
    const english = englishPhrases().filter((phrase) => shown.includes(phrase));
    expect(english).toEqual([]);
    // The page's own script carries Spanish only: no German or Arabic dictionary was fetched.
    const scripts = await Promise.all(
      (await loadedScripts(page, /\.js$/)).map(async (url) => (await fetch(url)).text()),
    );
    const holding = (text: string) => scripts.filter((body) => body.includes(text)).length;
    expect(holding(es.builder.form.addRow)).toBeGreaterThan(0);
    expect([holding(de.builder.form.addRow), holding(ar.builder.form.addRow)]).toEqual([0, 0]);
    await done();
  });

  it('writes the handbook in German from the Spanish page once German is chosen, fetching the German chapters only then (and again after a failed fetch)', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/build/library/')) fetched.push(request.url());
    });
    await page.goto(`${siteUrl()}/es/build/`);
    await startFromRetailer(page, es);
    await previewReady(page, es, 5);
    expect(new Set(fetched).size).toBe(1);
    const german = await loadLibrary(CONTENT, { language: 'de' });
    const chapter = (await page.locator('#chosen li[data-id]').first().getAttribute('data-id'))!;
    const germanTitle = german.modes.find((m) => m.id === chapter)!.title;
    const language = page.getByLabel(es.builder.fields.language);
    // Offline: the preview stays as it was, and the page says why, in its own language.
    await page.route('**/build/library/**', (route) => route.abort());
    await language.selectOption('de');
    const germanName = new Intl.DisplayNames(es.locale, { type: 'language' }).of('de')!;
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(fill(es.locale, es.builder.preview.languageUnavailable, { language: germanName }));
    expect((await previewDocument(page)).lang).toBe('es');
    // Back online, choosing German again fetches it.
    await page.unroute('**/build/library/**');
    await language.selectOption('es');
    await language.selectOption('de');
    await expect.poll(async () => (await previewDocument(page)).lang, { timeout: 15_000 }).toBe('de');
    const { text } = await previewDocument(page);
    expect(text).toContain(germanTitle);
    expect(text).toContain(de.handbook.contents);
    expect(new Set(fetched).size).toBe(2);
    // The form itself stays in the page's language.
    await expect
      .poll(() => page.locator('#preview-status').textContent())
      .toBe(sentence(es, es.builder.preview.chapters, 5));
    await context.close();
  });

  it("gives a Spanish config's handbook, handouts, kits, worksheets and calendar byte-identical to playbook generate", async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/es/build/`);
    await startFromRetailer(page, es);
    await page.getByLabel(es.builder.fields.locale).selectOption('es-MX');
    await page.locator('#training-start').fill('2026-03-09');
    await previewReady(page, es, 5);
    const config = await downloadBytes(page, 'config.yaml');
    expect(config.toString('utf8')).toMatch(/^language: es$/m);
    const out = await generateFromDownload(work, 'spanish', CONTENT, config);
    const spanish = await loadLibrary(CONTENT, { language: 'es' });
    const second = (await page.locator('#chosen li[data-id]').nth(1).getAttribute('data-id'))!;
    const title = spanish.modes.find((m) => m.id === second)!.title;
    const chapterButton = (label: string) => fill(es.locale, label, { n: 2, title });
    for (const [button, file] of [
      ['handbook.html', 'handbook.html'],
      ['handbook.md', 'handbook.md'],
      ['handbook.docx', 'handbook.docx'],
      ['training-plan.ics', 'training-plan.ics'],
      ['worksheets.html', 'worksheets.html'],
      [chapterButton(es.outputs.handouts.chapterLabel), `handouts/02-${second}.html`],
      [chapterButton(es.outputs.kits.chapterLabel), `kits/02-${second}.html`],
    ] as const) {
      const got = await downloadBytes(page, button);
      expect(got.equals(readFileSync(join(out, file))), `${file} differs from playbook generate`).toBe(true);
    }
    const html = readFileSync(join(out, 'handbook.html'), 'utf8');
    expect(html).toMatch(/<html lang="es"/);
    // The preview is that same document.
    const [shown, wanted] = await page.evaluate((expected) => {
      const frame = document.querySelector<HTMLIFrameElement>('#preview')!.contentDocument!;
      const parsed = new DOMParser().parseFromString(expected, 'text/html');
      return [frame.documentElement.outerHTML, parsed.documentElement.outerHTML];
    }, html);
    expect(shown).toBe(wanted);
    await done();
  });

  it('is right to left on /ar/build/ with no axe violations, and says the chapters print in English', async () => {
    const context = await browser().newContext();
    await context.addInitScript({ content: axeSource });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/ar/build/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await startFromRetailer(page, ar);
    await previewReady(page, ar, 5);
    const arabicName = new Intl.DisplayNames(ar.locale, { type: 'language' }).of('ar')!;
    await expect
      .poll(() => page.locator('#language-note').textContent())
      .toBe(plural(ar.locale, 5, ar.builder.form.untranslated, { total: 5, language: arabicName }));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
