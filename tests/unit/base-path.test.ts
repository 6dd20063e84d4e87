import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { withBasePath } from '../../src/markdown/remark-base-links.ts';
import { siteUrls } from '../../src/site/urls.ts';
import { basePathOf } from '../../src/site-url.ts';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);
const stringify = (tree: ReturnType<typeof parse>) => unified().use(remarkStringify).stringify(tree).trim();

describe('the path a published site is served under', () => {
  test.each([
    [undefined, '/'],
    ['https://playbook.example.org/', '/'],
    ['https://org.github.io/playbook/', '/playbook/'],
    ['https://intranet.example.com/cx/playbook/', '/cx/playbook/'],
  ])('is %s -> %s', (siteUrl, base) => {
    expect(basePathOf(siteUrl)).toBe(base);
  });

  test('is in front of every address the pages build', () => {
    const urls = siteUrls('/cx/playbook/');
    expect([urls.home(), urls.mode('x'), urls.sources('a'), urls.asset('/pagefind/pagefind.js')]).toEqual([
      '/cx/playbook/',
      '/cx/playbook/modes/x/',
      '/cx/playbook/sources/#a',
      '/cx/playbook/pagefind/pagefind.js',
    ]);
  });
});

describe("links in the site's prose pages", () => {
  test.each([
    ['[builder](/build/)', '[builder](/cx/playbook/build/)'],
    ['[example](/handbook/example/handbook.html)', '[example](/cx/playbook/handbook/example/handbook.html)'],
    ['[x][ref]\n\n[ref]: /assess/', '[x][ref]\n\n[ref]: /cx/playbook/assess/'],
    ['[elsewhere](https://example.org/a)', '[elsewhere](https://example.org/a)'],
    ['[other host](//example.org/a)', '[other host](//example.org/a)'],
    ['[same page](#top)', '[same page](#top)'],
    ['[relative](guides/x/)', '[relative](guides/x/)'],
  ])('%s becomes %s under /cx/playbook/', (input, output) => {
    expect(stringify(withBasePath(parse(input), '/cx/playbook/'))).toBe(output);
  });

  test('in MDX elements get the path in href and src, and only there', () => {
    const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkStringify);
    const tree = withBasePath(
      mdx.parse('<a href="/build/" title="/not/an/address">builder</a> <img src="/logo.svg" alt="" />'),
      '/cx/playbook/',
    );
    expect(mdx.stringify(tree).trim()).toBe(
      '<a href="/cx/playbook/build/" title="/not/an/address">builder</a> <img src="/cx/playbook/logo.svg" alt="" />',
    );
  });

  test('are left as written at the root, and the input tree is never changed', () => {
    const tree = parse('[builder](/build/)');
    expect(withBasePath(tree, '/')).toBe(tree);
    withBasePath(tree, '/cx/playbook/');
    expect(stringify(tree)).toBe('[builder](/build/)');
  });
});

/** Every .astro file of the site's pages, layouts and components. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('no page, layout or component writes an address from the root by hand (use urls from src/site/library.ts)', () => {
  const written = ['src/pages', 'src/layouts', 'src/components'].flatMap(astroFiles).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        /\b(href|src|action|data-[a-z-]+)=["'`{]*\/(?![/*])/.test(line)
          ? [`${file}:${i + 1}: ${line.trim()}`]
          : [],
      ),
  );
  expect(written).toEqual([]);
});
