/**
 * Every handout and every kit in Spanish, German and Arabic, printed on A4 and on US Letter as a
 * trainer prints them: each handout on one page, each kit its facilitator sheet and then one page
 * per card sheet, no text outside its box and no word cut without a hyphen (German compounds in a
 * handout column or a card's table), and Arabic right to left in an Arabic font. The English prints
 * are checked in generator-kits.test.ts, kits.test.ts and pages.test.ts.
 *
 * Printed the way `playbook generate --format handouts,kits` prints them (the handbook in the
 * config's language, the formats' own print jobs, renderPdfs with its soft hyphens), but in this
 * worker's Chromium: 288 PDFs from six CLI runs cost six more Chromium starts and six loads of the
 * library for nothing this file looks at (generator-kits.test.ts runs the command itself).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import { planKit } from '../../src/core/kit/kit.ts';
import { loadLibrary } from '../../src/core/library/load.ts';
import { loadDictionary, type Language } from '../../src/i18n/index.ts';
import { layOut, OUTPUTS } from '../../src/render/outputs.ts';
import type { PrintJob } from '../../src/render/output-types.ts';
import { loadHyphenator } from '../../src/render/pdf/hyphenate.ts';
import { renderPdfs, type Printer } from '../../src/render/pdf/print.ts';
import { PAPER_MM } from '../../src/schemas/paper.ts';
import { browserTestsSkipped, useBrowser } from '../support/browser.ts';
import { expectKitPages } from '../support/kit-pages.ts';
import { sharedLibrary } from '../support/library.ts';
import { countPdfPages } from '../support/pdf.ts';
import { drawPdfPage, verticalLines } from '../support/pdf-ink.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';
import { findBoxProblems, layOutForPrint } from '../support/print-boxes.ts';

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
const english = await sharedLibrary();
const ids = english.modes.map((m) => m.id);

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

/** A language's handouts and kits: each chapter's mode, the HTML printed and the PDF on each paper. */
interface Printed {
  chapters: { id: string; exercise: (typeof english.modes)[number]['exercise'] }[];
  /** Per format, per chapter: the document as Chromium was given it (soft hyphens in). */
  html: Record<'handouts' | 'kits', string[]>;
  pdf: Record<Paper, Record<'handouts' | 'kits', Buffer[]>>;
}

/** Lays out and prints one language's handouts and kits on both papers, as `playbook generate` would. */
async function printLanguage(language: Language, locale: string, printer: Printer): Promise<Printed> {
  await loadDictionary(language);
  const path = `${language}.yaml`;
  const { config, problems } = checkHandbookConfig({ path, text: configFor(language, locale) }, english);
  expect(problems).toEqual([]);
  const library = await loadLibrary(undefined, { language });
  const handbook = await buildHandbook(library, config!, {});
  const run = { handbook, config: config! };
  const trees = layOut(run);
  const jobs = (['handouts', 'kits'] as const).map((format) => OUTPUTS[format].print!.jobs(run, trees));
  const onPaper = (paper: Paper) => jobs.flat().map((job): PrintJob => ({ ...job, paper }));
  const [a4, letter] = await Promise.all(
    PAPERS.map((paper) => renderPdfs(onPaper(paper), { printer, concurrency: 2 })),
  );
  const hyphenate = (await loadHyphenator(language)) ?? ((html: string) => html);
  const split = (pdfs: Uint8Array[]) => ({
    handouts: pdfs.slice(0, ids.length).map((b) => Buffer.from(b)),
    kits: pdfs.slice(ids.length).map((b) => Buffer.from(b)),
  });
  return {
    chapters: handbook.chapters.map((c) => ({ id: c.mode.id, exercise: c.mode.exercise })),
    html: {
      handouts: jobs[0]!.map((job) => hyphenate(job.html as string)),
      kits: jobs[1]!.map((job) => hyphenate(job.html as string)),
    },
    pdf: { A4: split(a4!), Letter: split(letter!) },
  };
}

/** Each language printed once, one after another in this worker's Chromium, whichever test asks first. */
const made = new Map<Language, Promise<Printed>>();
let queue: Promise<unknown> = Promise.resolve();
function printed(language: Language): Promise<Printed> {
  if (!made.has(language)) {
    const { locale } = LANGUAGES.find((l) => l.language === language)!;
    const job = queue.then(async () => {
      const context = await browser().newContext({ javaScriptEnabled: false });
      // Generated documents are self-contained; nothing may be fetched while printing (as startPrinter).
      await context.route(/^(?!data:|about:)/, (route) => route.abort());
      try {
        return await printLanguage(language, locale, {
          ready: Promise.resolve({ context, spare: [] }),
          close: async () => {},
        });
      } finally {
        await context.close();
      }
    });
    queue = job.catch(() => {});
    made.set(language, job);
  }
  return made.get(language)!;
}

/** The text pdftotext reads, without the soft hyphens of words that did not break. */
const pageTexts = (pdf: Buffer) => pdfPageTexts(pdf).map((page) => page.replace(/\u00AD/g, ''));

describe.skipIf(browserTestsSkipped).each(LANGUAGES)('printed in $language', ({ language }) => {
  let out: Printed;
  // The prints are made here, under the hooks' longer timeout, the first language while the
  // others wait their turn.
  beforeAll(async () => {
    out = await printed(language);
  });

  test.each(PAPERS)(
    'every handout prints on one page and every kit its sheet, then its cards, on %s',
    async (paper) => {
      const w = await loadDictionary(language);
      const longHandouts = out.pdf[paper].handouts
        .map((pdf, i) => `${out.chapters[i]!.id}: ${countPdfPages(pdf)} pages`)
        .filter((line) => !line.endsWith(': 1 pages'));
      expect(longHandouts, `${language} handouts on ${paper}`).toEqual([]);
      for (const [i, { id, exercise }] of out.chapters.entries()) {
        const plan = planKit(exercise, w);
        const pages = pageTexts(out.pdf[paper].kits[i]!);
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
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const kind of ['handouts', 'kits'] as const)
        for (const [i, html] of out.html[kind].entries()) {
          await layOutForPrint(page, html, paper, MARGIN_MM[kind]);
          const { overflowing, brokenWords } = await findBoxProblems(page);
          const where = `${kind}/${out.chapters[i]!.id}`;
          problems.push(...[...overflowing, ...brokenWords].map((p) => `${where}: ${p}`));
        }
      await context.close();
      expect(problems).toEqual([]);
    },
  );
});

describe.skipIf(browserTestsSkipped)('Arabic prints right to left', () => {
  let out: Printed;
  beforeAll(async () => {
    out = await printed('ar');
  });

  test('a handout comes out in an embedded Arabic font, with the English page left to right inside', async () => {
    const html = out.html.handouts[0]!;
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    const file = join(work, 'arabic-handout.pdf');
    writeFileSync(file, out.pdf.A4.handouts[0]!);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
    // Name, type, encoding, then "yes" three times: embedded, a subset, with its Unicode map.
    expect(fonts.filter((line) => /Arabic\S*\s.*\syes\s+yes\s+yes\s/.test(line))).not.toEqual([]);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const w = await loadDictionary('ar');
    // The site's name is in the footer: its letters come back as letters, not as empty boxes.
    for (const word of w.siteName.split(' ')) expect(text).toContain(word);
    expect(text).toContain(english.modes.find((m) => m.id === out.chapters[0]!.id)!.title);

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
    // The Arabic heading's words end at the right edge of its column, the English list's start at the left.
    const textEdges = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const text = range.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return { left: text.left - box.left, right: box.right - text.right };
        });
    expect((await textEdges('.warning-signs h2')).right).toBeLessThan(1);
    expect((await textEdges('.warning-signs h2')).left).toBeGreaterThan(50);
    expect((await textEdges('.warning-signs li')).left).toBeLessThan(1);
    await context.close();
  });

  test.each(PAPERS)(
    'a kit draws all its cut lines inside the printable area on %s, mirrored',
    async (paper) => {
      const w = await loadDictionary('ar');
      // The first kit whose cards fill a sheet's first row, so its middle line is drawn.
      const i = out.chapters.findIndex((c) => (planKit(c.exercise, w).sheets[0]?.length ?? 0) >= 2);
      const plan = planKit(out.chapters[i]!.exercise, w);
      const pdf = out.pdf[paper].kits[i]!;
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
