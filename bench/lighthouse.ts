/**
 * Lighthouse over the built site: accessibility, best practices and SEO for the pages a reader
 * lands on. A benchmark, not a test: on a shared machine its timing is noisy, and the test suite
 * already checks axe, console errors and links on every page (tests/e2e/pages.test.ts).
 *
 *   npm run build && npm run bench:lighthouse
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/render/pdf/chromium.ts';
import { INSTALL_HINT } from '../src/render/pdf/install-hint.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const CATEGORIES = ['accessibility', 'best-practices', 'seo', 'performance'] as const;
const PATHS = (process.env.PATHS ?? '/,/modes/,/modes/no-service-vision/,/assess/').split(',');

const chromePath = findChromium();
if (!chromePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const server = await serveStatic(new URL('../dist', import.meta.url).pathname);
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const rows: Record<string, string | number>[] = [];
let misses = 0;
try {
  for (const path of PATHS) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result!.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (scores.accessibility! < 100 || scores['best-practices']! < 100 || scores.seo! < 100) misses++;
    rows.push({ path, ...scores, failing: failing.join(' ') });
  }
} finally {
  chrome.kill();
  await server.close();
}
console.table(rows);
console.log(
  misses === 0
    ? 'PASS  accessibility, best practices and SEO score 100 on every page'
    : `MISS  ${misses} page(s) below 100`,
);
