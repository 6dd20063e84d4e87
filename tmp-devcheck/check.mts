// Temporary: checks that editing a failure mode under `astro dev` updates the open page.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const file = 'content/failure-modes/no-service-vision.mdx';
const original = readFileSync(file, 'utf8');
const dev = spawn('npx', ['astro', 'dev', '--port', '4399'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let log = '';
dev.stdout.on('data', (d) => (log += d));
dev.stderr.on('data', (d) => (log += d));
const started = Date.now();
while (!/localhost:4399|127\.0\.0\.1:4399/.test(log) && Date.now() - started < 240_000) await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const page = await browser.newPage();
  await page.goto('http://localhost:4399/modes/no-service-vision/', { timeout: 240_000 });
  console.log('before:', await page.locator('h1').textContent());
  writeFileSync(file, original.replace(/^title: (.*)$/m, 'title: $1 EDITED'));
  const t0 = Date.now();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('EDITED'), undefined, { timeout: 120_000 });
  console.log('after:', await page.locator('h1').textContent(), `(${Date.now() - t0} ms, no manual reload)`);
} finally {
  writeFileSync(file, original);
  await browser.close();
  process.kill(-dev.pid!);
  console.log(log.split('\n').filter((l) => /Reloaded|error|Error/.test(l)).join('\n'));
}
