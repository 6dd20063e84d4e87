import { describe, expect, test } from 'vitest';
import { renderBodyTrees } from '../../src/markdown/pipeline.ts';
import { bodyTreeForPage } from '../../src/site/builder/page-data.ts';
import { parseBody, provideParsedBodies } from '../../src/site/builder/parsed-bodies.ts';
import { remarkPlaybook } from '../../src/markdown/remark-playbook.ts';
import { unified } from 'unified';
import { documentToHtml } from '../../src/render/html.ts';
import { documentToMarkdown } from '../../src/render/markdown.ts';
import { sharedLibrary } from '../support/library.ts';

// The browser builder does not parse: /build/ embeds each body's tree, without source positions
// (page-data.ts), and parsed-bodies.ts serves them in the parser's place. That is only safe while
// every page renders the same from the embedded tree as from parsing.
const library = await sharedLibrary();
provideParsedBodies(
  library.modes.map((m) => ({ path: m.file, body: m.body, tree: bodyTreeForPage(m.body, m.file) })),
);
const values = {
  company: 'Kestrel & <Sons>',
  firstResponse: '2 hours',
  callback: 'the same day',
  refundLimit: '40 GBP',
  vision: '“We fix it.”',
};

describe('embedded body trees render every page as parsing does', () => {
  test.each(library.modes.map((m) => [m.id, m] as const))('%s', async (_id, mode) => {
    const parsed = await renderBodyTrees(mode.body, mode.file, { values });
    const embedded = parseBody(mode.body, mode.file);
    const run = async (target: 'html' | 'markdown') =>
      (await unified()
        .use(remarkPlaybook, { values, target })
        .run(structuredClone(embedded.tree), embedded.file)) as typeof parsed.html;
    expect(documentToHtml(await run('html'))).toBe(documentToHtml(parsed.html));
    expect(documentToMarkdown(await run('markdown'))).toBe(documentToMarkdown(parsed.markdown));
  });

  test('a body the page did not embed is our bug, said plainly', () => {
    expect(() => parseBody('# Not a page', 'elsewhere.mdx')).toThrow(/no embedded tree for elsewhere\.mdx/);
  });
});
