import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
import { applyVariables } from '../../src/core/library.ts';
import { renderKitHtml } from '../../src/render/kits.ts';

const CONTENT = resolve('tests/fixtures/generator/content');
const work = mkdtempSync(join(tmpdir(), 'playbook-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let out: string;
beforeAll(async () => {
  writeFileSync(join(work, 'config.yaml'), hostileConfig(['beta-mode', 'alpha-mode']));
  let stderr = '';
  const env = { PLAYBOOK_CONTENT_DIR: CONTENT, CHROMIUM_PATH: join(work, 'no-chromium') };
  const code = await runCli(['generate', '-c', 'config.yaml', '-q'], { stdout: () => {}, stderr: (t) => void (stderr += t), cwd: work, env });
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
  test.each(['handbook.html', 'handouts/01-beta-mode.html'])('%s holds the company name as text only, never as markup or CSS', (file) => {
    const { text, tree } = parseHtml(file);
    expect(text).toContain(HOSTILE_TEXT.company);
    const tags = new Set<string>();
    const handlers: string[] = [];
    visit(tree, 'element', (node: Element) => {
      tags.add(node.tagName);
      for (const name of Object.keys(node.properties ?? {})) if (/^on/i.test(name)) handlers.push(`${node.tagName}.${name}`);
    });
    expect(tags.has('script')).toBe(false);
    expect(handlers).toEqual([]);
    const styles: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'style') styles.push(node.children.map((c) => ('value' in c ? c.value : '')).join(''));
    });
    expect(styles).toHaveLength(1);
    expect(styles[0]).not.toMatch(/Évil|alert|display:none/);
  });

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
    expect(links.filter((url) => !url.startsWith('#'))).toEqual(links.filter((url) => url === 'https://evil.example/x?y=1'));
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
    expect(readdirSync(out).sort()).toEqual(['.playbook-handbook', 'handbook.html', 'handbook.md', 'handouts', 'training-plan.ics']);
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
        const isolates = item.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'bdi');
        expect(isolates.map(toText), file).toEqual([HOSTILE_TEXT.company]);
      }
    }
  });

  test('handbook.md carries no invisible marks: Markdown has no isolation markup', () => {
    const markdown = read('handbook.md');
    expect(markdown).toContain('What happened at ');
    expect(markdown).not.toMatch(/[\u2068\u2069]/);
  });

  test('a kit card that quotes the refund limit isolates a right-to-left value', async () => {
    const hebrew = 'שירות 50 ₪';
    const library = await sharedLibrary(resolve('content'));
    const recovery = library.modes.find((m) => m.id === 'no-recovery-plan')!;
    const html = renderKitHtml(applyVariables(recovery, { refundLimit: hebrew }), { company: 'אבג', locale: 'en-GB', accent: '#123456' });
    expect(html).toContain(`goodwill credit up to <bdi>${hebrew}</bdi>.`);
    expect(html).not.toMatch(/[\u2068\u2069]/);
    expect(JSON.stringify(applyVariables(recovery, {}))).not.toMatch(/[\u2068\u2069]/);
  });
});

function toText(node: Element | { type: string; value?: string; children?: unknown[] }): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return ((node as Element).children ?? []).map((c) => toText(c as Element)).join('');
}
