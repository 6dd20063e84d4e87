import type { Page } from 'playwright-core';
import type { ExpectStatic } from 'vitest';
import { planKit } from '../../src/core/kit/kit.ts';
import type { ModeData } from '../../src/core/library/library.ts';
import { expectKitPages, overflowingCards } from './kit-pages.ts';
import { countPdfPages } from './pdf.ts';
import { pdfPageTexts } from './pdf-text.ts';

/** A check a printable page gets in its one visit, after the checks every page gets. */
export interface PrintCheck {
  /** What it checks, for the test's name. */
  label: string;
  run: (page: Page, expect: ExpectStatic) => Promise<void>;
}

/**
 * The print check for a site path: a mode's handout prints on one page, a mode's kit prints its
 * sheet and then one page per card sheet, a worksheet prints on one page without the site around it. `modes` are the site's: the neutral edition, with default
 * variables. Other pages have none.
 */
export function printCheckFor(path: string, modes: ModeData[]): PrintCheck | undefined {
  const [, worksheet] = path.match(/^\/worksheets\/([^/]+)\/$/) ?? [];
  if (worksheet) return worksheetCheck(worksheet);
  const [, id, kind] = path.match(/^\/modes\/([^/]+)\/(handout|kit)\/$/) ?? [];
  const mode = modes.find((m) => m.id === id);
  if (!mode) return undefined;
  return kind === 'handout' ? handoutCheck(mode) : kitCheck(mode);
}

// 210 x 279 mm is A4's width and US Letter's height, the area both papers share. Neither a handout
// nor a kit sets a page size, so the printer's paper wins; what fits this area page for page fits
// either paper the same way, so one print checks both. (generator-kits.test.ts prints real A4 and
// Letter kits through the CLI.)
const SHARED_AREA = { width: '210mm', height: '279mm' };

function handoutCheck(mode: ModeData): PrintCheck {
  return {
    label: 'prints on one page of the area A4 and Letter share',
    async run(page, expect) {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.handout').innerText()).toContain('Debrief');
      const pdf = await page.pdf({ ...SHARED_AREA, printBackground: true });
      expect(countPdfPages(pdf), mode.id).toBe(1);
    },
  };
}

function worksheetCheck(id: string): PrintCheck {
  return {
    label: 'prints on one page of the area A4 and Letter share, without the site around it',
    async run(page, expect) {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ ...SHARED_AREA, printBackground: true });
      expect(countPdfPages(pdf), id).toBe(1);
      const [text] = pdfPageTexts(pdf);
      // The form and its footer; not the page's links back, its print note or the plays below it.
      expect(text, id).toMatch(/WORKSHEET/);
      expect(text, id).not.toMatch(/All worksheets|The plays that use it|Print this worksheet/);
    },
  };
}

/** Terms in the sheet's facts (Format, Length, Group, Prep, Cards) broken across two lines, as "P / rep:" once was. */
const splitTerms = (page: Page) =>
  page
    .locator('.kit-facts dt')
    .evaluateAll((terms) =>
      terms
        .filter((t) => new Set([...t.getClientRects()].map((line) => Math.round(line.top))).size > 1)
        .map((t) => t.textContent),
    );

function kitCheck(mode: ModeData): PrintCheck {
  return {
    label: 'prints its sheet, then one page per card sheet, on the area A4 and Letter share',
    async run(page, expect) {
      const plan = planKit(mode.exercise);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(mode.exercise.title);
      await expect(splitTerms(page), 'on screen').resolves.toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await expect(splitTerms(page), 'in print').resolves.toEqual([]);
      await expect(overflowingCards(page)).resolves.toEqual([]);
      const pdf = await page.pdf({ ...SHARED_AREA, printBackground: true });
      expectKitPages(pdfPageTexts(pdf), plan, mode.id);
    },
  };
}
