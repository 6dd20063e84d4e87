import type { Root, RootContent, PhrasingContent, Table, TableRow, Paragraph, BlockContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { words as dictionary, type Dictionary } from '../i18n/index.ts';
import {
  SAMPLE_EMPOWERMENT,
  VARIABLE_NAMES,
  isVariableName,
  resolveVariable,
  type EmpowermentRow,
  type VariableValues,
} from './variables.ts';
import { neutraliseUnsafeMarkup } from './safe-links.ts';

/** The callout kinds a body may use as `:::kind[Title]`; the dictionary's `site.callouts` heads one given no title. */
export const CALLOUT_KINDS = ['note', 'example'] as const;
type CalloutKind = (typeof CALLOUT_KINDS)[number];

export interface PlaybookOptions {
  /** Company values; a missing one renders as its neutral default. */
  values?: VariableValues;
  /** The company's empowerment table; the sample table when absent. */
  empowerment?: readonly EmpowermentRow[];
  /** The words of the text's language: neutral defaults, the sample table, its headings (default: English). */
  words?: Dictionary;
  /**
   * `html` keeps callouts as `<aside>` for rehype; `markdown` turns them into block quotes so the
   * tree stringifies to portable Markdown.
   */
  target?: 'html' | 'markdown';
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

/**
 * Renders the playbook's body constructs (`:var[name]`, `::empowerment-table`, `:::note`,
 * `:::example`) the same way for the site and the handbook generator. Anything else written with
 * directive syntax fails the file, with its line, so a typo never reaches a reader. Links to
 * anything but https, http, mailto or our own paths, images and raw HTML become plain text, each
 * noted on the file for the content check (see safe-links.ts).
 */
export function remarkPlaybook(options: PlaybookOptions = {}) {
  const values = options.values ?? {};
  const words = options.words ?? dictionary();
  const sample = options.words ? options.words.sampleEmpowerment : SAMPLE_EMPOWERMENT;
  const empowerment = options.empowerment ?? sample;
  const target = options.target ?? 'html';

  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (!isDirective(node) || parent === undefined || index === undefined) return;
      const replacement = renderDirective(node, { values, empowerment, target, words, sample }, file);
      parent.children.splice(index, 1, ...(replacement as never[]));
      // A callout's contents may hold variables too: visit the replacement's children next.
      return node.type === 'containerDirective' ? index : [SKIP, index + replacement.length];
    });
    neutraliseUnsafeMarkup(tree, file);
  };
}

function isDirective(node: { type: string }): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

function renderDirective(
  node: Directive,
  ctx: Required<Omit<PlaybookOptions, 'values'>> & {
    values: VariableValues;
    sample: readonly EmpowermentRow[];
  },
  file: VFile,
): RootContent[] {
  if (node.type === 'textDirective' && node.name === 'var') {
    const name = toString(node).trim();
    if (!isVariableName(name)) {
      file.fail(
        `Unknown variable ":var[${name}]". Use one of: ${VARIABLE_NAMES.join(', ')}.`,
        node,
        'remark-playbook:unknown-variable',
      );
    }
    const value: PhrasingContent = {
      type: 'text',
      value: resolveVariable(name, ctx.values, ctx.words.neutral),
    };
    // A company's own value is user text: isolated, so a right-to-left name cannot reorder the sentence.
    return ctx.values[name] !== undefined ? [{ type: 'isolate', children: [value] }] : [value];
  }
  // Prose such as "ratio:high" parses as a bare text directive; give it back as the text it was.
  if (
    node.type === 'textDirective' &&
    node.children.length === 0 &&
    Object.keys(node.attributes ?? {}).length === 0
  ) {
    return [{ type: 'text', value: `:${node.name}` }];
  }
  if (node.type === 'leafDirective' && node.name === 'empowerment-table') {
    return [renderEmpowermentTable(ctx.words, ctx.empowerment, ctx.empowerment !== ctx.sample)];
  }
  if (node.type === 'containerDirective' && isCalloutKind(node.name)) {
    return [renderCallout(node, node.name, ctx.target, ctx.words)];
  }
  const written = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  return file.fail(
    `Unknown directive "${written}${node.name}". Known: :var[name], ::empowerment-table, ${CALLOUT_KINDS.map(
      (k) => `:::${k}`,
    ).join(', ')} (see docs/authoring.md).`,
    node,
    'remark-playbook:unknown-directive',
  );
}

function isCalloutKind(name: string): name is CalloutKind {
  return (CALLOUT_KINDS as readonly string[]).includes(name);
}

function renderCallout(
  node: ContainerDirective,
  kind: CalloutKind,
  target: 'html' | 'markdown',
  words: Dictionary,
): BlockContent {
  const labelled = node.children[0]?.type === 'paragraph' && node.children[0].data?.directiveLabel;
  const title: PhrasingContent[] = labelled
    ? (node.children[0] as Paragraph).children
    : [{ type: 'text', value: words.site.callouts[kind] }];
  const body = (labelled ? node.children.slice(1) : node.children) as BlockContent[];
  const heading: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: title }] };
  if (target === 'markdown') {
    return { type: 'blockquote', children: [heading, ...body] };
  }
  heading.data = { hProperties: { className: ['callout-title'] } };
  return {
    type: 'blockquote',
    data: { hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`] } },
    children: [heading, ...body],
  };
}

function renderEmpowermentTable(
  words: Dictionary,
  rows: readonly EmpowermentRow[],
  companyRows: boolean,
): Table {
  const row = (cells: string[], fromUser: boolean): TableRow => ({
    type: 'tableRow',
    children: cells.map((value) => ({
      type: 'tableCell',
      children: [
        fromUser ? { type: 'isolate', children: [{ type: 'text', value }] } : { type: 'text', value },
      ],
    })),
  });
  return {
    type: 'table',
    data: { hProperties: { className: ['empowerment-table'] } },
    children: [
      row([...words.handbook.empowermentColumns], false),
      ...rows.map((r) => row([r.role, r.decision, r.limit], companyRows)),
    ],
  };
}
