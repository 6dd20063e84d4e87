/**
 * Worksheets as a person prints them: each on exactly one page of A4 and of US Letter (real paper
 * sizes, as Chromium prints them), worksheets.pdf from `playbook generate` with one page per
 * worksheet, and the site's worksheet pages, which load no JavaScript and are reached from the
 * plays that use them. Every page's axe check and its one-page print on the area A4 and Letter
 * share run in pages.test.ts's visit (tests/support/print-checks.ts).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { findWorksheetUses } from '../../src/core/library/worksheets.ts';
import { buildWorksheetDocument } from '../../src/document/worksheet.ts';
import { renderWorksheetsHtml } from '../../src/render/worksheet.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { countPdfPages } from '../support/pdf.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';
import { printWithTestChromium } from '../support/test-chromium.ts';

const library = await sharedLibrary();
const { browser, siteUrl } = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'playbook-worksheets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(browserTestsSkipped)('every worksheet prints on exactly one page', () => {
  test.each(['A4', 'Letter'] as const)('on %s', async (format) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const pages: Record<string, number> = {};
    for (const worksheet of library.worksheets) {
      // The longest company name a footer should still hold on one line or two.
      const html = renderWorksheetsHtml([{ tree: buildWorksheetDocument(worksheet), worksheet }], {
        company: 'Northbeam Home & Garden Retail Group (Scotland and the North of England)',
        accent: '#1f5f8b',
      });
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      pages[worksheet.id] = countPdfPages(await page.pdf({ format, printBackground: true }));
    }
    await context.close();
    expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
    expect(Object.keys(pages)).toHaveLength(library.worksheets.length);
  });

  test('worksheets.pdf from playbook generate holds each of the chapters’ worksheets on a page of its own', async () => {
    const dir = join(work, 'generate');
    cpSync('examples', dir, { recursive: true });
    await promisify(execFile)(
      process.execPath,
      [
        resolve('bin/playbook.mjs'),
        'generate',
        '--config',
        join(dir, 'retailer.yaml'),
        '--out',
        join(dir, 'out'),
        '--format',
        'worksheets',
        '--paper',
        'Letter',
        '--quiet',
      ],
      { env: printWithTestChromium() },
    );
    const pdf = readFileSync(join(dir, 'out', 'worksheets.pdf'));
    const html = readFileSync(join(dir, 'out', 'worksheets.html'), 'utf8');
    const titles = [...html.matchAll(/<h1>([^<]+)<\/h1>/g)].map((m) => m[1]!.replace(/&#x26;/g, '&'));
    expect(titles.length).toBeGreaterThan(1);
    const texts = pdfPageTexts(pdf);
    expect(texts).toHaveLength(titles.length);
    titles.forEach((title, i) => {
      expect(texts[i], title).toContain(title);
      expect(texts[i], title).toContain('Hearth & Loom');
    });
  });
});

describe.skipIf(browserTestsSkipped)('worksheets on the site', () => {
  test('a play links to its worksheet, and the worksheet page loads no JavaScript', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/clunky-tools/`);
    await page.getByRole('link', { name: 'Friction log', exact: true }).click();
    await page.waitForURL(/\/worksheets\/friction-log\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Friction log');
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.reload();
    await expect(page.locator('script').count()).resolves.toBe(0);
    expect(scripts).toEqual([]);
    // And back to the play that asked for it.
    await expect(
      page.getByRole('link', { name: 'Run a friction log, in Tools that get in the way of service' }).count(),
    ).resolves.toBe(1);
    await done();
  });

  test('the list of failure modes leads to an index of every worksheet with the plays that use it', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/`);
    await page.getByRole('link', { name: /^Worksheets: every form/ }).click();
    await page.waitForURL(/\/worksheets\/$/);
    const titles = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect([...titles].sort()).toEqual(library.worksheets.map((w) => w.title).sort());
    for (const worksheet of library.worksheets.slice(0, 3)) {
      const card = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: worksheet.title }) });
      for (const use of findWorksheetUses(library.modes, worksheet.id))
        await expect(
          card.getByRole('link', { name: use.play.title, exact: false }).count(),
        ).resolves.toBeGreaterThan(0);
    }
    await done();
  });
});
