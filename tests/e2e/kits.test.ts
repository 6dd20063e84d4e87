import { describe, expect, test } from 'vitest';
import { planKit } from '../../src/core/kit/kit.ts';
import { applyVariables } from '../../src/core/library/library.ts';
import { PAPER_MM } from '../../src/schemas/paper.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { drawPdfPage, horizontalRules, verticalLines } from '../support/pdf-ink.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';

// Each kit's print (its sheet, then one page per card sheet, on A4 and Letter) is checked in the
// kit page's one visit in pages.test.ts (tests/support/print-checks.ts).
// The site is the neutral edition, so its cards read as the modes do with default variables.
const library = await sharedLibrary();
const modes = library.modes.map((m) => applyVariables(m, {}));
const { browser, siteUrl } = useBrowser();

/** A kit whose cards include a table printed on a card and a sheet printed on a page of its own. */
const withTables = modes.find(
  (m) =>
    planKit(m.exercise).pages.some((c) => c.table) &&
    planKit(m.exercise)
      .sheets.flat()
      .some((c) => c.table),
)!;

/** The printable area we promise: the kit's own 10 mm page margin, inside any printer's unprintable edge. */
const MARGIN_MM = 10;

describe.skipIf(browserTestsSkipped)('training kits on the site', () => {
  test('a mode page and its handout link to the kit, and the kit page loads no JavaScript', async () => {
    const id = modes[0]!.id;
    for (const path of [`/modes/${id}/`, `/modes/${id}/handout/`]) {
      const { page, done } = await openPage(browser(), `${siteUrl()}${path}`);
      await expect(page.locator(`a[href$="/modes/${id}/kit/"]`).count()).resolves.toBe(1);
      await done();
    }
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${id}/kit/`);
    await expect(page.locator('script').count()).resolves.toBe(0);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.reload();
    expect(scripts).toEqual([]);
    await done();
  });

  test('the kit page has a Print button that works from the keyboard', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${withTables.id}/kit/`);
    // Counts the print dialogs asked for; the headless browser has none to open.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    const button = page.getByRole('button', { name: 'Print this kit' });
    await expect(button.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(2);
    await done();
  });

  test.each(['A4', 'Letter'] as const)(
    'on %s every card sheet keeps all its cut lines inside the printable area',
    async (paper) => {
      const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${withTables.id}/kit/`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: paper, printBackground: true });
      const texts = pdfPageTexts(pdf);
      const plan = planKit(withTables.exercise);
      const sheetPages = texts.flatMap((text, i) =>
        plan.sheets.some((sheet) =>
          text.includes(`${sheet[0]!.deck} · ${sheet[0]!.number} of ${sheet[0]!.of}`),
        )
          ? [i + 1]
          : [],
      );
      expect(sheetPages).toHaveLength(plan.sheets.length);
      const { width } = PAPER_MM[paper];
      for (const number of sheetPages) {
        // A cut line runs down at least one card, 62 mm: far longer than any table rule or stack of letters.
        const lines = verticalLines(drawPdfPage(pdf, number), 45);
        expect(lines.length, `page ${number}: cut lines`).toBeGreaterThan(0);
        const [left, right] = [Math.min(...lines), Math.max(...lines)];
        expect(left, `page ${number}: left cut line`).toBeGreaterThanOrEqual(MARGIN_MM - 0.5);
        expect(right, `page ${number}: right cut line`).toBeLessThanOrEqual(width - MARGIN_MM + 0.5);
        // Two columns of 95 mm: the outer lines are a sheet's width apart, so the right-hand line was drawn.
        expect(right - left, `page ${number}: grid width`).toBeGreaterThan(185);
      }
      await done();
    },
  );

  test('a limits table prints as a table on its card, and a score sheet as a ruled grid on a page of its own', async () => {
    const plan = planKit(withTables.exercise);
    const [sheet] = plan.pages;
    const onCard = plan.sheets.flat().find((c) => c.table)!;
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${withTables.id}/kit/`);
    const cardTable = page.locator('.kit-card', { hasText: onCard.title! }).getByRole('table');
    await expect(cardTable.getByRole('columnheader').allTextContents()).resolves.toEqual(
      onCard.table!.columns,
    );
    await expect(cardTable.getByRole('row').count()).resolves.toBe(onCard.table!.rows.length + 1);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const texts = pdfPageTexts(pdf);
    const number = texts.findLastIndex((t) => t.includes(sheet!.title!)) + 1;
    expect(number, 'the score sheet is printed').toBeGreaterThan(0);
    // On its own page, after the last card sheet, and nothing else on it.
    expect(number).toBe(texts.length);
    for (const row of sheet!.table!.rows) expect(texts[number - 1]!.replace(/\s+/g, ' ')).toContain(row[0]);
    // A line under the head and under every row, plus the top: rules for every row to write in.
    expect(horizontalRules(drawPdfPage(pdf, number), 150)).toBeGreaterThanOrEqual(
      sheet!.table!.rows.length + 2,
    );
    await done();
  });

  test('a kit whose exercise has no kit fields yet says which parts are still to be written', async () => {
    const unfinished = modes.find((m) => planKit(m.exercise).missing.length > 0);
    // Once every exercise has a complete kit there is nothing to show here (the fixture test covers it).
    if (!unfinished) return;
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${unfinished.id}/kit/`);
    await expect(page.locator('.kit-missing').textContent()).resolves.toMatch(/^Still to be written: /);
    await done();
  });
});
