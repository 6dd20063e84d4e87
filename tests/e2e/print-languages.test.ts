/**
 * Every handout and every kit in Spanish, German and Arabic, printed by `playbook generate` on A4
 * and on US Letter as a trainer prints them: each handout on one page, each kit its facilitator
 * sheet and then one page per card sheet, no text outside its box and no word cut without a hyphen
 * (German compounds in a handout column or a card's table), and Arabic right to left in an Arabic
 * font. The English prints are checked in generator-kits.test.ts, kits.test.ts and pages.test.ts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planKit } from '../../src/core/kit/kit.ts';
import type { Library } from '../../src/core/library/library.ts';
import { loadLibrary } from '../../src/core/library/load.ts';
import { loadDictionary, type Language } from '../../src/i18n/index.ts';
import { loadHyphenator } from '../../src/render/pdf/hyphenate.ts';
import { PAPER_MM } from '../../src/schemas/paper.ts';
import { browserTestsSkipped, useBrowser } from '../support/browser.ts';
import { expectKitPages } from '../support/kit-pages.ts';
import { sharedLibrary } from '../support/library.ts';
import { countPdfPages } from '../support/pdf.ts';
import { drawPdfPage, verticalLines } from '../support/pdf-ink.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';
import { findBoxProblems, layOutForPrint } from '../support/print-boxes.ts';
import { printWithTestChromium } from '../support/test-chromium.ts';

const run = promisify(execFile);
const BIN = resolve('bin/playbook.mjs');
const work = mkdtempSync(join(tmpdir(), 'playbook-print-languages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const { browser } = useBrowser();

const LANGUAGES = [
  { language: 'es', locale: 'es-ES' },
  { language: 'de', locale: 'de-DE' },
  { language: 'ar', locale: 'ar-EG' },
] as const satisfies readonly { language: Language; locale: string }[];
const PAPERS = ['A4', 'Letter'] as const;
type Paper = (typeof PAPERS)[number];
/** Left and right page margins of the print CSS (src/render/handout.ts, kit.ts). */
const MARGIN_MM = { handouts: 13, kits: 10 };

/** Every failure mode a chapter, so every handout and kit of the library is printed. */
const ids = (await sharedLibrary()).modes.map((m) => m.id);
const chapterFile = (i: number) => `${String(i + 1).padStart(2, '0')}-${ids[i]}`;

function configFor(language: Language, locale: string): string {
  return [
    'company: Hearth & Loom',
    'vision: Every customer leaves with the right thing for their home.',
    'priorities:',
    ...ids.map((id) => `  - ${id}`),
    'standards:',
    '  firstResponse: 2 hours for emails and web messages',
    '  callback: the same day, before the shop closes',
    '  refundLimit: 40 EUR',
    `language: ${language}`,
    `locale: ${locale}`,
    'date: 2025-09-01',
    '',
  ].join('\n');
}

/** One run of `playbook generate --format handouts,kits` per language and paper, the folder it wrote. */
const made = new Map<string, Promise<string>>();
function printed(language: Language, paper: Paper): Promise<string> {
  return made.get(`${language} ${paper}`)!;
}

beforeAll(() => {
  if (browserTestsSkipped) return;
  // Two CLI runs at a time (each its own Chromium, printing four pages at once): the machine has two
  // cores, and all six side by side only took longer. Failures surface in the tests that await them.
  const queue = LANGUAGES.flatMap(({ language, locale }) =>
    PAPERS.map((paper) => ({ language, locale, paper })),
  );
  let previous: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  queue.forEach(({ language, locale, paper }, i) => {
    const config = join(work, `${language}.yaml`);
    const out = join(work, `${language}-${paper}`);
    const job = previous[i % 2]!.catch(() => {}).then(async () => {
      writeFileSync(config, configFor(language, locale));
      await run(
        process.execPath,
        [
          BIN,
          'generate',
          '--config',
          config,
          '--out',
          out,
          '--paper',
          paper,
          '--format',
          'handouts,kits',
          '--quiet',
        ],
        { env: printWithTestChromium() },
      );
      return out;
    });
    job.catch(() => {});
    previous[i % 2] = job;
    made.set(`${language} ${paper}`, job);
  });
});

/** The text pdftotext reads, without the soft hyphens of words that did not break. */
const pageTexts = (pdf: Buffer) => pdfPageTexts(pdf).map((page) => page.replace(/\u00AD/g, ''));

describe.skipIf(browserTestsSkipped).each(LANGUAGES)('printed in $language', ({ language }) => {
  let library: Library;
  beforeAll(async () => {
    await loadDictionary(language);
    library = await loadLibrary(undefined, { language });
  });

  test.each(PAPERS)(
    'every handout prints on one page and every kit its sheet, then its cards, on %s',
    async (paper) => {
      const out = await printed(language, paper);
      const w = await loadDictionary(language);
      const longHandouts = ids
        .map(
          (_, i) =>
            `${chapterFile(i)}: ${countPdfPages(readFileSync(join(out, 'handouts', `${chapterFile(i)}.pdf`)))} pages`,
        )
        .filter((line) => !line.endsWith(': 1 pages'));
      expect(longHandouts, `${language} handouts on ${paper}`).toEqual([]);
      for (const [i, id] of ids.entries()) {
        const plan = planKit(library.modes.find((m) => m.id === id)!.exercise, w);
        const pages = pageTexts(readFileSync(join(out, 'kits', `${chapterFile(i)}.pdf`)));
        const what = `${language} kit ${id} on ${paper}`;
        if (language !== 'ar') expectKitPages(pages, plan, what, w);
        else {
          // pdftotext reorders right-to-left labels, so Arabic kits are checked by their pages: a sheet of
          // one to three pages, then one page per card sheet and per full-page card (their grid never
          // breaks, so a card pushed on would add a page; the layout test below finds a card that overflows).
          const sheet = pages.length - plan.sheets.length - plan.pages.length;
          expect(sheet, `${what}: facilitator sheet pages`).toBeGreaterThanOrEqual(1);
          expect(sheet, `${what}: facilitator sheet pages`).toBeLessThanOrEqual(3);
        }
      }
    },
  );

  test.each(PAPERS)(
    'no text runs out of its box or breaks inside a word, laid out as printed on %s',
    async (paper) => {
      const out = await printed(language, paper);
      // The document as Chromium prints it: with the soft hyphens renderPdfs puts in.
      const hyphenate = (await loadHyphenator(language)) ?? ((html: string) => html);
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const kind of ['handouts', 'kits'] as const)
        for (const [i] of ids.entries()) {
          const html = hyphenate(readFileSync(join(out, kind, `${chapterFile(i)}.html`), 'utf8'));
          await layOutForPrint(page, html, paper, MARGIN_MM[kind]);
          const { overflowing, brokenWords } = await findBoxProblems(page);
          problems.push(...[...overflowing, ...brokenWords].map((p) => `${kind}/${chapterFile(i)}: ${p}`));
        }
      await context.close();
      expect(problems).toEqual([]);
    },
  );
});

describe.skipIf(browserTestsSkipped)('Arabic prints right to left', () => {
  test('a handout comes out in an embedded Arabic font, with the English page left to right inside', async () => {
    const out = await printed('ar', 'A4');
    const html = readFileSync(join(out, 'handouts', `${chapterFile(0)}.html`), 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    const file = join(out, 'handouts', `${chapterFile(0)}.pdf`);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    // Name, type, encoding, then "yes" for embedded: the Arabic font is in the file, not assumed.
    expect(fonts.filter((line) => /Arabic\S*\s.*\syes\s+yes\s+yes/.test(line))).not.toEqual([]);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const w = await loadDictionary('ar');
    // The site's name is the footer's; its letters come back as letters, not empty boxes.
    for (const word of w.siteName.split(' ')) expect(text).toContain(word);
    expect(text).toContain((await sharedLibrary()).modes.find((m) => m.id === ids[0])!.title);

    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await layOutForPrint(page, html, 'A4', MARGIN_MM.handouts);
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).direction);
    await expect(direction('.handout-columns h2')).resolves.toBe('rtl');
    await expect(direction('.warning-signs li')).resolves.toBe('ltr');
    // The Arabic heading starts at the right edge of its column, the English list at the left.
    const box = (selector: string) => page.locator(selector).first().boundingBox();
    const [heading, column] = await Promise.all([box('.warning-signs h2'), box('.warning-signs')]);
    expect(heading!.x + heading!.width).toBeGreaterThan(column!.x + column!.width - 40);
    await context.close();
  });

  test.each(PAPERS)(
    'a kit draws all its cut lines inside the printable area on %s, mirrored',
    async (paper) => {
      const out = await printed('ar', paper);
      const w = await loadDictionary('ar');
      const library = await loadLibrary(undefined, { language: 'ar' });
      const i = ids.findIndex(
        (id) => planKit(library.modes.find((m) => m.id === id)!.exercise, w).sheets.length > 0,
      );
      const plan = planKit(library.modes.find((m) => m.id === ids[i])!.exercise, w);
      const pdf = readFileSync(join(out, 'kits', `${chapterFile(i)}.pdf`));
      const first = countPdfPages(pdf) - plan.pages.length - plan.sheets.length + 1;
      const lines = verticalLines(drawPdfPage(pdf, first), 45);
      const [left, right] = [Math.min(...lines), Math.max(...lines)];
      expect(left).toBeGreaterThanOrEqual(MARGIN_MM.kits - 0.5);
      expect(right).toBeLessThanOrEqual(PAPER_MM[paper].width - MARGIN_MM.kits + 0.5);
      // Both outer edges and the line between the columns: no column lost its edge in the mirroring.
      expect(right - left).toBeGreaterThan(185);
      expect(lines.some((x) => Math.abs(x - (left + right) / 2) < 2)).toBe(true);
    },
  );
});
