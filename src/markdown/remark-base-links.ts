import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * A link written from the site's root (`/assess/`) with the site's base path in front
 * (`/playbook/assess/`), so a page served under a path links to its own site. Anything else (other
 * hosts through `//`, full addresses, relative paths, anchors) is left as written. A new tree is
 * returned; the input is not changed.
 */
export function withBasePath(tree: Root, base: string): Root {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix) return tree;
  const copy = structuredClone(tree);
  visit(copy, ['link', 'definition'], (node) => {
    if (!('url' in node) || typeof node.url !== 'string') return;
    if (/^\/(?![\\/])/.test(node.url)) node.url = `${prefix}${node.url}`;
  });
  return copy;
}

/**
 * The site's prose pages (src/guides/*.mdx) link to other pages from the root, as an author writes
 * them; this plugin gives those links the base path the site is built under (Astro's `base`).
 */
export function remarkBaseLinks(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  return (tree: Root) => withBasePath(tree, base);
}
