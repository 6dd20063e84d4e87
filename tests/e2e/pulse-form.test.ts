/**
 * The staff pulse survey a handbook prints is one sheet to copy: with every statement the survey
 * has (a handbook of the nine chapters that read one each), it starts a page of its own and ends on
 * it, on A4 and on Letter, printed by Chromium as `playbook generate --format pdf` prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import { renderPdfs } from '../../src/render/pdf/print.ts';
import { browserTestsSkipped } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';
import { handbookHtml } from '../support/render.ts';
import { printWithTestChromium } from '../support/test-chromium.ts';

const library = await sharedLibrary();
/** Every chapter that reads a survey statement, so the form holds the whole survey. */
const PULSE_CHAPTERS = library.modes
  .filter((m) => m.metrics.some((u) => library.metrics.find((x) => x.id === u.metric)?.pulse))
  .map((m) => m.id);

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(browserTestsSkipped).each(['A4', 'Letter'] as const)(
  'the pulse survey form on %s',
  (paper) => {
    test('fits one page of its own, with every statement, a box for each answer and how it is read', async () => {
      expect(PULSE_CHAPTERS).toHaveLength(library.pulse.items.length);
      const retailer = readFileSync('examples/retailer.yaml', 'utf8');
      const text = retailer.replace(
        /^priorities:\n(?: {2}- .*\n)+/m,
        `priorities:\n${PULSE_CHAPTERS.map((id) => `  - ${id}\n`).join('')}`,
      );
      const { config } = checkHandbookConfig({ path: 'pulse.yaml', text }, library);
      const handbook = await buildHandbook(library, config!, { paper, date: '2025-01-01' });
      expect(handbook.measures.pulse?.items).toHaveLength(library.pulse.items.length);
      const [pdf] = await renderPdfs(
        [
          {
            html: handbookHtml(handbook),
            paper,
            metadata: {
              title: 'Handbook',
              author: 'Retailer',
              subject: 'Service handbook',
              keywords: [],
              language: 'en',
              date: '2025-01-01',
            },
          },
        ],
        { env: printWithTestChromium() },
      );
      const pages = pdfPageTexts(Buffer.from(pdf!));
      // The form's page, not the contents entry that names it.
      const form = pages.findIndex(
        (p) =>
          /^\s*Appendix [A-Z]: Staff pulse survey\s*$/m.test(p) && /do not write your name/i.test(flat(p)),
      );
      expect(form, 'the form’s heading').toBeGreaterThan(0);
      const page = pages[form]!;
      // Five boxes per statement, all on the form's page and on no page next to it.
      expect(page.match(/☐/g)).toHaveLength(5 * library.pulse.items.length);
      expect(pages[form - 1]).not.toMatch(/☐/);
      expect(pages[form + 1]).not.toMatch(/☐|count as agreeing/);
      for (const label of library.pulse.scale) expect(flat(page)).toContain(label.split(' ')[0]);
      expect(flat(page)).toContain('count as agreeing');
      expect(flat(page)).toMatch(/do not write your name/i);
      // The form asks for no name and promises nothing about how the forms are collected.
      expect(flat(page)).not.toMatch(/anonymous/i);
    });
  },
);
