import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { documentToMarkdown } from './markdown.ts';

/**
 * Renders the handbook's tree (laid out for Markdown) as clean Markdown for a wiki: GFM tables, and
 * links between sections by the heading slugs wikis such as GitHub and GitLab generate.
 */
export function renderHandbookMarkdown(tree: Root): string {
  return documentToMarkdown(pointLinksAtSlugs(tree));
}

/**
 * Wikis slug every heading themselves (repeats get -1, -2...). This computes the same slugs, in
 * order, and points each `#anchor` link at the slug of the heading that carries (or opens the
 * section that carries) that anchor. Unknown anchors are left alone. Returns a new tree.
 */
export function pointLinksAtSlugs(input: Root): Root {
  const tree = structuredClone(input);
  const slugger = new GithubSlugger();
  const slugs = new Map<string, string>();
  let pending: string[] = [];
  let lastSlug: string | undefined;
  const idOf = (node: { data?: { hProperties?: unknown } }) =>
    (node.data?.hProperties as { id?: string } | undefined)?.id;
  visit(tree, (node) => {
    if (node.type === 'section' && node.data?.id) pending.push(node.data.id);
    // A list item with an anchor (a source) has no heading of its own: link to the heading above it.
    if (node.type === 'listItem' && idOf(node) && lastSlug) slugs.set(idOf(node)!, lastSlug);
    if (node.type !== 'heading') return;
    lastSlug = slugger.slug(toString(node));
    const id = idOf(node);
    for (const anchor of [...pending, ...(id ? [id] : [])]) slugs.set(anchor, lastSlug);
    pending = [];
  });
  visit(tree, 'link', (node) => {
    if (node.url.startsWith('#')) node.url = `#${slugs.get(node.url.slice(1)) ?? node.url.slice(1)}`;
  });
  return tree;
}
