/**
 * The one Markdown parser for page bodies (MDX + GFM + directives, exactly as Astro's MDX integration
 * sees them). Kept in its own module because the browser builder never parses: its page embeds the
 * trees made here at build time, and src/site/browser-stand-ins.ts puts
 * src/site/builder/parsed-bodies.ts in this module's place in browser bundles, which keeps
 * micromark, acorn and friends out of the script.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';

/** Parses a page body exactly as Astro's MDX integration sees it (MDX + GFM + directives). */
export function parseBody(body: string, path: string): { tree: Root; file: VFile } {
  const file = new VFile({ path, value: body });
  return { tree: bodyParser.parse(file), file };
}

// One parser for every body: setting one up combines the syntax extensions afresh, and a site
// build parses a thousand bodies or more.
const bodyParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).freeze();
