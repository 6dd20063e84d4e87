/**
 * A handbook speaks of the company's people by their own titles: the config maps the library's
 * roles to them, and every play's owner in the handbook and its handouts takes the company's title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import type { Library } from '../../src/core/library/library.ts';
import { OUTPUTS, layOut } from '../../src/render/outputs.ts';
import { sharedLibrary } from '../support/library.ts';

const FIXTURES = 'tests/fixtures/generator';
const CONFIG_FILE = join(FIXTURES, 'configs', 'valid.yaml');
const VALID = readFileSync(CONFIG_FILE, 'utf8');
const WITH_TITLES = `${VALID}roles:\n  team-leader: Shift supervisor\n  manager: Store manager\n`;

let library: Library;
beforeAll(async () => {
  library = await sharedLibrary(join(FIXTURES, 'content'));
});

async function files(text: string) {
  const { config, problems } = checkHandbookConfig({ path: CONFIG_FILE, text }, library);
  expect(problems).toEqual([]);
  const run = { handbook: await buildHandbook(library, config!), config: config! };
  const trees = layOut(run);
  const made = await Promise.all(
    (['html', 'md', 'handouts'] as const).map((f) => OUTPUTS[f].render(run, trees)),
  );
  return Object.fromEntries(made.flat().map((file) => [file.path, String(file.content)]));
}

describe('role titles', () => {
  test('the library names play owners by their neutral titles', async () => {
    const made = await files(VALID);
    expect(made['handbook.md']).toMatch(/\*\*Owner:\*\* Team leader/);
    expect(made['handbook.md']).toMatch(/\*\*Owner:\*\* Manager/);
  });

  test('the company’s titles replace them in the handbook and every handout, and no neutral title is left', async () => {
    const made = await files(WITH_TITLES);
    for (const [path, content] of Object.entries(made)) {
      expect(content, path).toContain('Shift supervisor');
      expect(content, path).not.toMatch(/Team leader|\bManager\b/);
    }
    // The company's own words stay isolated from the English around them.
    expect(made['handbook.html']).toContain('<bdi>Shift supervisor</bdi>');
  });

  test('a title for a role the library does not have is refused at its line, with a suggestion', () => {
    const { problems } = checkHandbookConfig(
      { path: CONFIG_FILE, text: `${VALID}roles:\n  team-lead: Shift supervisor\n` },
      library,
    );
    expect(formatProblems(problems)).toMatch(
      /valid\.yaml:\d+:\d+ +roles\.team-lead: unknown role "team-lead" \(did you mean "team-leader"\?\); the roles are team-leader, manager/,
    );
  });
});
