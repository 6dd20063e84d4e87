/**
 * handbook.docx opened by a real word processor: LibreOffice (Debian's libreoffice-writer-nogui,
 * installed by scripts/ensure-browser.mjs) converts the retailer example's .docx to PDF without a
 * window, and the PDF's text holds the cover, the contents, every chapter in order, the company's
 * own empowerment limits and a diagnostic statement, with Word's page fields worked out. Where
 * LibreOffice is not installed the test is skipped with a one-line notice.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsSkipped } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { printWithTestChromium } from '../support/test-chromium.ts';

const run = promisify(execFile);
const SOFFICE = ['soffice', 'libreoffice'].find(
  (name) => execFileSyncQuiet('sh', ['-c', `command -v ${name}`]) !== undefined,
);
if (!SOFFICE) console.warn('LibreOffice (soffice) is not installed, so handbook.docx is not opened in it.');
const skip = !SOFFICE || browserTestsSkipped;

function execFileSyncQuiet(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const EXAMPLE = 'examples/retailer.yaml';
const example = parse(readFileSync(EXAMPLE, 'utf8'));
const library = await sharedLibrary();
const work = mkdtempSync(join(tmpdir(), 'docx-office-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A PDF's pages as text in reading order, white space folded (table cells wrap their lines). */
function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

const pageCount = (pdf: string) =>
  Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)![1]);

describe.skipIf(skip)('handbook.docx in LibreOffice', () => {
  let office: string[];
  let officePages: number;
  let ourPages: number;
  beforeAll(async () => {
    const out = join(work, 'out');
    await run(
      process.execPath,
      [
        resolve('bin/playbook.mjs'),
        'generate',
        '--config',
        EXAMPLE,
        '--out',
        out,
        '--format',
        'docx,pdf',
        '-q',
      ],
      { env: printWithTestChromium() },
    );
    // A profile of its own, so it neither reads nor changes a person's LibreOffice settings.
    await run(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(work, 'office'),
        join(out, 'handbook.docx'),
      ],
      { timeout: 180_000 },
    );
    const pdf = join(work, 'office', 'handbook.pdf');
    office = pageTexts(pdf);
    officePages = pageCount(pdf);
    ourPages = pageCount(join(out, 'handbook.pdf'));
  }, 240_000);

  const titles = () =>
    (example.priorities as string[]).map(
      (id, i) => `${i + 1}. ${library.modes.find((m) => m.id === id)!.title}`,
    );

  test('the cover names the company, and the contents lists every chapter in order before any update', () => {
    expect(office[0]).toContain(example.company);
    const contents = office.find((page) => page.startsWith('Contents'))!;
    const at = titles().map((t) => contents.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('every chapter starts a page of its own, in the order of the priorities', () => {
    // A chapter's page opens with its kicker ("CHAPTER 2 · …", in capitals), then its title.
    const starts = titles().map((title, i) =>
      office.findIndex((page) => page.startsWith(`CHAPTER ${i + 1} · `) && page.includes(title)),
    );
    expect(starts.every((page) => page > 1)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  test("the company's empowerment rows and a diagnostic statement are in the text", () => {
    const all = office.join(' ');
    for (const row of example.empowerment as { role: string; decision: string; limit: string }[])
      expect(all).toContain(`${row.role} ${row.decision} ${row.limit}`);
    const first = library.modes.find((m) => m.id === example.priorities[0])!;
    expect(all).toContain(`1. ${first.diagnosticQuestions[0]!.text}`);
  });

  test("the footer's page fields are worked out, and the page count is near our own PDF's", () => {
    expect(office[1]).toContain(`Page 2 of ${officePages}`);
    expect(office[0]).not.toContain('Page 1 of');
    // Different fonts and layout engines: within a third of the Chromium PDF's page count.
    expect(officePages).toBeGreaterThanOrEqual(Math.floor(ourPages * 0.67));
    expect(officePages).toBeLessThanOrEqual(Math.ceil(ourPages * 1.33));
  });
});
