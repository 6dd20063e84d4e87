/**
 * The printed playbook's two serialisations agree: /print/ writes the body a part at a time
 * (playbookHtmlParts, to keep the whole library out of memory as one HTML tree), `playbook print`
 * writes it as one document (renderPlaybookHtml). Both must give the reader the same HTML.
 */
import { beforeAll, expect, test } from 'vitest';
import type { Root } from 'mdast';
import { applyVariables, type Library } from '../../src/core/library/library.ts';
import {
  buildPlaybookDocument,
  playbookChapters,
  type PlaybookChapter,
} from '../../src/document/playbook.ts';
import { renderBodyTree } from '../../src/markdown/pipeline.ts';
import { playbookHtmlParts, renderPlaybookHtml } from '../../src/render/playbook-html.ts';
import { sharedLibrary } from '../support/library.ts';

let neutral: Library;
let chapters: PlaybookChapter[];
let tree: Root;
beforeAll(async () => {
  const library = await sharedLibrary();
  neutral = { ...library, modes: library.modes.map((m) => applyVariables(m, {})) };
  const bodies = new Map<string, Root>();
  for (const m of neutral.modes) bodies.set(m.id, await renderBodyTree(m.body, m.file, { target: 'html' }));
  chapters = playbookChapters(neutral, bodies);
  tree = buildPlaybookDocument(neutral, chapters);
});

const bodyOf = (html: string) => html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));

test.each([
  ['as printed by the CLI', {}],
  ['with the note that leads back to the site', { siteHome: '/' }],
])('the body written a part at a time is the whole document’s body, %s', (_, options) => {
  const whole = renderPlaybookHtml(tree, chapters, options);
  const parts = playbookHtmlParts(tree, chapters, options);
  expect(parts.bodyHtml).toBe(bodyOf(whole));
  expect(parts.bodyHtml).toContain(`id="${chapters.at(-1)!.anchor}"`);
  expect(whole).toContain(`<title>${parts.title}</title>`);
});
