/**
 * The flags the CLI launches Chromium with (src/render/pdf/chromium.ts), checked on the browser it
 * launches for a print job (launchChromium: CHROMIUM_PATH, else /usr/bin/chromium, the full build
 * with an address bar; the other browser tests run on chromium-headless-shell, which has none):
 * Chromium keeps only the last `--disable-features`, so ours must still turn off every feature
 * Playwright turns off, and the address bar's popup, never shown headless, must start no page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../src/render/pdf/chromium.ts';
import { browserTestsSkipped } from '../support/browser.ts';

/**
 * The command lines of the Chromium browser processes this test worker started (Linux's /proc; the
 * DevTools protocol reports it only with --enable-automation, which Playwright does not pass).
 */
function ourBrowsersCommandLines(): string[][] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const parent = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1];
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        const isBrowser = args.some((a) => a.startsWith('--remote-debugging-pipe'));
        return Number(parent) === process.pid && isBrowser ? [args] : [];
      } catch {
        return []; // Gone since the listing.
      }
    });
}

describe.skipIf(browserTestsSkipped || !existsSync('/proc/self/stat'))(
  'the Chromium a print job launches',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    test('turns off every feature Playwright turns off, in the one --disable-features Chromium reads', () => {
      const browsers = ourBrowsersCommandLines();
      expect(browsers.length).toBeGreaterThan(0);
      for (const args of browsers) {
        const lists = args
          .filter((arg) => arg.startsWith('--disable-features='))
          .map((arg) => arg.slice('--disable-features='.length).split(','));
        // Playwright's own list first, ours after it: the one Chromium keeps.
        expect(lists.length).toBe(2);
        const [playwrights, ours] = lists as [string[], string[]];
        expect(playwrights.filter((feature) => !ours.includes(feature))).toEqual([]);
        expect(ours).toContain('WebUIOmniboxPopup');
      }
    });

    test('starts no hidden address-bar popup page for a new context', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent('<p>A page</p>');
      // The popup's page starts a moment after the context's first page.
      await page.waitForTimeout(500);
      const session = await browser.newBrowserCDPSession();
      const { targetInfos } = (await session.send('Target.getTargets')) as {
        targetInfos: { type: string; url: string }[];
      };
      await session.detach();
      await context.close();
      expect(targetInfos.filter((t) => t.url.startsWith('chrome://omnibox-popup'))).toEqual([]);
    });
  },
);
