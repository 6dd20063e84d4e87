/**
 * The handbook PDF as a print shop would check it: a contents page whose numbers are the pages the
 * headings are on (A4 and Letter, chapters only and the whole library), bookmarks for every chapter,
 * a tagged file with its author, running heads, "Page N of M" footers, no page that holds only a
 * heading, and the same bytes on every run.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import { listSections } from '../../src/document/handbook-contents.ts';
import { listPlaybookSections, playbookChapters } from '../../src/document/playbook.ts';
import { handbookHtml } from '../support/render.ts';
import { renderPdfs, type PdfJob } from '../../src/render/pdf/print.ts';
import { readOutline } from '../../src/render/pdf/finish.ts';
import { words } from '../../src/i18n/index.ts';

const CATEGORY_ORDER = words().categories;
import type { Page } from 'playwright-core';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { printWithTestChromium } from '../support/test-chromium.ts';

const run = promisify(execFile);
const BIN = resolve('bin/playbook.mjs');
const work = mkdtempSync(join(tmpdir(), 'playbook-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const library = await sharedLibrary();
/** The printed playbook's contents: every chapter, then the metrics, the survey form and the sources. */
const CONTENTS_ENTRIES = listPlaybookSections(playbookChapters(library, new Map())).length;

interface Case {
  name: string;
  config: string;
  paper: 'A4' | 'Letter';
}

const CASES: Case[] = [
  { name: 'contact centre with include: all, A4', config: 'examples/contact-centre.yaml', paper: 'A4' },
  {
    name: 'contact centre with include: all, Letter',
    config: 'examples/contact-centre.yaml',
    paper: 'Letter',
  },
  { name: 'retailer, its chapters only, Letter', config: 'examples/retailer.yaml', paper: 'Letter' },
];

/** The text of each page, from pdftotext (form feeds separate pages). */
function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\f')
    .slice(0, -1);
}

/** Prints a config's handbook PDF into its own folder and returns the file. */
async function print(testCase: Case, folder: string): Promise<string> {
  const dir = join(work, folder);
  mkdirSync(dir, { recursive: true });
  cpSync('examples', dir, { recursive: true });
  const config = join(dir, testCase.config.replace('examples/', ''));
  await run(
    process.execPath,
    [
      BIN,
      'generate',
      '--config',
      config,
      '--out',
      join(dir, 'out'),
      '--format',
      'pdf',
      '--paper',
      testCase.paper,
      '--quiet',
    ],
    { env: printWithTestChromium() },
  );
  return join(dir, 'out', 'handbook.pdf');
}

/** Every PDF this file reads, each made once; every test about a case (determinism too) reads that file. */
const made = new Map<string, Promise<string>>();
function once(key: string, make: () => Promise<string>): Promise<string> {
  if (!made.has(key)) made.set(key, make());
  return made.get(key)!;
}
const printOnce = (testCase: Case) =>
  once(testCase.name, () => print(testCase, testCase.name.replace(/\W+/g, '-')));
const printAgain = () => once('again', () => print(CASES[0]!, 'same-again'));
const printPlaybook = () =>
  once('playbook', async () => {
    const pdf = join(work, 'playbook-letter.pdf');
    await run(process.execPath, [BIN, 'print', '--out', pdf, '--paper', 'Letter'], {
      env: printWithTestChromium(),
    });
    return pdf;
  });

beforeAll(() => {
  if (browserTestsSkipped) return;
  // Each print is its own CLI process and Chromium: started together they overlap, where the file
  // used to wait on five prints one after another and end the run alone. Failures surface in the
  // tests that await them.
  for (const pdf of [...CASES.map(printOnce), printAgain(), printPlaybook()]) pdf.catch(() => {});
});

describe.skipIf(browserTestsSkipped).each(CASES)('the handbook PDF: $name', (testCase) => {
  let pdf: string;
  let pages: string[];
  beforeAll(async () => {
    pdf = await printOnce(testCase);
    pages = pageTexts(pdf);
  });

  test('every contents entry names the page its heading starts on', async () => {
    const contents = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
    expect(contents).toBeGreaterThan(0);
    const entries = [...pages[contents]!.matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({
      label: m[1]!.replace(/\s+/g, ' '),
      page: Number(m[2]),
    }));
    // Every top-level heading after the contents has a numbered entry, long (wrapped) titles too.
    const topLevel = (await readOutline(readFileSync(pdf))).filter(
      (e) => e.depth === 1 && e.title !== 'Contents',
    );
    expect(entries.length).toBe(topLevel.length);
    for (const { label, page } of entries) {
      const lines = pages[page - 1]!.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
      // The heading itself, not only the running head above it.
      expect(lines.filter((l) => l === label).length, `"${label}" on page ${page}`).toBeGreaterThanOrEqual(1);
      // And not already on the page before: the number is where the heading starts.
      const before = pages[page - 2]!.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
      if (page - 1 > contents + 1)
        expect(
          before.includes(label) && !/^\d+\. /.test(label),
          `"${label}" already on page ${page - 1}`,
        ).toBe(false);
    }
  });

  test('bookmarks list every chapter, and the file is tagged with its author and paper', async () => {
    const outline = await readOutline(readFileSync(pdf));
    const config = readFileSync(testCase.config, 'utf8');
    const ids = [...config.matchAll(/^ {2}- ([a-z0-9-]+)$/gm)]
      .map((m) => m[1]!)
      .filter((id) => library.modes.some((m) => m.id === id));
    const titles = outline.map((e) => e.title);
    ids.forEach((id, i) =>
      expect(titles, id).toContain(`${i + 1}. ${library.modes.find((m) => m.id === id)!.title}`),
    );
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(new RegExp(`Author:\\s+${/company: (.+)/.exec(config)![1]!.replace(/^"|"$/g, '')}`));
    expect(info).toMatch(testCase.paper === 'A4' ? /\(A4\)/ : /\(letter\)/);
    expect(info).toMatch(/CreationDate:.*2025/);
  });

  test('chapter pages carry a running head, and every page but the cover says "Page N of M"', () => {
    const total = pages.length;
    pages.forEach((page, i) => {
      if (i === 0) expect(page).not.toMatch(/Page 1 of/);
      else expect(page, `page ${i + 1}`).toMatch(new RegExp(`Page ${i + 1} of ${total}`));
    });
    const chapterStart = pages.findIndex((p) => /CHAPTER 1 ·/.test(p));
    const head = pages[chapterStart]!.split('\n')
      .find((l) => l.trim())!
      .trim();
    expect(head).toMatch(/^1\. /);
    expect(
      pages[chapterStart + 1]!.split('\n')
        .find((l) => l.trim())!
        .trim(),
    ).toBe(head);
  });

  test('no page holds only a heading', () => {
    pages.forEach((page, i) => {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^Page \d+ of \d+$/.test(l));
      // Running head, then at least a heading and something under it.
      expect(lines.length, `page ${i + 1}: ${lines.join(' | ')}`).toBeGreaterThanOrEqual(i === 0 ? 1 : 3);
    });
  });
});

describe.skipIf(browserTestsSkipped)('the same config and date give the same PDF', () => {
  test('two runs are byte-identical', async () => {
    // A second, separate run of the first case, compared with the first.
    const a = await printOnce(CASES[0]!);
    const b = await printAgain();
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});

describe.skipIf(browserTestsSkipped)('contents numbers written into the first print', () => {
  test('give the same pages, word for word, as laying the handbook out again with the numbers', async () => {
    const text = readFileSync('examples/retailer.yaml', 'utf8');
    const { config } = checkHandbookConfig({ path: 'examples/retailer.yaml', text }, library);
    const handbook = await buildHandbook(library, config!, { paper: 'Letter', date: '2025-01-01' });
    const relaid: PdfJob = {
      html: (pages) => handbookHtml(handbook, { pageNumbers: pages }),
      paper: handbook.paper,
      metadata: {
        title: 'Handbook',
        author: 'Retailer',
        subject: 'Service handbook',
        keywords: [],
        language: 'en',
        date: '2025-01-01',
      },
    };
    // With the contents' headings the numbers go into the placeholders; without, it is printed again.
    const [once, twice] = await renderPdfs(
      [{ ...relaid, contents: listSections(handbook).map((s) => s.label) }, relaid],
      { concurrency: 1 },
    );
    const files = [once!, twice!].map((bytes, i) => {
      const file = join(work, `layouts-${i}.pdf`);
      writeFileSync(file, bytes);
      return file;
    });
    // Words, page by page (pdftotext's column layout guesses differ with the fonts' subsets).
    const [oncePages, twicePages] = files.map((file) =>
      pageTexts(file).map((page) => page.split(/\s+/).filter(Boolean).join(' ')),
    );
    expect(oncePages!.length).toBeGreaterThan(10);
    expect(oncePages).toEqual(twicePages);
    // Not the same bytes: the first really was numbered without a second layout.
    expect(Buffer.from(once!).equals(Buffer.from(twice!))).toBe(false);
  });
});

describe.skipIf(browserTestsSkipped)('playbook print: the whole playbook', () => {
  let pdf: string;
  let pages: string[];
  beforeAll(async () => {
    pdf = await printPlaybook();
    pages = pageTexts(pdf);
  });

  test('has every failure mode in category order, each in the contents with the page it starts on', async () => {
    const outline = (await readOutline(readFileSync(pdf))).filter(
      (e) => e.depth === 1 && /^\d+\. /.test(e.title),
    );
    expect(outline).toHaveLength(library.modes.length);
    const contents = pages[1]!;
    for (const entry of outline) {
      const number = entry.title.match(/^(\d+)\./)![1]!;
      const line = contents.split('\n').find((l) => l.trim().startsWith(`${number}. `))!;
      expect(line, entry.title).toMatch(new RegExp(`\\s${entry.page}\\s*$`));
      expect(pages[entry.page - 1], entry.title).toMatch(new RegExp(`CHAPTER ${number} ·`));
    }
    const categories = outline.map(
      (e) =>
        library.modes.find((m) => e.title.replace(/\s+/g, '').endsWith(m.title.replace(/\s+/g, '')))!
          .category,
    );
    expect(categories).toEqual(
      [...categories].sort(
        (a, b) => Object.keys(CATEGORY_ORDER).indexOf(a) - Object.keys(CATEGORY_ORDER).indexOf(b),
      ),
    );
  });

  test('is tagged, on Letter, with title and author', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Service Playbook/);
    expect(info).toMatch(/\(letter\)/);
  });

  test('never replaces a file without --force', async () => {
    const before = readFileSync(pdf);
    const refused = await run(process.execPath, [BIN, 'print', '--out', pdf]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((refused as { code: number }).code).toBe(1);
    expect((refused as { stderr: string }).stderr).toMatch(/already exists; add --force to replace it/);
    expect(readFileSync(pdf).equals(before)).toBe(true);
  });
});

/**
 * The contents entries of a printed PDF, read as a person reads them, each checked against the page
 * it names: the heading stands on that page and not on the page before.
 */
function expectContentsMatchPages(pages: string[], what: string): number {
  const contents = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
  expect(contents, `${what}: a contents page`).toBeGreaterThan(0);
  const entries = [...pages[contents]!.matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({
    label: m[1]!.replace(/\s+/g, ' '),
    page: Number(m[2]),
  }));
  const lines = (page: number) =>
    (pages[page - 1] ?? '').split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
  for (const { label, page } of entries) {
    expect(page, `${what}: "${label}"`).toBeGreaterThan(contents + 1);
    expect(lines(page), `${what}: "${label}" on page ${page}`).toContain(label);
    // A chapter's title heads every page of its chapter, so the page before must not show it yet.
    if (/^\d+\. /.test(label))
      expect(lines(page - 1), `${what}: "${label}" already on page ${page - 1}`).not.toContain(label);
  }
  return entries.length;
}

/** A browser page's document printed to PDF by Chromium at its CSS paper size, as pages of text. */
async function printedPages(page: Page, file: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return pageTexts(file);
}

describe.skipIf(browserTestsSkipped)(
  'printing from the browser: the contents carries the page numbers',
  () => {
    const { browser, siteUrl } = useBrowser();

    test.each([
      ['en-GB', 'A4', /\(A4\)/],
      ['en-US', 'Letter', /\(letter\)/],
    ] as const)(
      '/print/ in %s numbers its contents for %s, and each number is the page its chapter starts on',
      async (locale, paper, size) => {
        const { page, done } = await openPage(browser(), `${siteUrl()}/print/`, { locale });
        await expect
          .poll(() => page.locator('.contents .page-number:not(.placeholder)').count(), { timeout: 20_000 })
          .toBe(CONTENTS_ENTRIES);
        await expect(
          page.getByRole('radio', { name: paper === 'A4' ? 'A4' : 'US Letter' }).isChecked(),
        ).resolves.toBe(true);
        const file = join(work, `site-print-${paper}.pdf`);
        const pages = await printedPages(page, file);
        expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(size);
        expect(expectContentsMatchPages(pages, `/print/ on ${paper}`)).toBe(CONTENTS_ENTRIES);
        await done();
      },
    );

    test('/print/ numbers the contents again when the other paper is chosen, by keyboard', async () => {
      const { page, done } = await openPage(browser(), `${siteUrl()}/print/`, { locale: 'en-GB' });
      const numbers = () => page.locator('.contents .page-number').allTextContents();
      await expect
        .poll(() => page.locator('.contents .page-number:not(.placeholder)').count(), { timeout: 20_000 })
        .toBe(CONTENTS_ENTRIES);
      const onA4 = await numbers();
      await page.getByRole('radio', { name: 'A4' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name: 'US Letter' }).isChecked()).resolves.toBe(true);
      await expect.poll(numbers, { timeout: 20_000 }).not.toEqual(onA4);
      await expect.poll(() => page.getByRole('button', { name: 'Print' }).isEnabled()).toBe(true);
      const pages = await printedPages(page, join(work, 'site-print-switched.pdf'));
      expectContentsMatchPages(pages, '/print/ switched to Letter');
      await done();
    });

    test("the builder's Print / save as PDF prints a copy whose contents numbers are the pages, and leaves the preview as downloaded", async () => {
      const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
      await page.getByRole('button', { name: 'Example: a small retailer' }).click();
      await expect
        .poll(() => page.locator('#preview-status').textContent(), { timeout: 10_000 })
        .toMatch(/^Preview:/);
      const preview = await page
        .frameLocator('#preview')
        .locator('html')
        .evaluate((html) => html.outerHTML);
      await page.getByRole('button', { name: 'Print / save as PDF' }).click();
      const copy = page.frameLocator('#print-copy');
      await expect
        .poll(() => copy.locator('.contents .page-number:not(.placeholder)').count(), { timeout: 20_000 })
        .toBeGreaterThan(5);
      // The preview is untouched: still the document a download gives.
      await expect(
        page
          .frameLocator('#preview')
          .locator('html')
          .evaluate((html) => html.outerHTML),
      ).resolves.toBe(preview);
      const printed = await copy.locator('html').evaluate((html) => `<!DOCTYPE html>${html.outerHTML}`);
      const context = await browser().newContext();
      const printer = await context.newPage();
      await printer.setContent(printed, { waitUntil: 'load' });
      const pages = await printedPages(printer, join(work, 'builder-print.pdf'));
      await context.close();
      const entries = expectContentsMatchPages(pages, "the builder's print");
      expect(entries).toBe(await copy.locator('.contents li').count());
      await done();
    });
  },
);
