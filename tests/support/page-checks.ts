/**
 * Checks the browser tests of the builder share: a download's bytes, axe's violations and sideways
 * scrolling, each as a person would meet it on the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Download, Page } from 'playwright-core';

/** axe-core's script, to add to a browser context with `addInitScript({ content })`. */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Clicks the button of that exact name and returns the bytes of the file it downloads. */
export async function downloadBytes(page: Page, name: string): Promise<Buffer> {
  const [download] = (await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ])) as [Download, void];
  return readFileSync(await download.path());
}

/** axe's violations on the page as it is now (axe added by `axeSource`), one line each with where. */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map(
      (x) => `${x.id}: ${x.help} (${x.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  });
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits its window). */
export const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The addresses of the files the page has fetched since it loaded that match the pattern. */
export const loadedScripts = (page: Page, pattern: RegExp): Promise<string[]> =>
  page.evaluate(
    (source) =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => new RegExp(source).test(name)),
    pattern.source,
  );
