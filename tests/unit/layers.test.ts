/**
 * Imports only point down the pipeline's floors, so the folder names tell the architecture and no
 * layer grows a back door into one above it (in the manner of Starlight's import-rule tests):
 *
 *   i18n, schemas, markdown                 the bottom: words, shapes, the shared Markdown plugin
 *   core                                    pure logic by domain
 *   document                                the layouts: one tree per document
 *   render                                  trees serialised (only outputs.ts calls a layout)
 *   cli, site, pages, layouts, content.config   the clients
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';

/** For each floor, the floors it may not import from. */
const FORBIDDEN: Record<string, readonly string[]> = {
  i18n: ['schemas', 'markdown', 'core', 'document', 'render', 'cli', 'site', 'pages', 'layouts'],
  schemas: ['markdown', 'core', 'document', 'render', 'cli', 'site', 'pages', 'layouts'],
  markdown: ['core', 'document', 'render', 'cli', 'site', 'pages', 'layouts'],
  core: ['document', 'render', 'cli', 'site', 'pages', 'layouts'],
  document: ['render', 'cli', 'site', 'pages', 'layouts'],
  render: ['cli', 'site', 'pages', 'layouts'],
  cli: ['site', 'pages', 'layouts'],
  site: ['cli'],
};

/**
 * Files that sit lower than their folder, each with the reason: the tree's node types are the
 * bottom of the document floor, so the Markdown plugin may build the nodes it writes.
 */
const BOTTOM_FILES: Record<string, string> = {
  'src/document/nodes.ts': 'the document tree node types and constructors, used by the Markdown plugin',
};

/** The one file of src/render/ that may call layouts: the table of outputs lays each run out once. */
const RENDER_MAY_LAY_OUT = new Set(['src/render/outputs.ts']);

const floorOf = (file: string) => file.split('/')[1]!;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g),
  ];
  return specifiers.map((m) => normalize(join(dirname(file), m[1]!.split('?')[0]!)));
}

const FILES = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|mjs|astro)$/.test(f));

describe('imports point down', () => {
  test('no file imports from a floor above its own', () => {
    const upward = FILES.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('src/') && !BOTTOM_FILES[target])
        .filter((target) => FORBIDDEN[floorOf(file)]?.includes(floorOf(target)))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  test('renderers receive a tree: only the table of outputs calls a layout', () => {
    const callsLayout = FILES.filter((f) => floorOf(f) === 'render' && !RENDER_MAY_LAY_OUT.has(f)).flatMap(
      (file) =>
        importsOf(file)
          .filter((target) => floorOf(target) === 'document' && !BOTTOM_FILES[target])
          // Types say what a tree is, they lay nothing out.
          .filter((target) => !typeOnly(file, target))
          .map((target) => `${file} -> ${target}`),
    );
    expect(callsLayout).toEqual([]);
  });

  test('the rule itself catches an upward import', () => {
    expect(FORBIDDEN.schemas).toContain('core');
    expect(FORBIDDEN[floorOf('src/markdown/remark-playbook.ts')]).toContain(
      floorOf('src/core/library/library.ts'),
    );
  });
});

/** True when every import of `target` in `file` is `import type`. */
function typeOnly(file: string, target: string): boolean {
  const text = readFileSync(file, 'utf8');
  const lines = text
    .split('\n')
    .filter((line) => line.includes(target.split('/').pop()!) && /\bimport\b/.test(line));
  return lines.length > 0 && lines.every((line) => /^import type\b/.test(line.trim()));
}
