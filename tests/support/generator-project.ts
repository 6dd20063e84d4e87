/**
 * A scratch area for CLI tests that write handbooks: each `project()` is a fresh folder holding the
 * generator fixture's config and logo, and `cli()` runs the CLI in-process there against the fixture
 * library, with CHROMIUM_PATH naming nothing, so no unit test starts a browser.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

export const FIXTURES = resolve('tests/fixtures/generator');
export const CONTENT = join(FIXTURES, 'content');
export const VALID = readFileSync(join(FIXTURES, 'configs', 'valid.yaml'), 'utf8');
export const LOGO = readFileSync(join(FIXTURES, 'configs', 'logo.svg'));

/** A temporary area removed after the file's tests, with helpers to fill it. */
export function generatorProjects(prefix: string, env: Record<string, string> = {}) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let counter = 0;
  return {
    work,
    /** A fresh folder holding config.yaml (the valid fixture, or `config`) and its logo. */
    project(config = VALID): string {
      const dir = join(work, `p${++counter}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'config.yaml'), config);
      writeFileSync(join(dir, 'logo.svg'), LOGO);
      return dir;
    },
    /** The CLI in-process from `cwd`, capturing what it prints. */
    async cli(cwd: string, ...argv: string[]) {
      let stdout = '';
      let stderr = '';
      const io = {
        stdout: (t: string) => void (stdout += t),
        stderr: (t: string) => void (stderr += t),
        cwd,
        env: { PLAYBOOK_CONTENT_DIR: CONTENT, CHROMIUM_PATH: join(work, 'no-chromium-here'), ...env },
      };
      const code = await runCli(argv, io);
      return { code, stdout, stderr };
    },
  };
}
