/**
 * The handbook builder's costs in a built site: its JavaScript (gzip, everything /build/ loads,
 * including chunks it imports), and the time from an edit to an updated preview with every failure
 * mode as a chapter, the median of 20 edits in Chromium. Called by bench/site.ts on the real
 * library's build; on its own it measures ./dist:
 *
 *   npm run build && node --import tsx bench/builder.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../src/render/pdf/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const EDITS = 20;

/** A static import in a built chunk (`import{a as b}from"./x.js"`, `import"./x.js"`), not a dynamic `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;
/** Any reference to a chunk, dynamic imports and Vite's preload lists included. */
const ANY_CHUNK = /["']\.\/([\w.-]+\.js)["']|["']_astro\/([\w.-]+\.js)["']/g;

/** The chunks reached from the page's entry scripts, following `pattern` transitively. */
function reachedChunks(dist: string, pattern: RegExp): string[] {
  const html = readFileSync(join(dist, 'build', 'index.html'), 'utf8');
  const seen = new Set([...html.matchAll(/<script[^>]*src="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!));
  const queue = [...seen];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    for (const m of readFileSync(join(dist, '_astro', name), 'utf8').matchAll(pattern)) {
      const found = (m[1] ?? m[2])!;
      if (!seen.has(found)) queue.push((seen.add(found), found));
    }
  }
  return [...seen];
}

const gzipOf = (dist: string, names: string[]) =>
  names.reduce((sum, n) => sum + gzipSync(readFileSync(join(dist, '_astro', n)), { level: 9 }).length, 0);

/**
 * Gzip bytes of the scripts /build/ loads: `initial`, what every visit runs before the first preview
 * (the entry and its static imports), and `total`, with the chunks fetched on first use too (the
 * downloads, the upload reader and the yaml library).
 */
export function builderScriptGzip(dist: string): { initial: number; total: number } {
  return {
    initial: gzipOf(dist, reachedChunks(dist, STATIC_IMPORT)),
    total: gzipOf(dist, reachedChunks(dist, ANY_CHUNK)),
  };
}

/** Median ms from typing one character to the updated preview being painted, with every mode as a chapter and the rest off. */
export async function previewLatencyMs(dist: string): Promise<{ median: number; chapters: number }> {
  const server = await serveStatic(resolve(dist));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/build/`);
    // The library is the file the page fetches (its address in data-library), no longer inlined.
    const ids = await page.evaluate(async () => {
      const url = document.querySelector<HTMLElement>('[data-library]')!.dataset.library!;
      const data = (await (await fetch(url)).json()) as { library: { modes: { id: string }[] } };
      return data.library.modes.map((m) => m.id);
    });
    await page.getByRole('button', { name: 'Example: a small retailer' }).click();
    await page.evaluate((all) => {
      const draft = JSON.parse(localStorage.getItem('service-playbook:builder:v1')!);
      draft.state.priorities = all;
      localStorage.setItem('service-playbook:builder:v1', JSON.stringify(draft));
    }, ids);
    await page.reload();
    await page.waitForFunction(
      () =>
        document.querySelector('#preview-status')?.textContent?.startsWith('Preview:') &&
        document.querySelector<HTMLIFrameElement>('#preview')?.contentDocument?.querySelector('h1'),
    );
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      times.push(
        await page.evaluate(
          (n) =>
            new Promise<number>((done) => {
              const input = document.querySelector<HTMLInputElement>('#company')!;
              const shown = document.querySelector<HTMLIFrameElement>('#preview')!.contentDocument!;
              const company = `Hearth & Loom ${n}`;
              const start = performance.now();
              // Updated = the handbook in the frame names the new company on its cover, and the next
              // frame has been painted. The preview changes its document in place, so this watches it.
              const observer = new MutationObserver(() => {
                if (shown.querySelector('h1')?.textContent !== company) return;
                observer.disconnect();
                requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
              });
              observer.observe(shown, { subtree: true, childList: true, characterData: true });
              input.value = company;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          i,
        ),
      );
    }
    const sorted = times.sort((a, b) => a - b);
    return { median: Math.round((sorted[9]! + sorted[10]!) / 2), chapters: ids.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const dist = process.env.DIST ?? 'dist';
  const js = builderScriptGzip(dist);
  const { median, chapters } = await previewLatencyMs(dist);
  console.log(
    `${js.initial <= 80 * 1024 ? 'PASS' : 'MISS'}  /build/ JavaScript under 80 KB gzip (${Math.round(js.initial / 1024)} KB before the first preview; ${Math.round(js.total / 1024)} KB with the chunks fetched on first download or upload)`,
  );
  console.log(
    `${median < 100 ? 'PASS' : 'MISS'}  edit to updated preview with ${chapters} chapters under 100 ms (median of ${EDITS}: ${median} ms)`,
  );
}
