import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import type { Handbook } from '../../src/core/handbook/model.ts';
import { buildChapterDocument, roleTitlesOf } from '../../src/document/handbook-chapter.ts';
import { words } from '../../src/i18n/index.ts';
import { SECTION_ORDER } from '../../src/i18n/keys.ts';

const SECTION_LABELS = words().sections;
import type { Library } from '../../src/core/library/library.ts';
import { documentToHtml } from '../../src/render/html.ts';
import { documentToMarkdown } from '../../src/render/markdown.ts';
import { HANDOUT_SECTIONS } from '../../src/document/handout.ts';
import { handbookHtml, handbookMarkdown, handoutHtml } from '../support/render.ts';
import { renderSiteModeHtml } from '../../src/site/mode-page.ts';
import { siteUrls } from '../../src/site/urls.ts';
import { expectFixture } from '../support/fixture.ts';
import { sharedLibrary } from '../support/library.ts';

async function handbookFor(library: Library, configFile: string): Promise<Handbook> {
  const { config, problems } = checkHandbookConfig(
    { path: configFile, text: readFileSync(configFile, 'utf8') },
    library,
  );
  expect(problems).toEqual([]);
  return buildHandbook(library, config!);
}

const textOf = (node: Element): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
const headings = (tree: Root | Element, tag: string): string[] => {
  const found: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tag) found.push(textOf(child));
      else walk(child);
    }
  };
  walk(tree);
  return found;
};
const byId = (tree: Root, id: string): Element => {
  let hit: Element | undefined;
  const walk = (node: Root | Element) => {
    for (const child of node.children)
      if (child.type === 'element') child.properties.id === id ? (hit = child) : walk(child);
  };
  walk(tree);
  return hit!;
};

describe('golden chapter', () => {
  // One chapter of the fixture handbook, as the handbook prints it; UPDATE=1 rewrites, then review the diff.
  test.each([
    ['html', documentToHtml],
    ['md', documentToMarkdown],
  ] as const)('alpha-mode renders as tests/fixtures/chapter/alpha-mode.%s', async (extension, serialise) => {
    const library = await sharedLibrary('tests/fixtures/generator/content');
    const handbook = await handbookFor(library, 'tests/fixtures/generator/configs/valid.yaml');
    const chapter = handbook.chapters.find((c) => c.mode.id === 'alpha-mode')!;
    const tree = buildChapterDocument(
      chapter,
      { target: extension === 'html' ? 'html' : 'markdown' },
      words(handbook.language),
      roleTitlesOf(handbook),
      handbook.company,
    );
    expectFixture(
      serialise(tree) + (extension === 'html' ? '\n' : ''),
      join('tests/fixtures/chapter', `alpha-mode.${extension}`),
    );
  });
});

describe('one layout in every output', () => {
  const id = 'empowerment-in-name-only';
  let library: Library;
  let handbook: Handbook;
  beforeAll(async () => {
    library = await sharedLibrary();
    handbook = await handbookFor(library, 'examples/retailer.yaml');
  });

  test('the site page, the handbook chapter in HTML and Markdown show the same section headings in the same order, and the handout a subsequence', async () => {
    const mode = library.modes.find((m) => m.id === id)!;
    const site = headings(
      fromHtml(await renderSiteModeHtml(library, mode, siteUrls('/')), { fragment: true }),
      'h2',
    );
    const chapterHtml = headings(byId(fromHtml(handbookHtml(handbook)), `chapter-${id}`), 'h3');
    const markdown = handbookMarkdown(handbook);
    const chapterText = markdown.slice(
      markdown.indexOf(`. ${mode.title}\n`),
      markdown.indexOf('\n## ', markdown.indexOf(`. ${mode.title}\n`)),
    );
    const chapterMd = [...chapterText.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    const handout = headings(
      fromHtml(handoutHtml(mode, { company: 'Hearth & Loom', accent: '#1f5f8b' })),
      'h2',
    );

    const labels = SECTION_ORDER.map((s) => SECTION_LABELS[s]).filter((l): l is string => Boolean(l));
    // Every label appears on the site, in the one order; body headings sit between them.
    expect(site.filter((h) => labels.includes(h))).toEqual(labels);
    expect(chapterHtml).toEqual(site);
    expect(chapterMd).toEqual(site);
    expect(handout).toEqual(HANDOUT_SECTIONS.map((s) => SECTION_LABELS[s]));
    expect(site.filter((h) => handout.includes(h))).toEqual(handout);
  });
});
