import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHROMIUM_ARGS, INSTALL_HINT, findChromium } from '../../src/render/chromium.ts';
import { browserTestsSkipped } from '../support/browser.ts';

// Lighthouse drives its own Chromium over the DevTools protocol; performance is measured in
// bench:site instead, because a shared machine makes its score noisy.
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
let chrome: LaunchedChrome | undefined;

describe.skipIf(browserTestsSkipped)('Lighthouse', () => {
  beforeAll(async () => {
    const chromePath = findChromium();
    if (!chromePath) throw new Error(INSTALL_HINT);
    chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  });
  afterAll(async () => {
    chrome?.kill();
  });

  test.each(['/', '/modes/', '/modes/no-service-vision/'])('%s scores 100 for accessibility, best practices and SEO', async (path) => {
    const result = await lighthouse(`${inject('siteUrl')}${path}`, {
      port: chrome!.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result!.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => `${a.id}: ${a.title}`);
    expect({ scores, failing }).toEqual({ scores: { accessibility: 100, 'best-practices': 100, seo: 100 }, failing: [] });
  });
});
