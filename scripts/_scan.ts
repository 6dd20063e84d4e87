import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findBoxProblems, layOutForPrint } from '/work/wt-print/tests/support/print-boxes.ts';
const [dir, paper] = process.argv.slice(2) as [string, 'A4' | 'Letter'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
const t0 = performance.now();
let n = 0;
for (const kind of ['handouts', 'kits']) {
  for (const f of readdirSync(`${dir}/${kind}`).filter((f) => f.endsWith('.html')).sort()) {
    await layOutForPrint(page, readFileSync(`${dir}/${kind}/${f}`, 'utf8'), paper, kind === 'kits' ? 10 : 13);
    await page.evaluate('globalThis.__name = (f) => f');
    const p = await findBoxProblems(page);
    n++;
    for (const o of p.overflowing) console.log(`OVER ${kind}/${f}: ${o}`);
    for (const o of p.brokenWords) console.log(`WORD ${kind}/${f}: ${o}`);
  }
}
console.log(`${n} docs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await browser.close();
