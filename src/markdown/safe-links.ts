/**
 * What a page body may point at. A link goes to the web (https:, http:), to an email address
 * (mailto:) or to a path of our own; anything else a browser could run or open (javascript:, data:,
 * file:, another host through `//`) is shown as its words only. Images are shown as their
 * description: a handbook is one file that prints without fetching anything, and a picture from
 * elsewhere is a request to a stranger's server on every reading. Raw HTML is shown as text.
 * Each change is a message on the file, at its line, which the content check reports as a problem.
 */
import type {
  Definition,
  Image,
  ImageReference,
  Link,
  LinkReference,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const ALLOWED_SCHEMES = new Set(['https', 'http', 'mailto']);

/** The rule ids of the messages, so the content check can tell ours apart. */
export const SAFE_LINK_RULES = ['unsafe-link', 'image', 'html'] as const;
export const SAFE_LINK_SOURCE = 'remark-playbook';

/** True for an https, http or mailto address, or a path on this site (a relative path or an anchor). */
export function isAllowedLinkUrl(url: string): boolean {
  // Read as a browser reads it: tabs and line breaks anywhere are dropped, and controls and spaces at the ends.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (scheme !== undefined) return ALLOWED_SCHEMES.has(scheme.toLowerCase());
  // `//host` and its backslashed forms, which browsers read the same way, go to another host.
  return !/^[\\/]{2}/.test(cleaned);
}

/** Nodes whose children are blocks, where text must sit in a paragraph. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'containerDirective']);

/** An address as a message shows it: short enough to read, and never a whole data: blob. */
const shown = (url: string) => JSON.stringify(url.length > 60 ? `${url.slice(0, 57)}...` : url);

/**
 * Replaces, in place, links and references to addresses a page may not use, every image, and raw
 * HTML with their text, and drops the definitions left unused; notes each on `file`.
 */
export function neutraliseUnsafeMarkup(tree: Root, file: VFile): void {
  // As in CommonMark, the first definition of a label is the one references use.
  const definitions = new Map<string, Definition>();
  visit(
    tree,
    'definition',
    (node) => void (definitions.has(node.identifier) || definitions.set(node.identifier, node)),
  );
  const noted = new Set<Definition>();
  const note = (reason: string, node: Nodes, rule: (typeof SAFE_LINK_RULES)[number]) => {
    file.message(reason, { place: node.position, ruleId: rule, source: SAFE_LINK_SOURCE });
  };

  visit(tree, (node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    let replacement: (PhrasingContent | RootContent)[] | undefined;
    if (node.type === 'link' && !isAllowedLinkUrl((node as Link).url)) {
      note(linkReason((node as Link).url), node, 'unsafe-link');
      replacement = (node as Link).children;
    } else if (
      node.type === 'linkReference' &&
      definitions.has((node as LinkReference).identifier) &&
      !isAllowedLinkUrl(definitions.get((node as LinkReference).identifier)!.url)
    ) {
      const definition = definitions.get((node as LinkReference).identifier)!;
      // Said once, where the address is written.
      if (!noted.has(definition)) note(linkReason(definition.url), definition, 'unsafe-link');
      noted.add(definition);
      replacement = (node as LinkReference).children;
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const alt = (node as Image | ImageReference).alt ?? '';
      note(
        `image ${JSON.stringify(alt)}: a page cannot show images (a handbook prints without fetching anything); describe it in words instead`,
        node,
        'image',
      );
      replacement = alt ? [{ type: 'text', value: alt }] : [];
    } else if (node.type === 'html') {
      note(
        'HTML in a page is shown as text; use Markdown and the directives in docs/authoring.md instead',
        node,
        'html',
      );
      const text: PhrasingContent = { type: 'text', value: (node as { value: string }).value };
      // HTML between blocks becomes a paragraph of its own; inside a sentence it stays inline.
      replacement = [FLOW_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text];
    }
    if (!replacement) return;
    (parent.children as Nodes[]).splice(index, 1, ...(replacement as Nodes[]));
    // The words take the node's place and are visited next: a link may hold an image.
    return index;
  });

  const used = new Set<string>();
  visit(tree, 'linkReference', (node) => void used.add(node.identifier));
  visit(tree, 'definition', (node, index, parent) => {
    if (used.has(node.identifier) || parent === undefined || index === undefined) return;
    if (!isAllowedLinkUrl(node.url) && !noted.has(node)) note(linkReason(node.url), node, 'unsafe-link');
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

function linkReason(url: string): string {
  return `link to ${shown(url)}: a page may link only to https:, http:, mailto: or a path on this site; change the address or remove the link`;
}
