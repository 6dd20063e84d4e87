import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { BrowserContext } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, builtPages } from '../support/dist.ts';
import { browserTestsSkipped, useBrowser } from '../support/browser.ts';

const { browser, siteUrl } = useBrowser();
const pages = builtPages();
// axe-core's own bundle, injected before any page script runs: no network, one parse per page.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The file a static host serves for a site path, or nothing. */
function fileFor(path: string): string | undefined {
  const file = join(DIST, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) ? file : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const found = new Set<string>();
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node) => {
      if (typeof node.properties.id === 'string') found.add(node.properties.id);
    });
    idsCache.set(file, (ids = found));
  }
  return ids;
}

interface Visit {
  errors: string[];
  violations: string[];
  links: string[];
}

/**
 * Every built page is opened once, and that one visit checks what a reader would trip over:
 * console errors, axe-core violations, and internal links or anchors that lead nowhere.
 */
describe.skipIf(browserTestsSkipped)('every built page, visited once in Chromium', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ colorScheme: 'light' });
    await context.addInitScript({ content: axeSource });
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  // Several pages at a time, each in its own tab: the file is the suite's longest, and while one
  // page waits on the network or the renderer another can run axe.
  test.concurrent.for(pages)('%s: no console error, no axe violation, no broken link', async (path, { expect }) => {
    const page = await context.newPage();
    const result: Visit = { errors: [], violations: [], links: [] };
    page.on('console', (msg) => msg.type() === 'error' && result.errors.push(msg.text()));
    page.on('pageerror', (err) => result.errors.push(err.message));
    const url = `${siteUrl()}${path}`;
    await page.goto(url, { waitUntil: 'load' });
    const { violations, refs } = await page.evaluate(async () => {
      type Axe = { run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
      const axe = (window as unknown as { axe: Axe }).axe;
      const found = (await axe.run(document, { resultTypes: ['violations'] })).violations;
      return {
        violations: found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`),
        refs: [...document.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
      };
    });
    await page.close();
    result.violations = violations;
    const base = new URL(url);
    for (const ref of refs) {
      if (/^(mailto|data|javascript):/.test(ref)) continue;
      const target = new URL(ref, base);
      if (target.host !== base.host) continue;
      const file = fileFor(target.pathname);
      if (!file) result.links.push(`${ref} (no such page)`);
      else if (target.hash && file.endsWith('.html') && !idsIn(file).has(decodeURIComponent(target.hash.slice(1)))) result.links.push(`${ref} (no such anchor)`);
    }
    expect(result).toEqual({ errors: [], violations: [], links: [] });
  });
});
