import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { applyVariables } from '../../src/core/library/library.ts';
import { DIST, builtPages } from '../support/dist.ts';
import { browserTestsSkipped, useBrowser, useTabPool } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { printCheckFor } from '../support/print-checks.ts';

const { browser, siteUrl } = useBrowser();
const built = builtPages();
/**
 * Every English page, and in each other language one page of each kind: the other pages of a
 * language are the same templates as these with other words, and every page of every language
 * has its links checked below without a browser. Visiting all four languages' pages would
 * quadruple the suite's longest test.
 */
const OTHER_LANGUAGE = /^\/(?:es|de|ar)\//;
const ONE_OF_EACH_KIND =
  /^\/(?:es|de|ar)\/(?:$|[a-z]+\/$|modes\/understaffing\/(?:handout\/|kit\/)?$|worksheets\/vision-test\/$|categories\/working-conditions\/$|guides\/assessment\/$|tools\/staffing\/$)/;
const pages = built.filter((path) => !OTHER_LANGUAGE.test(path) || ONE_OF_EACH_KIND.test(path));
// The site is the neutral edition, so its handouts and kits read as the modes do with default variables.
const modes = (await sharedLibrary()).modes.map((m) => applyVariables(m, {}));
/** The print check each handout and kit also gets in its visit. */
const printChecks = new Map(
  pages.flatMap((path) => {
    const check = printCheckFor(path, modes);
    return check ? [[path, check] as const] : [];
  }),
);
/** Each page with the name of its print check, if it has one. */
const cases = pages.map(
  (path) => [path, printChecks.has(path) ? `; it ${printChecks.get(path)!.label}` : ''] as const,
);
// axe-core's own bundle, injected before any page script runs: no network, one parse per page.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tabs = useTabPool(browser, { context: { colorScheme: 'light' }, initScript: axeSource });

/** The file a static host serves for a site path, or nothing. */
function fileFor(path: string): string | undefined {
  const file = join(DIST, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isDirectory())
    return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
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

/** axe-core's violations on the page as it is, and every address it links to or loads. */
function axeAndRefs(page: Page): Promise<{ violations: string[]; refs: string[] }> {
  return page.evaluate(async () => {
    type Axe = {
      run: (
        c: Document,
        o: object,
      ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const found = (await axe.run(document, { resultTypes: ['violations'] })).violations;
    return {
      violations: found.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
      ),
      refs: [...document.querySelectorAll('[href], [src]')].map(
        (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '',
      ),
    };
  });
}

/**
 * Every built page is opened once, and that one visit checks what a reader would trip over:
 * console errors, axe-core violations, and internal links or anchors that lead nowhere; a handout
 * or a training kit is then printed in the same visit (tests/support/print-checks.ts).
 */
describe.skipIf(browserTestsSkipped)('every built page, visited once in Chromium', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  test('visits one page of each kind in every other language', () => {
    for (const lang of ['es', 'de', 'ar'])
      expect(pages.filter((path) => path.startsWith(`/${lang}/`)).length, lang).toBeGreaterThanOrEqual(15);
  });

  test('every page of every language links only to pages and anchors that exist', () => {
    const broken: string[] = [];
    for (const path of built) {
      const file = fileFor(path);
      if (!file) continue;
      const base = new URL(path, 'http://site.test');
      for (const [, ref] of readFileSync(file, 'utf8').matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        if (/^(?:mailto|data|javascript):/.test(ref!)) continue;
        const target = new URL(ref!.replaceAll('&amp;', '&'), base);
        if (target.host !== base.host) continue;
        const linked = fileFor(target.pathname);
        if (!linked) broken.push(`${path}: ${ref} (no such page)`);
        else if (
          target.hash &&
          linked.endsWith('.html') &&
          !idsIn(linked).has(decodeURIComponent(target.hash.slice(1)))
        )
          broken.push(`${path}: ${ref} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every handout and every kit is printed in its visit', () => {
    for (const kind of ['handout', 'kit'])
      expect([...printChecks.keys()].filter((path) => path.endsWith(`/${kind}/`)).length, kind).toBe(
        modes.length,
      );
  });

  // Several pages at a time, taking turns on a few tabs: while one page waits on the network or
  // the renderer another can run axe.
  test.concurrent.for(cases)(
    '%s: no console error, no axe violation, no broken link%s',
    async ([path], { expect }) => {
      const url = `${siteUrl()}${path}`;
      const print = printChecks.get(path);
      const { violations, refs } = await tabs.visit(url, async (page) => {
        const found = await axeAndRefs(page);
        await print?.run(page, expect);
        return found;
      });
      const links: string[] = [];
      const base = new URL(url);
      for (const ref of refs) {
        if (/^(mailto|data|javascript):/.test(ref)) continue;
        const target = new URL(ref, base);
        if (target.host !== base.host) continue;
        const file = fileFor(target.pathname);
        if (!file) links.push(`${ref} (no such page)`);
        else if (
          target.hash &&
          file.endsWith('.html') &&
          !idsIn(file).has(decodeURIComponent(target.hash.slice(1)))
        )
          links.push(`${ref} (no such anchor)`);
      }
      // Console and page errors fail the visit itself (useTabPool).
      expect({ violations, links }).toEqual({ violations: [], links: [] });
    },
  );
});
