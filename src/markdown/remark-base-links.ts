import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Attributes of an MDX element that hold an address (`<a href="/assess/">`, `<img src="/x.svg">`). */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src']);

/** An MDX element's attribute as the MDX parser gives it; the mdast types know nothing of MDX. */
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * A link written from the site's root (`/assess/`) with the site's base path in front
 * (`/playbook/assess/`), so a page served under a path links to its own site: Markdown links,
 * link definitions, and the `href` and `src` of MDX elements. Anything else (other hosts through
 * `//`, full addresses, relative paths, anchors) is left as written. A new tree is returned; the
 * input is not changed.
 */
export function withBasePath(tree: Root, base: string, language?: string): Root {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix && !language) return tree;
  const fromRoot = (url: unknown): url is string => typeof url === 'string' && /^\/(?![\\/])/.test(url);
  // A page of a translation links to the pages of its language; files (example.html) are shared.
  const withPrefix = (url: string) =>
    language && !/\.\w+(?:[?#].*)?$/.test(url) ? `${prefix}/${language}${url}` : `${prefix}${url}`;
  const copy = structuredClone(tree);
  visit(copy, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && fromRoot(node.url)) {
      node.url = withPrefix(node.url);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of (node as { attributes?: JsxAttribute[] }).attributes ?? []) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          ADDRESS_ATTRIBUTES.has(attribute.name ?? '') &&
          fromRoot(attribute.value)
        )
          attribute.value = withPrefix(attribute.value);
      }
    }
  });
  return copy;
}

/**
 * The site's prose pages (src/guides/*.mdx) link to other pages from the root, as an author writes
 * them; this plugin gives those links the base path the site is built under (Astro's `base`).
 */
export function remarkBaseLinks(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: { path?: string }) =>
    withBasePath(tree, base, /[\\/]translations[\\/]([a-z]{2})[\\/]guides[\\/]/.exec(file.path ?? '')?.[1]);
}
