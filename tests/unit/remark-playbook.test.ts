import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderBodyTree } from '../../src/markdown/pipeline.ts';
import type { PlaybookOptions } from '../../src/markdown/remark-playbook.ts';
import { documentToHtml } from '../../src/render/html.ts';
import { documentToMarkdown } from '../../src/render/markdown.ts';
import { expectFixture } from '../support/fixture.ts';

// One folder per case: input.md, optional options.json, and the expected output.html / output.md.
// Run with UPDATE=1 to rewrite expectations, then review the diff.
const root = 'tests/fixtures/remark-playbook';
const cases = readdirSync(root).sort();

async function render(input: string, options: PlaybookOptions, target: 'html' | 'markdown') {
  const tree = await renderBodyTree(input, 'input.md', { ...options, target });
  return target === 'html' ? documentToHtml(tree) + '\n' : documentToMarkdown(tree);
}

describe('remarkPlaybook renders the body constructs', () => {
  test.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const input = readFileSync(join(dir, 'input.md'), 'utf8');
    const optionsFile = join(dir, 'options.json');
    const options = existsSync(optionsFile)
      ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as PlaybookOptions)
      : {};
    for (const [target, file] of [
      ['html', 'output.html'],
      ['markdown', 'output.md'],
    ] as const) {
      expectFixture(await render(input, options, target), join(dir, file));
    }
  });

  test('an unknown variable fails with its line and the list of known names', async () => {
    await expect(renderBodyTree('\n\nHello :var[compny].', 'page.mdx', {})).rejects.toThrow(
      /Unknown variable ":var\[compny\]"\. Use one of: company, vision, firstResponse, callback, refundLimit/,
    );
  });

  test('an unknown directive fails instead of disappearing', async () => {
    await expect(renderBodyTree(':::warning\nCareful\n:::', 'page.mdx', {})).rejects.toThrow(
      /Unknown directive ":::warning"/,
    );
  });
});
