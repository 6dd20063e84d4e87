import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { parseBody } from './parse-body.ts';
import { remarkPlaybook, type PlaybookOptions } from './remark-playbook.ts';

export { parseBody };

/** The node types MDX adds; bodies must not use them, so both pipelines render every page alike. */
const MDX_ONLY = new Set([
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** Lists MDX-only constructs (JSX, imports, expressions) with their lines. */
export function findNonPortableNodes(tree: Root): { type: string; line?: number; column?: number }[] {
  const found: { type: string; line?: number; column?: number }[] = [];
  visit(tree, (node) => {
    if (MDX_ONLY.has(node.type))
      found.push({ type: node.type, line: node.position?.start.line, column: node.position?.start.column });
  });
  return found;
}

/** Parses a body and applies the playbook constructs, returning a plain mdast tree. */
export async function renderBodyTree(body: string, path: string, options: PlaybookOptions): Promise<Root> {
  const { tree, file } = parseBody(body, path);
  const transformed = await unified().use(remarkPlaybook, options).run(tree, file);
  return transformed as Root;
}

/**
 * Parsed bodies by path and text. A body's tree does not depend on the company's values (the
 * transform that fills them runs on a copy), so the builder in the browser re-renders a handbook on
 * every keystroke without parsing 24 pages again. Bounded so a long-running process stays small.
 */
const parsedBodies = new Map<string, Root>();
const MAX_PARSED_BODIES = 2000;

const bodyKey = (path: string, body: string) => `${path}\0${body}`;

function keepParsedBody(path: string, body: string, tree: Root): void {
  if (parsedBodies.size >= MAX_PARSED_BODIES) parsedBodies.delete(parsedBodies.keys().next().value!);
  parsedBodies.set(bodyKey(path, body), tree);
}

function parseBodyCached(body: string, path: string): Root {
  let tree = parsedBodies.get(bodyKey(path, body));
  if (!tree) keepParsedBody(path, body, (tree = parseBody(body, path).tree));
  return tree;
}

/**
 * Trees parsed elsewhere (the library's validation parses every body once: core/library/load.ts),
 * kept so rendering those bodies does not parse them again. Without positions they render the
 * same (tests/unit/builder-parse.test.ts holds the builder, which renders such trees, to it).
 */
export function rememberParsedBodies(bodies: Iterable<{ path: string; body: string; tree: Root }>): void {
  for (const { path, body, tree } of bodies) keepParsedBody(path, body, tree);
}

/**
 * A page's example box put in another's place: the parsed blocks of a company's own example, with
 * the title its box shows. It goes through the plugin with the page, so it renders as the page's did.
 */
export interface ExampleInstead {
  title: PhrasingContent[];
  blocks: RootContent[];
}

/** Parses a body once and renders it for both targets, for callers that need HTML and Markdown. */
export async function renderBodyTrees(
  body: string,
  path: string,
  options: Omit<PlaybookOptions, 'target'> & { exampleInstead?: ExampleInstead },
): Promise<{ html: Root; markdown: Root }> {
  const { exampleInstead, ...pluginOptions } = options;
  const parsed = parseBodyCached(body, path);
  const tree = exampleInstead ? replaceExamples(parsed, exampleInstead) : parsed;
  const file = new VFile({ path, value: body });
  const run = async (target: 'html' | 'markdown') =>
    (await unified()
      .use(remarkPlaybook, { ...pluginOptions, target })
      .run(structuredClone(tree), file)) as Root;
  return { html: await run('html'), markdown: await run('markdown') };
}

/** A copy of the tree with its first `:::example` box holding the replacement, and any other example box left out. */
function replaceExamples(tree: Root, instead: ExampleInstead): Root {
  let placed = false;
  const children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'containerDirective' || node.name !== 'example') return [node];
    if (placed) return [];
    placed = true;
    const label: Paragraph = { type: 'paragraph', data: { directiveLabel: true }, children: instead.title };
    return [{ ...node, children: [label, ...(instead.blocks as ContainerDirective['children'])] }];
  });
  return {
    ...tree,
    children: placed
      ? children
      : [
          ...children,
          {
            type: 'containerDirective',
            name: 'example',
            attributes: {},
            children: [
              { type: 'paragraph', data: { directiveLabel: true }, children: instead.title },
              ...(instead.blocks as ContainerDirective['children']),
            ],
          },
        ],
  };
}
