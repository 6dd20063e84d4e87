/**
 * The package installs like a tool: `npm pack` gives the bundled CLI, the library, the examples and
 * the docs (no tests, benchmarks or site sources); installed globally from the tarball into a
 * temporary prefix, with or without install scripts, `playbook` works from an empty folder outside
 * the checkout, from its own copy of the library. Uses npm's cache as `npm ci` left it
 * (--prefer-offline): playwright-core is the one dependency to fetch.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(join(tmpdir(), 'package-install-'));
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
let tarball = '';
let packed: string[] = [];

/** npm's environment without the checkout's own settings, so nothing points back at the checkout. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(npm_|PLAYBOOK_|INIT_CWD$|VITEST|NODE_OPTIONS$)/i.test(key)) delete env[key];
  return { ...env, NO_COLOR: '1' };
}

beforeAll(async () => {
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', work], { env: cleanEnv() });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  packed = info!.files.map((f) => f.path);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bytes on disk under a folder. */
function sizeOf(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Installs the tarball globally into a fresh prefix; returns the prefix and what npm printed. */
async function installInto(name: string, extra: string[] = []) {
  const prefix = join(work, name);
  const { stdout, stderr } = await run(
    npm,
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      ...extra,
      tarball,
    ],
    { env: cleanEnv() },
  );
  return { prefix, printed: `${stdout}${stderr}` };
}

/** Runs the installed `playbook` in `cwd`. */
async function playbook(prefix: string, cwd: string, args: string[]) {
  const bin = process.platform === 'win32' ? join(prefix, 'playbook.cmd') : join(prefix, 'bin', 'playbook');
  return run(bin, args, { cwd, env: cleanEnv() });
}

describe('the npm package', () => {
  test('holds the bundled command, the library, the examples and the docs, and nothing of the site or the tests', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        'bin/playbook.mjs',
        'build/cli/playbook.mjs',
        'content/sources.yaml',
        'content/roles.yaml',
        'examples/retailer.yaml',
        'docs/generator.md',
        'README.md',
        'package.json',
      ]),
    );
    expect(packed.filter((p) => p.startsWith('content/failure-modes/')).length).toBeGreaterThan(20);
    expect(packed.filter((p) => /^(src|tests|bench|scripts|public|dist|out)\//.test(p))).toEqual([]);
  });

  test('installs globally without install scripts, under 30 MB, and works from an empty folder outside the checkout', async () => {
    const { prefix, printed } = await installInto('global');
    expect(printed).not.toMatch(/install-scripts|EBADENGINE/);
    const installed = join(
      prefix,
      process.platform === 'win32' ? '' : 'lib',
      'node_modules',
      'service-playbook',
    );
    const dependencies = readdirSync(join(installed, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(dependencies).toEqual(['playwright-core']);
    expect(sizeOf(prefix)).toBeLessThan(30 * 1024 * 1024);

    const folder = join(work, 'team');
    mkdirSync(folder);
    expect((await playbook(prefix, folder, ['--version'])).stdout).toBe(`playbook ${version}\n`);
    await playbook(prefix, folder, ['init']);
    expect(readFileSync(join(folder, 'handbook.yaml'), 'utf8')).toContain('company: Example Ltd');
    await playbook(prefix, folder, ['validate', '--config', 'handbook.yaml']);
    await playbook(prefix, folder, [
      'generate',
      '--config',
      'handbook.yaml',
      '--format',
      'html,md',
      '--quiet',
    ]);
    const html = readFileSync(join(folder, 'handbook', 'handbook.html'), 'utf8');
    expect(html).toContain('Example Ltd');
    expect(existsSync(join(folder, 'handbook', 'handbook.md'))).toBe(true);
    const { stdout: list } = await playbook(prefix, folder, ['list']);
    expect(list).toContain('no-service-vision');
  }, 120_000);

  test('works the same when installed with install scripts turned off', async () => {
    const { prefix } = await installInto('no-scripts', ['--ignore-scripts']);
    const folder = join(work, 'no-scripts-team');
    mkdirSync(folder);
    await playbook(prefix, folder, ['init', 'ours.yaml']);
    await playbook(prefix, folder, ['generate', '--config', 'ours.yaml', '--format', 'md', '--quiet']);
    expect(readFileSync(join(folder, 'handbook', 'handbook.md'), 'utf8')).toContain('Example Ltd');
  }, 120_000);
});
