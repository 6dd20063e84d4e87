import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChromium } from '../../src/render/pdf/chromium.ts';
import { INSTALL_HINT } from '../../src/render/pdf/install-hint.ts';
import { browserTestsSkipped } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { countPdfPages } from '../support/pdf.ts';
import { printWithTestChromium } from '../support/test-chromium.ts';

const run = promisify(execFile);
const BIN = resolve('bin/playbook.mjs');
const work = mkdtempSync(join(tmpdir(), 'playbook-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const library = await sharedLibrary();

interface Example {
  file: string;
  company: string;
  priorities: string[];
  include: 'priorities' | 'all';
  audiences?: string[];
  logo: boolean;
  paper: 'A4' | 'Letter';
}

const EXAMPLES: Example[] = ['examples/retailer.yaml', 'examples/contact-centre.yaml'].map((file) => {
  const raw = parse(readFileSync(file, 'utf8'));
  return {
    file,
    company: raw.company,
    priorities: raw.priorities,
    include: raw.include ?? 'priorities',
    audiences: raw.audiences,
    logo: Boolean(raw.branding?.logo),
    paper: /-(US|CA)$/.test(raw.locale ?? '') ? 'Letter' : 'A4',
  };
});

/** Runs the bin as a user would; never throws, so tests can check the exit code. */
async function playbook(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const select = (tree: Root | Element, test: (e: Element) => boolean): Element[] => {
  const found: Element[] = [];
  const walk = (node: Root | Element) =>
    node.children.forEach((c) => {
      if (c.type !== 'element') return;
      if (test(c)) found.push(c);
      walk(c);
    });
  walk(tree);
  return found;
};
const textOf = (node: Element): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
const cls = (name: string) => (e: Element) =>
  Array.isArray(e.properties.className) && e.properties.className.includes(name);

const outDir = (example: Example) => join(work, example.file.replace(/\W+/g, '-'));

/**
 * Each example is generated once, with the formats its config names (html, md, pdf, handouts), and
 * both the text and the PDF tests read that folder: one run and one Chromium per example. With
 * browser tests skipped, the PDF formats are left out. The first example (the retailer) prints with
 * the Chromium `playbook` finds for itself, as a person's run does; the second, the longer one,
 * with the test browser (tests/support/test-chromium.ts), which prints the same pages for less CPU.
 */
const runs = new Map<Example, ReturnType<typeof playbook>>();
function generated(example: Example): ReturnType<typeof playbook> {
  if (!runs.has(example)) {
    const formats = browserTestsSkipped ? ['--format', 'html,md,handouts'] : [];
    const env = example === EXAMPLES[0] ? {} : printWithTestChromium();
    runs.set(
      example,
      playbook(
        ['generate', '--config', example.file, '--out', outDir(example), ...formats, '--json', '--quiet'],
        env,
      ),
    );
  }
  return runs.get(example)!;
}

// Both examples start at once: separate processes, each with its own Chromium, that overlap.
beforeAll(() => {
  for (const example of EXAMPLES) void generated(example);
});

describe.each(EXAMPLES)('playbook generate --config $file (HTML and Markdown)', (example) => {
  const out = outDir(example);
  let result: Awaited<ReturnType<typeof playbook>>;
  beforeAll(async () => {
    result = await generated(example);
  });

  test('exits 0 and reports the files it wrote', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.chapters).toEqual(example.priorities);
    const handouts = example.priorities.map((id, i) => `handouts/${String(i + 1).padStart(2, '0')}-${id}`);
    // Handout PDFs come along whenever Chromium is installed; the handbook PDF when it was asked for.
    const pdfs = findChromium() ? handouts.map((h) => `${h}.pdf`) : [];
    const handbookPdf = browserTestsSkipped ? [] : ['handbook.pdf'];
    expect(summary.files.map((f: { path: string }) => f.path).sort()).toEqual(
      ['handbook.html', 'handbook.md', ...handbookPdf, ...handouts.map((h) => `${h}.html`), ...pdfs].sort(),
    );
  });

  test('the HTML has a cover, contents, one chapter per priority in order, the plan, appendices and sources', () => {
    const html = readFileSync(join(out, 'handbook.html'), 'utf8');
    const tree = fromHtml(html);
    expect(textOf(select(tree, (e) => e.tagName === 'h1')[0]!)).toBe(example.company);
    const chapters = select(tree, cls('mode'));
    expect(chapters.map((c) => c.properties.id)).toEqual(example.priorities.map((id) => `chapter-${id}`));
    for (const [i, chapter] of chapters.entries()) {
      const mode = library.modes.find((m) => m.id === example.priorities[i])!;
      expect(textOf(select(chapter, (e) => e.tagName === 'h2')[0]!)).toBe(`${i + 1}. ${mode.title}`);
      const h3 = select(chapter, (e) => e.tagName === 'h3').map(textOf);
      expect(h3).toEqual(
        expect.arrayContaining([
          'Warning signs',
          'Why it happens',
          'Root causes',
          'Diagnostic questions',
          'Plays',
          'Metrics',
          'Training exercise',
          'Sources',
        ]),
      );
      expect(h3.indexOf('Warning signs')).toBeLessThan(h3.indexOf('Why it happens'));
      expect(h3.indexOf('Why it happens')).toBeLessThan(h3.indexOf('Root causes'));
      expect(select(chapter, cls('play'))).toHaveLength(mode.plays.length);
    }
    const ids = select(tree, (e) => typeof e.properties.id === 'string').map((e) => e.properties.id);
    for (const section of ['contents', 'how-to-use', 'standards', 'training-plan', 'empowerment', 'sources'])
      expect(ids).toContain(section);
    const planRows = select(
      select(tree, (e) => e.properties.id === 'training-plan')[0]!,
      (e) => e.tagName === 'tr',
    );
    // A session and a refresher per chapter, as in training-plan.ics, then the head and the total.
    expect(planRows).toHaveLength(example.priorities.length * 2 + 2);
    // Every in-page link lands on an element.
    const hrefs = select(tree, (e) => e.tagName === 'a').map((a) => String(a.properties.href));
    expect(hrefs.filter((h) => !h.startsWith('#') || !ids.includes(h.slice(1)))).toEqual([]);
    // Self-contained: no scripts, no external styles or images.
    expect(
      select(
        tree,
        (e) =>
          ['script', 'iframe'].includes(e.tagName) ||
          (e.tagName === 'link' && !String(e.properties.href).startsWith('data:')),
      ),
    ).toEqual([]);
    expect(select(tree, (e) => e.tagName === 'img').map((e) => String(e.properties.src).slice(0, 5))).toEqual(
      example.logo ? ['data:'] : [],
    );
    expect(html).not.toMatch(/:var\[|::empowerment-table|your company/);
  });

  test('the appendix lists the other modes only when include is all', () => {
    const tree = fromHtml(readFileSync(join(out, 'handbook.html'), 'utf8'));
    const entries = select(tree, cls('appendix-entry')).map((e) =>
      String(e.properties.id).replace(/^appendix-/, ''),
    );
    const expected =
      example.include === 'all'
        ? library.modes
            .filter(
              (m) =>
                !example.priorities.includes(m.id) &&
                (!example.audiences || m.audiences.some((a) => example.audiences!.includes(a))),
            )
            .map((m) => m.id)
        : [];
    expect(entries).toEqual(expected);
    if (example.include === 'all') expect(entries.length).toBeGreaterThan(5);
  });

  test('the Markdown has the same chapters in order and nothing left unrendered', () => {
    const md = readFileSync(join(out, 'handbook.md'), 'utf8');
    expect(md.startsWith(`Service handbook\n\n# ${example.company}\n`)).toBe(true);
    const chapterHeadings = [...md.matchAll(/^## (\d+)\. (.+)$/gm)].map((m) => m[2]);
    expect(chapterHeadings).toEqual(
      example.priorities.map((id) => library.modes.find((m) => m.id === id)!.title),
    );
    expect(md).toMatch(/^## Training plan$/m);
    expect(md).toMatch(/^\| Role +\| May decide +\| Up to +\|$/m);
    expect(md).not.toMatch(/:var\[|::empowerment-table|your company|<\/?[a-z]+[ >]/);
  });
});

const pdfSkipped = browserTestsSkipped;
describe.skipIf(pdfSkipped).each(EXAMPLES)('playbook generate --config $file (PDF, Chromium)', (example) => {
  const out = outDir(example);
  let result: Awaited<ReturnType<typeof playbook>>;
  beforeAll(async () => {
    if (!findChromium())
      throw new Error(`${INSTALL_HINT} (or set SKIP_BROWSER_TESTS=1 to skip browser tests locally)`);
    if (!existsSync('/usr/bin/pdftotext'))
      throw new Error(
        'pdftotext was not found: install poppler-utils (sudo apt-get install -y poppler-utils).',
      );
    result = await generated(example);
  });

  test('exits 0 and writes the PDF next to the HTML', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '.playbook-handbook',
      'handbook.html',
      'handbook.md',
      'handbook.pdf',
      'handouts',
    ]);
  });

  test('the PDF has a plausible page count, page numbers on every page but the cover, and the company name', () => {
    const pdf = readFileSync(join(out, 'handbook.pdf'));
    const pages = countPdfPages(pdf);
    const chapters = example.priorities.length;
    const appendix = example.include === 'all' ? library.modes.length - chapters : 0;
    // The worksheets the chapters' plays use, each on a page of its own after the appendix's first page.
    const worksheets = new Set(
      library.modes
        .filter((m) => example.priorities.includes(m.id))
        .flatMap((m) => m.plays.flatMap((p) => p.worksheets)),
    ).size;
    // The metrics the chapters use, listed in an appendix (about three to a page), then the one-page
    // pulse survey form.
    const metrics = new Set(
      library.modes
        .filter((m) => example.priorities.includes(m.id))
        .flatMap((m) => m.metrics.map((use) => use.metric)),
    ).size;
    // Cover, contents and front matter, then 3 to 8 pages per chapter, the training plan, "Our first
    // 90 days" (about a page for every two chapters), appendices and sources.
    expect(pages).toBeGreaterThanOrEqual(3 + chapters * 3 + worksheets);
    expect(pages).toBeLessThanOrEqual(
      12 +
        chapters * 8 +
        Math.ceil(chapters / 2) +
        Math.ceil(appendix / 2) +
        Math.ceil(metrics / 3) +
        1 +
        worksheets +
        1,
    );
    const info = execFileSync('pdfinfo', [join(out, 'handbook.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Page size:.*\\(${example.paper === 'A4' ? 'A4' : 'letter'}\\)`));
    const text = execFileSync('pdftotext', ['-layout', join(out, 'handbook.pdf'), '-'], { encoding: 'utf8' });
    const pageTexts = text.split('\f').slice(0, pages);
    expect(pageTexts[0]!.replace(/\s+/g, ' ')).toContain(example.company);
    expect(pageTexts[0]).not.toMatch(new RegExp(`Page 1 of ${pages}\\b`));
    for (let n = 2; n <= pages; n++)
      expect(pageTexts[n - 1], `page ${n}`).toMatch(new RegExp(`Page ${n} of ${pages}\\b`));
    const flat = text.replace(/\s+/g, ' ');
    for (const id of example.priorities)
      expect(flat).toContain(library.modes.find((m) => m.id === id)!.title);
  });

  test('each chapter starts on a new page', () => {
    const text = execFileSync('pdftotext', [join(out, 'handbook.pdf'), '-'], { encoding: 'utf8' });
    const pageStarts = text.split('\f').map((p) => p.trimStart());
    for (const [i] of example.priorities.entries()) {
      // Below the running head: the chapter's first lines are its kicker and title.
      expect(
        pageStarts.some((p) =>
          p
            .split('\n')
            .slice(0, 3)
            .some((l) => l.startsWith(`CHAPTER ${i + 1} ·`)),
        ),
        `chapter ${i + 1}`,
      ).toBe(true);
    }
  });

  test('each handout prints on exactly one page', () => {
    const handouts = readdirSync(join(out, 'handouts')).filter((f) => f.endsWith('.pdf'));
    expect(handouts).toHaveLength(example.priorities.length);
    for (const file of handouts)
      expect(countPdfPages(readFileSync(join(out, 'handouts', file))), file).toBe(1);
  });
});

describe('without Chromium', () => {
  const [example] = EXAMPLES as [Example];
  const noBrowser = { CHROMIUM_PATH: '/nonexistent/chromium' };

  test('a requested PDF fails with one line on how to install Chromium, and nothing is replaced', async () => {
    const out = join(work, 'no-chromium-pdf');
    const { code, stderr } = await playbook(
      ['generate', '--config', example.file, '--out', out, '--format', 'html,md,pdf', '--quiet'],
      noBrowser,
    );
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `error: handbook.pdf not written: ${INSTALL_HINT} Or open handbook.html in a browser and print it to PDF.`,
      `Nothing was written, and ${out} is as it was, because a format you asked for could not be made.`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  test('handouts are still written as HTML, and the run succeeds', async () => {
    const out = join(work, 'no-chromium-handouts');
    const { code, stderr } = await playbook(
      ['generate', '--config', example.file, '--out', out, '--format', 'html,handouts', '--quiet'],
      noBrowser,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/^note: handouts\/\*\.pdf not written: Chromium was not found/);
    expect(readdirSync(join(out, 'handouts')).every((f) => f.endsWith('.html'))).toBe(true);
  });
});
