/**
 * The parser for a company's own Markdown (a chapter note, an example, a chapter of its own): plain
 * Markdown with GFM tables and the playbook's directives, without MDX, since a company writes
 * Markdown, not JSX (a `<b>` is raw HTML, which the playbook plugin then shows as text). Its own
 * module: the browser builder loads it only once someone writes Markdown of their own.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';

/** Parses a company's Markdown; `path` names it in messages (e.g. "config.yaml chapters.understaffing.note"). */
export function parseCompanyMarkdown(text: string, path: string): { tree: Root; file: VFile } {
  const file = new VFile({ path, value: text });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  return { tree: processor.parse(file), file };
}
