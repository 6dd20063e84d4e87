/**
 * A company's own Markdown, made safe to print and checked: the same constructs as the library
 * (`:var[…]`, `:::note`, `:::example`, lists, tables), through the same plugin, then restricted.
 * No raw HTML (refused), links only to https:, http: and mailto: addresses (others refused), no
 * images (refused: the logo has its own rules), and headings kept under the chapter's (shifted).
 * A refusal names the line within the field and the fix.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseCompanyMarkdown } from '../../markdown/parse-company.ts';
import { remarkPlaybook, type PlaybookOptions } from '../../markdown/remark-playbook.ts';
import { SAFE_LINK_SOURCE } from '../../markdown/safe-links.ts';

/** A problem within a field of Markdown: its line in the field, counted from 1, and what to do. */
export interface MarkdownProblem {
  line?: number;
  column?: number;
  message: string;
}

/** What the playbook plugin noted, as the refusal a company reads. */
const REFUSALS: Record<string, string> = {
  'unsafe-link':
    'links may only go to https:, http: or mailto: addresses; change the address or remove the link',
  image: 'pictures cannot go into the handbook text; remove the image (a logo goes under branding.logo)',
  html: 'HTML is not printed; write it in Markdown instead (**bold**, lists, tables)',
};

/** The company's Markdown as a tree for one target, with its problems; the tree is only for a text without problems. */
export function renderCompanyMarkdown(
  text: string,
  where: string,
  options: Omit<PlaybookOptions, 'target'> & { target: 'html' | 'markdown'; headingDepth: number },
): { tree?: Root; problems: MarkdownProblem[] } {
  const { tree, file } = parseCompanyMarkdown(text, where);
  try {
    unified().use(remarkPlaybook, options).runSync(tree, file);
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    return {
      problems: [{ ...(e.line ? { line: e.line, column: e.column } : {}), message: e.reason ?? e.message }],
    };
  }
  const problems = file.messages
    .filter((m) => m.source === SAFE_LINK_SOURCE)
    .map((m) => ({
      ...(m.line ? { line: m.line, column: m.column } : {}),
      message: REFUSALS[m.ruleId ?? ''] ?? m.reason,
    }));
  if (problems.length > 0) return { problems };
  return { tree: shiftUnder(tree, options.headingDepth), problems };
}

/** Every heading moved below `depth` (a chapter's own heading), keeping their order; at most level 6. */
function shiftUnder(tree: Root, depth: number): Root {
  let top = 6;
  visit(tree, 'heading', (h) => void (top = Math.min(top, h.depth)));
  const by = Math.max(0, depth + 1 - top);
  visit(tree, 'heading', (h) => void (h.depth = Math.min(6, h.depth + by) as 1 | 2 | 3 | 4 | 5 | 6));
  return tree;
}

/** The blocks of a tree, for placing inside another document. */
