import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/core/load.ts';
import { parseBody } from '../../src/markdown/pipeline.ts';

// The browser builder parses bodies without remark-mdx (astro.config.mjs swaps it for a no-op to
// keep acorn out of the bundle). That is only safe while every page parses the same either way.
const library = await loadLibrary();

describe('page bodies parse the same without the MDX extension', () => {
  test.each(library.modes.map((m) => [m.id, m] as const))('%s', (_id, mode) => {
    const withMdx = parseBody(mode.body, mode.file).tree;
    const without = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(mode.body);
    expect(without).toEqual(withMdx);
  });
});
