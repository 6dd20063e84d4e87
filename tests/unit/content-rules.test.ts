import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/project-root.ts';
import { parseBody } from '../../src/markdown/pipeline.ts';
import { sharedLibrary } from '../support/library.ts';

/**
 * Editorial rules a schema cannot see. A generated handbook prints every page under the buyer's own
 * name, so an example box written about `:var[company]` would present an invented event as the
 * buyer's own history; each box is about an invented company of its own instead, listed once in
 * docs/editorial.md so names do not repeat.
 */

/** Something in an example box that a handbook would fill with the buyer's own words. */
interface Placeholder {
  written: string;
  line?: number;
}

/** Text that reads like a template slot: {company}, {{ vision }}, %refundLimit%, [callback]. */
const TEMPLATE_SLOT =
  /\{\{?\s*[A-Za-z][\w.-]*\s*\}?\}|%[A-Za-z][\w-]*%|\[(?:company|vision|firstResponse|callback|refundLimit)\]/g;

/**
 * A `:var[…]` or any other directive with a label or attributes. A bare one is prose that happens to
 * contain a colon ("13:00" parses as a directive named "00"); the playbook plugin gives it back as text.
 */
function isPlaceholderDirective(node: { type: string }): node is TextDirective | LeafDirective {
  if (node.type !== 'textDirective' && node.type !== 'leafDirective') return false;
  const directive = node as TextDirective | LeafDirective;
  return (
    directive.name === 'var' ||
    directive.children.length > 0 ||
    Object.keys(directive.attributes ?? {}).length > 0
  );
}

/** The `:::example` boxes of a parsed body, before the playbook plugin runs. */
function findExampleBoxes(tree: Root): ContainerDirective[] {
  const boxes: ContainerDirective[] = [];
  visit(tree, 'containerDirective', (node: ContainerDirective) => {
    if (node.name === 'example') boxes.push(node);
  });
  return boxes;
}

/** Variables, directives and template slots inside a page's example boxes, with their lines. */
function findPlaceholdersInExamples(tree: Root): Placeholder[] {
  const found: Placeholder[] = [];
  for (const box of findExampleBoxes(tree)) {
    visit(box, (node) => {
      const line = node.position?.start.line;
      if (isPlaceholderDirective(node)) {
        found.push({ written: `:${node.name}[${toString(node)}]`, line });
      } else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
        found.push({ written: `{${(node as { value: string }).value}}`, line });
      } else if (node.type === 'text' || node.type === 'inlineCode') {
        for (const match of (node as { value: string }).value.matchAll(TEMPLATE_SLOT))
          found.push({ written: match[0], line });
      }
    });
  }
  return found;
}

/** The rows of docs/editorial.md's table of invented companies: company name and the page using it. */
function readInventedCompanies(): { company: string; page: string }[] {
  const text = readFileSync(join(PROJECT_ROOT, 'docs', 'editorial.md'), 'utf8');
  const start = text.indexOf('### Invented companies in the examples');
  expect(start, 'docs/editorial.md needs a section "### Invented companies in the examples"').toBeGreaterThan(
    -1,
  );
  const section = text.slice(start).split(/\n#{2,3} /)[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| company') && !line.startsWith('| ---'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, company, , page]) => ({ company: company!, page: page! }));
}

function parse(markdown: string): Root {
  return parseBody(markdown, 'sample.mdx').tree;
}

describe('the check for company variables in example boxes', () => {
  test.each([
    [
      'a company variable',
      ':::example[A]\nThe team at :var[company] rosters nine people.\n:::\n',
      ':var[company]',
    ],
    [
      'a promise variable',
      ':::example[A]\nThey reply within :var[firstResponse].\n:::\n',
      ':var[firstResponse]',
    ],
    [
      'a template slot in braces',
      ':::example[A]\nThe team at `{company}` rosters nine people.\n:::\n',
      '{company}',
    ],
    ['a bracketed slot', ':::example[A]\nThe team at [company] rosters nine people.\n:::\n', '[company]'],
    ['an empty company variable', ':::example[A]\nThe team at :var[] rosters nine people.\n:::\n', ':var[]'],
  ])('finds %s inside a box', (_, markdown, written) => {
    expect(findPlaceholdersInExamples(parse(markdown)).map((p) => p.written)).toEqual([written]);
  });

  test('leaves variables outside example boxes alone, and plain invented names inside them', () => {
    const markdown =
      'At :var[company], the vision is :var[vision].\n\n:::example[A]\nTarnside Water, an invented water company, rosters nine people from 09:00 to 13:00.\n:::\n\n:::note[B]\nAsk :var[company].\n:::\n';
    expect(findPlaceholdersInExamples(parse(markdown))).toEqual([]);
  });
});

describe('the example boxes of the real library', () => {
  let pages: { id: string; file: string; bodyLine: number; tree: Root }[];
  beforeAll(async () => {
    // The validated library, each body parsed again by the same parser the loader uses, so the
    // positions survive and a problem can name its line in the file.
    const library = await sharedLibrary();
    pages = library.modes.map((m) => ({
      id: m.id,
      file: m.file,
      bodyLine: m.bodyLine,
      tree: parseBody(m.body, m.file).tree,
    }));
  });

  test('no example box uses a variable, so a handbook never prints an invented story as the buyer’s own', () => {
    const problems = pages.flatMap(({ file, bodyLine, tree }) =>
      findPlaceholdersInExamples(tree).map(
        (p) =>
          `${file}:${(p.line ?? 1) + bodyLine - 1} puts ${p.written} in an example box; name the invented company instead`,
      ),
    );
    expect(problems).toEqual([]);
  });

  test('every page has an example box', () => {
    expect(pages.filter((p) => findExampleBoxes(p.tree).length === 0).map((p) => p.file)).toEqual([]);
  });

  test('each example box names the one invented company that docs/editorial.md lists for its page', () => {
    const companies = readInventedCompanies();
    expect(companies.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { id, file, tree } of pages) {
      const text = findExampleBoxes(tree)
        .map((box) => toString(box))
        .join('\n');
      const named = companies.filter((c) => text.includes(c.company));
      const listed = companies.filter((c) => c.page === id).map((c) => c.company);
      if (named.length !== 1 || named[0]!.page !== id) {
        problems.push(
          `${file}: its example names ${named.map((c) => c.company).join(', ') || 'no listed company'}; docs/editorial.md lists ${listed.join(', ') || 'none'} for it`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  test('no invented company is listed twice, and every listed one belongs to a page', () => {
    const companies = readInventedCompanies();
    const ids = new Set(pages.map((p) => p.id));
    expect(companies.filter((c, i) => companies.findIndex((d) => d.company === c.company) !== i)).toEqual([]);
    expect(companies.filter((c, i) => companies.findIndex((d) => d.page === c.page) !== i)).toEqual([]);
    expect(companies.filter((c) => !ids.has(c.page))).toEqual([]);
  });
});
