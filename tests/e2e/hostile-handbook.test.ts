/**
 * A handbook made from a hostile config must look and behave exactly like one made from a plain
 * config, apart from the text it prints: opened in Chromium, it fetches nothing, opens no dialog,
 * logs nothing, and every element keeps the styles the plain handbook has. And an interrupted run
 * leaves no half-written folder behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { browserTestsSkipped, useBrowser } from '../support/browser.ts';
import { HOSTILE_VALUES, hostileConfig } from '../support/hostile-config.ts';

const CONTENT = resolve('tests/fixtures/generator/content');
const work = mkdtempSync(join(tmpdir(), 'playbook-hostile-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const { browser } = useBrowser();

/** Writes a config and generates html and handouts (no PDFs) into `name/out`. */
async function generate(name: string, config: string): Promise<string> {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir);
  writeFileSync(join(dir, 'config.yaml'), config);
  let stderr = '';
  const env = { PLAYBOOK_CONTENT_DIR: CONTENT, CHROMIUM_PATH: join(work, 'none') };
  const code = await runCli(['generate', '-c', 'config.yaml', '-q', '--format', 'html,handouts'], { stdout: () => {}, stderr: (t) => void (stderr += t), cwd: dir, env });
  expect(code, stderr).toBe(0);
  return join(dir, 'out');
}

/** The plain config: the same shape with harmless words in every field. */
function plainConfig(priorities: string[]): string {
  let config = hostileConfig(priorities);
  for (const value of Object.values(HOSTILE_VALUES)) config = config.replace(JSON.stringify(value), JSON.stringify('Plain words'));
  return config.replace(`limit: ${JSON.stringify(HOSTILE_VALUES.limit)}`, 'limit: Plain words');
}

const STYLE_PROPERTIES = ['display', 'visibility', 'color', 'background-color', 'font-family', 'font-size', 'position', 'margin-top', 'border-top-width'];

/** Opens a generated file and returns its computed styles per element path, and whatever it tried to do. */
async function inspect(file: string) {
  const context = await browser().newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const activity: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) activity.push(`request ${request.url()}`);
  });
  page.on('dialog', (dialog) => {
    activity.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => activity.push(`console ${message.text()}`));
  page.on('pageerror', (error) => activity.push(`error ${error.message}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const styles = await page.evaluate((properties) => {
    const out: Record<string, string> = {};
    const tagged = document.querySelectorAll('body, header, main, nav, section, h1, h2, h3, table, th, td, blockquote, footer');
    tagged.forEach((element, i) => {
      const computed = getComputedStyle(element);
      out[`${i}:${element.tagName}.${element.className}`] = properties.map((p) => computed.getPropertyValue(p)).join('|');
    });
    return { styles: out, scripts: document.scripts.length, styleSheets: document.styleSheets.length };
  }, STYLE_PROPERTIES);
  await context.close();
  return { ...styles, activity };
}

describe.skipIf(browserTestsSkipped)('a hostile config changes only the text', () => {
  let plain: string;
  let hostile: string;
  beforeAll(async () => {
    plain = await generate('plain', plainConfig(['beta-mode', 'alpha-mode']));
    hostile = await generate('hostile', hostileConfig(['beta-mode', 'alpha-mode']));
  });

  test.each(['handbook.html', 'handouts/01-beta-mode.html', 'handouts/02-alpha-mode.html'])('%s: no request, dialog, console message or restyling', async (file) => {
    const a = await inspect(join(plain, file));
    const b = await inspect(join(hostile, file));
    expect(b.activity).toEqual([]);
    expect(b.scripts).toBe(0);
    expect(b.styleSheets).toBe(a.styleSheets);
    // Same elements in the same order with the same computed styles; only the text differs.
    expect(Object.keys(b.styles)).toEqual(Object.keys(a.styles));
    expect(b.styles).toEqual(a.styles);
  });
});

describe.skipIf(browserTestsSkipped)('an interrupted run', () => {
  test.each(['SIGINT', 'SIGTERM'] as const)('%s while printing removes the half-written folder and keeps the previous handbook', async (signal) => {
    const dir = join(work, `signal-${signal}`);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'config.yaml'), plainConfig(['beta-mode', 'alpha-mode']));
    const env = { ...process.env, PLAYBOOK_CONTENT_DIR: CONTENT };
    let stderr = '';
    let killedAt = 0;
    const runOnce = (formats: string) =>
      new Promise<{ code: number | null; signal: NodeJS.Signals | null; stoppedAfter: number }>((done) => {
        const child = spawn(process.execPath, [resolve('bin/playbook.mjs'), 'generate', '-c', 'config.yaml', '--format', formats], { cwd: dir, env });
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          // Printing PDFs takes a few seconds: the staging folder is there and the old one is not yet replaced.
          if (formats.includes('pdf') && chunk.toString().includes('Printing')) {
            killedAt = performance.now();
            child.kill(signal);
          }
        });
        child.on('exit', (code, sig) => done({ code, signal: sig, stoppedAfter: performance.now() - killedAt }));
      });
    expect((await runOnce('html')).code).toBe(0);
    const before = readFileSync(join(dir, 'out', 'handbook.html'));
    const interrupted = await runOnce('html,md,pdf,handouts');
    expect(interrupted.code, stderr).toBe(signal === 'SIGINT' ? 130 : 143);
    // Ctrl-C or a stop from the system ends the run within a second, whatever it was doing.
    expect(interrupted.stoppedAfter).toBeLessThan(1000);
    expect(stderr).toContain(`Stopped (${signal}); nothing was replaced.`);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'handbook.html')).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'out', 'handbook.md'))).toBe(false);
  });
});
