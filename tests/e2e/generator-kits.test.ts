import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planKit } from '../../src/core/kit/kit.ts';
import { applyVariables } from '../../src/core/library/library.ts';
import { findMode } from '../../src/core/library/navigation.ts';
import { browserTestsSkipped, useBrowser } from '../support/browser.ts';
import { expectKitPages, overflowingCards } from '../support/kit-pages.ts';
import { sharedLibrary } from '../support/library.ts';
import { countPdfPages } from '../support/pdf.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';
import { printWithTestChromium } from '../support/test-chromium.ts';

const run = promisify(execFile);
const BIN = resolve('bin/playbook.mjs');
const FIXTURES = resolve('tests/fixtures/kits');
const CONTENT = join(FIXTURES, 'content');
const work = mkdtempSync(join(tmpdir(), 'playbook-kits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const { browser } = useBrowser();

const library = await sharedLibrary(CONTENT);
const full = applyVariables(findMode(library, 'full-kit'), { company: 'Kit & Co <Fixtures>' });
const plan = planKit(full.exercise);

async function generateKits(out: string, extra: string[] = []) {
  const { stdout } = await run(
    process.execPath,
    [
      BIN,
      'generate',
      '--config',
      join(FIXTURES, 'kits.yaml'),
      '--content',
      CONTENT,
      '--out',
      out,
      '--json',
      '--quiet',
      ...extra,
    ],
    { env: printWithTestChromium() },
  );
  return JSON.parse(stdout) as { files: { path: string }[]; exitCode: number };
}

describe.skipIf(browserTestsSkipped)('playbook generate --format kits', () => {
  const out = { A4: join(work, 'a4'), Letter: join(work, 'letter') };
  beforeAll(async () => {
    await generateKits(out.A4);
    await generateKits(out.Letter, ['--paper', 'Letter']);
  });

  test('writes one HTML and one PDF kit per chapter, numbered in chapter order', () => {
    expect(readdirSync(join(out.A4, 'kits')).sort()).toEqual([
      '01-full-kit.html',
      '01-full-kit.pdf',
      '02-partial-kit.html',
      '02-partial-kit.pdf',
    ]);
  });

  test.each(['A4', 'Letter'] as const)(
    'the full kit prints a two-page sheet, then its cards eight to a page, on %s',
    (paper) => {
      const pdf = readFileSync(join(out[paper], 'kits', '01-full-kit.pdf'));
      expect(plan.sheets).toHaveLength(2);
      expect(countPdfPages(pdf)).toBe(2 + plan.sheets.length);
      expect(expectKitPages(pdfPageTexts(pdf), plan, `full-kit on ${paper}`)).toBe(2);
    },
  );

  test.each(['A4', 'Letter'] as const)(
    'a kit with no kit fields yet prints on one page and says what is missing, on %s',
    (paper) => {
      const pages = pdfPageTexts(readFileSync(join(out[paper], 'kits', '02-partial-kit.pdf')));
      expect(pages).toHaveLength(1);
      expect(pages[0]!.replace(/\s+/g, ' ')).toContain(
        'Still to be written: Prep time, materials list, timed agenda',
      );
    },
  );

  test('no card text runs past the edge of its cell, even the longest', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(readFileSync(join(out.A4, 'kits', '01-full-kit.html'), 'utf8'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.kit-card').count()).resolves.toBe(plan.cards.length);
    await expect(overflowingCards(page)).resolves.toEqual([]);
    await context.close();
  });
});
