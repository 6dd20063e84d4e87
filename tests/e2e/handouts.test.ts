import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/core/load.ts';
import { countPdfPages } from '../support/pdf.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';

const library = await loadLibrary();
const { browser, siteUrl } = useBrowser();

describe.skipIf(browserTestsSkipped)('printed handouts', () => {
  test.each(library.modes.map((m) => m.id))('%s prints on exactly one A4 page and one Letter page', async (id) => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/modes/${id}/handout/`);
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('.handout').innerText();
    expect(text).toContain('Debrief');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, preferCSSPageSize: true, printBackground: true });
      expect(countPdfPages(pdf), `${id} on ${format}`).toBe(1);
    }
    await done();
  });
});
