/**
 * A handbook made from a hostile config must look and behave exactly like one made from a plain
 * config, apart from the text it prints: opened in Chromium, it fetches nothing, opens no dialog,
 * logs nothing, and every element keeps the styles the plain handbook has. And an interrupted run
 * leaves no half-written folder behind.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { browserTestsSkipped, useBrowser } from '../support/browser.ts';
import { HOSTILE_VALUES, hostileConfig } from '../support/hostile-config.ts';
import { printWithTestChromium } from '../support/test-chromium.ts';

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
  const code = await runCli(['generate', '-c', 'config.yaml', '-q', '--format', 'html,handouts'], {
    stdout: () => {},
    stderr: (t) => void (stderr += t),
    cwd: dir,
    env,
  });
  expect(code, stderr).toBe(0);
  return join(dir, 'out');
}

/** The plain config: the same shape with harmless words in every field. */
function plainConfig(priorities: string[]): string {
  let config = hostileConfig(priorities);
  for (const value of Object.values(HOSTILE_VALUES))
    config = config.replace(JSON.stringify(value), JSON.stringify('Plain words'));
  return config.replace(`limit: ${JSON.stringify(HOSTILE_VALUES.limit)}`, 'limit: Plain words');
}

const STYLE_PROPERTIES = [
  'display',
  'visibility',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'position',
  'margin-top',
  'border-top-width',
];

/** Opens a generated file and returns its computed styles per element path, and whatever it tried to do. */
async function inspect(file: string) {
  const context = await browser().newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const activity: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
      activity.push(`request ${request.url()}`);
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
    const tagged = document.querySelectorAll(
      'body, header, main, nav, section, h1, h2, h3, table, th, td, blockquote, footer',
    );
    tagged.forEach((element, i) => {
      const computed = getComputedStyle(element);
      out[`${i}:${element.tagName}.${element.className}`] = properties
        .map((p) => computed.getPropertyValue(p))
        .join('|');
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

  test.each(['handbook.html', 'handouts/01-beta-mode.html', 'handouts/02-alpha-mode.html'])(
    '%s: no request, dialog, console message or restyling',
    async (file) => {
      const a = await inspect(join(plain, file));
      const b = await inspect(join(hostile, file));
      expect(b.activity).toEqual([]);
      expect(b.scripts).toBe(0);
      expect(b.styleSheets).toBe(a.styleSheets);
      // Same elements in the same order with the same computed styles; only the text differs.
      expect(Object.keys(b.styles)).toEqual(Object.keys(a.styles));
      expect(b.styles).toEqual(a.styles);
    },
  );
});

describe.skipIf(browserTestsSkipped)('an interrupted run', () => {
  test.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while printing removes the half-written folder and keeps the previous handbook',
    async (signal) => {
      const dir = join(work, `signal-${signal}`);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(dir);
      writeFileSync(join(dir, 'config.yaml'), plainConfig(['beta-mode', 'alpha-mode']));
      const env = { ...process.env, PLAYBOOK_CONTENT_DIR: CONTENT };
      let stderr = '';
      let killedAt = 0;
      const runOnce = (formats: string) =>
        new Promise<{ code: number | null; signal: NodeJS.Signals | null; stoppedAfter: number }>((done) => {
          const child = spawn(
            process.execPath,
            [resolve('bin/playbook.mjs'), 'generate', '-c', 'config.yaml', '--format', formats],
            { cwd: dir, env },
          );
          child.stderr.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
            // Printing PDFs takes a few seconds: the staging folder is there and the old one is not yet replaced.
            if (formats.includes('pdf') && chunk.toString().includes('Printing')) {
              killedAt = performance.now();
              child.kill(signal);
            }
          });
          child.on('exit', (code, sig) =>
            done({ code, signal: sig, stoppedAfter: performance.now() - killedAt }),
          );
        });
      expect((await runOnce('html')).code).toBe(0);
      const before = readFileSync(join(dir, 'out', 'handbook.html'));
      const interrupted = await runOnce('html,md,pdf,handouts');
      expect(interrupted.code, stderr).toBe(signal === 'SIGINT' ? 130 : 143);
      // Ctrl-C or a stop from the system ends the run at once, not after the print (tens of seconds) or
      // never: a few milliseconds on an idle machine; the bound leaves room for a loaded test machine.
      expect(interrupted.stoppedAfter).toBeLessThan(5000);
      expect(stderr).toContain(`Stopped (${signal}); nothing was replaced.`);
      expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(readFileSync(join(dir, 'out', 'handbook.html')).equals(before)).toBe(true);
      expect(existsSync(join(dir, 'out', 'handbook.md'))).toBe(false);
    },
  );
});

/**
 * A word longer than the page is wide (a pasted token, a name without spaces) must wrap inside its
 * box. When it does not, Chromium shrinks the whole page to fit it when printing, so every word in
 * the PDF gets smaller, and a table squeezes its other columns off the page.
 */
describe.skipIf(browserTestsSkipped)('long unbroken words', () => {
  const word = (n: number, c: string) => c.repeat(n);
  const config = (long: boolean) => {
    const w = (n: number, c: string, plain: string) => (long ? word(n, c) : plain);
    return stringify({
      company: w(200, 'C', 'Plain Company'),
      vision: w(2000, 'V', 'We put things right the first time.'),
      priorities: ['understaffing', 'empowerment-in-name-only'],
      standards: {
        firstResponse: '1 hour',
        callback: w(2000, 'W', 'the same day'),
        refundLimit: w(2000, 'R', '50 GBP'),
        others: [{ name: w(2000, 'N', 'Complaints'), value: w(2000, 'A', 'within a day') }],
      },
      empowerment: [
        { role: w(2000, 'O', 'Agent'), decision: w(2000, 'D', 'Refund'), limit: w(2000, 'L', '50 GBP') },
      ],
      // Its six-column table prints in the staffing chapter, the channel's name in <bdi> as every company value.
      staffing: {
        channels: [
          {
            name: w(200, 'P', 'Phone'),
            kind: 'phone',
            contacts: 300,
            per: '1h',
            aht: '6m',
            target: '80/60s',
          },
        ],
      },
      date: '2025-03-01',
      training: { start: '2025-03-03' },
      output: { dir: 'out', formats: ['html', 'pdf', 'handouts', 'kits'], paper: 'A4' },
    });
  };
  let plain: string;
  let long: string;
  beforeAll(async () => {
    const make = async (name: string, text: string) => {
      const dir = join(work, name);
      rmSync(dir, { recursive: true, force: true });
      const { mkdirSync } = await import('node:fs');
      mkdirSync(dir);
      writeFileSync(join(dir, 'config.yaml'), text);
      let stderr = '';
      const env = { ...printWithTestChromium(), PLAYBOOK_CONTENT_DIR: resolve('content') };
      const code = await runCli(['generate', '-c', 'config.yaml', '-q'], {
        stdout: () => {},
        stderr: (t) => void (stderr += t),
        cwd: dir,
        env,
      });
      expect(code, stderr).toBe(0);
      return join(dir, 'out');
    };
    plain = await make('plain-words', config(false));
    long = await make('long-words', config(true));
  }, 120_000);

  /** The median height of a word in a PDF, in points: what shrinking the page to fit makes smaller. */
  function medianWordHeight(file: string): number {
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const heights = [...boxes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">[a-z]+</g)]
      .map((m) => Number(m[2]) - Number(m[1]))
      .sort((a, b) => a - b);
    expect(heights.length, file).toBeGreaterThan(20);
    return heights[Math.floor(heights.length / 2)]!;
  }

  test.each(['handbook.pdf', 'handouts/01-understaffing.pdf', 'kits/01-understaffing.pdf'])(
    '%s prints at full scale',
    (file) => {
      expect(medianWordHeight(join(long, file))).toBeCloseTo(medianWordHeight(join(plain, file)), 1);
    },
  );

  /** In print at the given width: the elements reaching past the page's right edge, and each table's columns wider than a sliver. */
  async function measurePrint(file: string, width: number) {
    const context = await browser().newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.emulateMedia({ media: 'print' });
    const found = await page.evaluate(() => {
      const right = document.documentElement.clientWidth + 1;
      const outside = [...document.querySelectorAll('body *')]
        .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > right)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      const tables = [...document.querySelectorAll('table')].map((t) =>
        [...t.rows[0]!.cells].map((c) => c.getBoundingClientRect().width > 20),
      );
      return { outside: [...new Set(outside)], tables };
    });
    await context.close();
    return found;
  }

  // The width inside each document's print margins on A4: 210 mm less 2 x 17, 13 and 10 mm.
  test.each([
    ['handbook.html', 176],
    ['handouts/01-understaffing.html', 184],
    ['kits/01-understaffing.html', 190],
  ])(
    '%s: in print, long words push nothing past the page and every table column keeps its width',
    async (file, millimetres) => {
      const width = Math.floor((millimetres * 96) / 25.4);
      const [before, after] = [
        await measurePrint(join(plain, file), width),
        await measurePrint(join(long, file), width),
      ];
      expect(after.outside).toEqual(before.outside);
      expect(after.tables.length).toBe(before.tables.length);
      for (const columns of after.tables)
        expect(columns.every(Boolean), JSON.stringify(after.tables)).toBe(true);
    },
  );

  test.each(['handbook.html', 'handouts/01-understaffing.html', 'kits/01-understaffing.html'])(
    '%s from ordinary words breaks none of them in print',
    async (file) => {
      const context = await browser().newContext({ viewport: { width: 665, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(plain, file)).href);
      await page.emulateMedia({ media: 'print' });
      // A word whose letters land on two lines; breaking after a hyphen, dash or slash is ordinary.
      const broken = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.nodeValue!.matchAll(/[^\s\-–—/]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            if (
              new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
                .size > 1
            )
              found.push(match[0]);
          }
        }
        return found;
      });
      await context.close();
      expect(broken).toEqual([]);
    },
  );

  test('the handbook PDF shows every column heading of every table', () => {
    const text = execFileSync('pdftotext', ['-layout', join(long, 'handbook.pdf'), '-'], {
      encoding: 'utf8',
    });
    for (const heading of [/Standard +Our promise/, /Role +May decide +Up to/]) expect(text).toMatch(heading);
  });
});
