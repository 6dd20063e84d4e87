import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, cpSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCliCaptured } from '../support/cli.ts';
import { rmSync } from 'node:fs';
import { MARKER_FILE, resolveInside } from '../../src/cli/output-dir.ts';
import type { Io } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/run.ts';
import { UserError } from '../../src/core/problems.ts';

const FIXTURES = resolve('tests/fixtures/generator');
const CONTENT = join(FIXTURES, 'content');
const work = mkdtempSync(join(tmpdir(), 'playbook-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The fixture config and its logo, copied so each test can edit its own.
let counter = 0;
function project(): string {
  const dir = join(work, `p${++counter}`);
  mkdirSync(dir);
  cpSync(join(FIXTURES, 'configs', 'valid.yaml'), join(dir, 'config.yaml'));
  cpSync(join(FIXTURES, 'configs', 'logo.svg'), join(dir, 'logo.svg'));
  return dir;
}

const cli = (cwd: string, ...argv: string[]) => runCliCaptured(CONTENT, cwd, argv);

describe('playbook generate', () => {
  test('writes the handbook, marks the folder, and reports each step', async () => {
    const dir = project();
    const { code, stderr } = await cli(dir, 'generate', '--config', 'config.yaml');
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([MARKER_FILE, 'handbook.html', 'handbook.md']);
    expect(stderr.trim().split('\n')).toEqual([
      'Loaded the playbook: 4 failure modes',
      'Checked config.yaml: 2 chapters',
      'Built the handbook model (A4, dated 2025-03-01)',
      'Wrote handbook.html',
      'Wrote handbook.md',
      'Done: 2 files in out',
    ]);
  });

  test('is deterministic: two runs give byte-identical HTML and Markdown', async () => {
    const dir = project();
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '--out', 'a', '--format', 'html,md,handouts', '-q')).code).toBe(0);
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '--out', 'b', '--format', 'html,md,handouts', '-q')).code).toBe(0);
    const files = ['handbook.html', 'handbook.md', 'handouts/01-beta-mode.html', 'handouts/02-alpha-mode.html'];
    for (const file of files) expect(readFileSync(join(dir, 'b', file)).equals(readFileSync(join(dir, 'a', file))), file).toBe(true);
  });

  test('--date replaces the cover date and nothing else changes', async () => {
    const dir = project();
    await cli(dir, 'generate', '-c', 'config.yaml', '--out', 'a', '-q');
    await cli(dir, 'generate', '-c', 'config.yaml', '--out', 'b', '-q', '--date', '2026-07-04');
    const a = readFileSync(join(dir, 'a', 'handbook.html'), 'utf8');
    const b = readFileSync(join(dir, 'b', 'handbook.html'), 'utf8');
    expect(b).toContain('<time datetime="2026-07-04">4 July 2026</time>');
    expect(b.replace('<time datetime="2026-07-04">4 July 2026</time>', '<time datetime="2025-03-01">1 March 2025</time>')).toBe(a);
  });

  test('--json prints a machine-readable summary on stdout', async () => {
    const dir = project();
    const { code, stdout, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--json', '--quiet');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ ok: true, outDir: 'out', formats: ['html', 'md'], chapters: ['beta-mode', 'alpha-mode'], skipped: [], exitCode: 0 });
    expect(summary.files.map((f: { path: string }) => f.path)).toEqual(['handbook.html', 'handbook.md']);
  });

  test('writes nothing when the config is invalid, and lists every problem without a stack trace', async () => {
    const dir = project();
    cpSync(join(FIXTURES, 'configs', 'several-problems.yaml'), join(dir, 'config.yaml'));
    const { code, stderr } = await cli(dir, 'generate', '--config', 'config.yaml', '--out', 'out');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^config\.yaml has 5 problems; nothing was written:\n/m);
    expect(stderr).toMatch(/config\.yaml:11:9  branding\.logo: logo file "missing-logo\.png" \(looked for .*\) not found; the path is relative to the config file/);
    expect(stderr).toContain('config.yaml:5:5  priorities.1: unknown failure mode "beta-mod" (did you mean "beta-mode"?)');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['config.yaml', 'logo.svg']);
  });

  test('refuses to overwrite a non-empty folder it did not create, and leaves it untouched', async () => {
    const dir = project();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'notes.txt'), 'mine');
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml');
    expect(code).toBe(1);
    expect(stderr).toMatch(/out  --out: holds a file that is yours, not the generator’s: notes\.txt \(not written by the generator\)\. Move it out, .*--force to move it aside/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['notes.txt']);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  test('--force writes over a folder it did not create, moving each file it did not write aside, named', async () => {
    const dir = project();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'notes.txt'), 'mine');
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--force');
    expect(code).toBe(0);
    const aside = readdirSync(dir).find((n) => /^out-moved-aside-\d{4}-\d\d-\d\d-\d{6}$/.test(n))!;
    expect(stderr).toContain(`note: out held a file that is yours, not the generator’s: notes.txt (not written by the generator); it was moved into ${aside}, nothing was deleted`);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([MARKER_FILE, 'handbook.html', 'handbook.md']);
    expect(readFileSync(join(dir, aside, 'notes.txt'), 'utf8')).toBe('mine');
  });

  test('replaces its own earlier output without --force, dropping files the new run does not make', async () => {
    const dir = project();
    await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html,md,handouts', '-q');
    expect(existsSync(join(dir, 'out', 'handouts'))).toBe(true);
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html', '-q')).code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([MARKER_FILE, 'handbook.html']);
  });

  test.each([
    ['the current folder', '.'],
    ['a parent of the current folder', '..'],
  ])('refuses an output folder that is %s, even with --force', async (_, out) => {
    const dir = project();
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--out', out, '--force');
    expect(code).toBe(1);
    expect(stderr).toMatch(/--out: (is|contains) the current folder/);
    expect(readdirSync(dir).sort()).toEqual(['config.yaml', 'logo.svg']);
  });

  test('refuses an output folder that holds the config, even with --force', async () => {
    const dir = project();
    mkdirSync(join(dir, 'run'));
    const { code, stderr } = await cli(join(dir, 'run'), 'generate', '-c', '../config.yaml', '--out', '..', '--force');
    expect(code).toBe(1);
    expect(stderr).toMatch(/--out: contains the current folder/);
    const other = join(work, `cfg${counter}`);
    mkdirSync(other);
    cpSync(join(dir, 'config.yaml'), join(other, 'config.yaml'));
    cpSync(join(dir, 'logo.svg'), join(other, 'logo.svg'));
    const second = await cli(join(dir, 'run'), 'generate', '-c', join(other, 'config.yaml'), '--out', other, '--force');
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/--out: is the config's folder/);
    expect(readdirSync(other).sort()).toEqual(['config.yaml', 'logo.svg']);
  });

  test('output paths cannot escape the output folder', () => {
    const root = join(work, 'root');
    expect(resolveInside(root, 'handouts/01-a.html')).toBe(join(root, 'handouts', '01-a.html'));
    for (const path of ['../outside.html', 'handouts/../../outside.html', '/etc/passwd', '']) {
      expect(() => resolveInside(root, path), path).toThrow(UserError);
    }
  });

  test.each([
    [['--format', 'html,pfd'], /--format: unknown format "pfd" \(did you mean "pdf"\?\)/],
    [['--date', '1/3/2025'], /--date: expected a date written as YYYY-MM-DD, got "1\/3\/2025"/],
    [['--paper', 'A3'], /--paper: expected A4 or Letter, got "A3"/],
    [['--frce'], /--frce is not an option of `playbook generate` \(did you mean --force\?\); its options are --config, --out/],
    [['--out'], /--out needs a value \(DIR\), e.g\. --out handbook/],
    [['--force=yes'], /--force is a switch and takes no value/],
  ])('rejects %j with one clear message and a pointer to --help', async (args, message) => {
    const dir = project();
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', ...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Run `playbook generate --help` for usage.');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('names the missing config file and how to create one', async () => {
    const { code, stderr } = await cli(project(), 'generate', '-c', 'nope.yaml');
    expect(code).toBe(1);
    expect(stderr).toContain('nope.yaml  --config: file not found; check the path, or create a starter with `playbook init nope.yaml`');
  });
});

describe('playbook validate, list, init and help', () => {
  test('validate reports a valid config and its chapters', async () => {
    const { code, stderr } = await cli(project(), 'validate', '--config', 'config.yaml');
    expect(code).toBe(0);
    expect(stderr).toContain('config.yaml is valid: 2 chapters (beta-mode, alpha-mode).');
  });

  test('validate without --config says what is missing', async () => {
    const { code, stderr } = await cli(project(), 'validate');
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing --config FILE/);
  });

  test('list shows every id with its title, grouped by category', async () => {
    const { code, stdout } = await cli(project(), 'list');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Vision and leadership\n {2}alpha-mode +Alpha mode\n/);
    expect(stdout.match(/^ {2}[a-z-]+ {2,}/gm)).toHaveLength(4);
  });

  test('init writes a starter that validates against the real playbook, and will not overwrite it', async () => {
    const dir = project();
    const io = (env: NodeJS.ProcessEnv) => ({ stdout: () => {}, stderr: () => {}, cwd: dir, env });
    expect(await runCli(['init', 'starter.yaml'], io({}))).toBe(0);
    const before = readFileSync(join(dir, 'starter.yaml'), 'utf8');
    expect(before).toMatch(/^date: \d{4}-\d{2}-\d{2}$/m);
    let stderr = '';
    expect(await runCli(['validate', '-c', 'starter.yaml'], { ...io({}), stderr: (t) => void (stderr += t) })).toBe(0);
    expect(stderr).toContain('starter.yaml is valid: 3 chapters');
    const again = await cli(dir, 'init', 'starter.yaml');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/starter\.yaml already exists; init never overwrites a file/);
    expect(readFileSync(join(dir, 'starter.yaml'), 'utf8')).toBe(before);
  });

  test('init refuses a dangling link and a path below a file, and writes nothing through them', async () => {
    const dir = project();
    symlinkSync(join(dir, 'elsewhere', 'x.yaml'), join(dir, 'dangling.yaml'));
    const dangling = await cli(dir, 'init', 'dangling.yaml');
    expect(dangling.code, dangling.stderr).toBe(1);
    expect(dangling.stderr).toMatch(/dangling\.yaml already exists; init never overwrites a file/);
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    const below = await cli(dir, 'init', 'notes.txt/starter.yaml');
    expect(below.code, below.stderr).toBe(1);
    expect(below.stderr).toMatch(/part of this path is a file, not a folder/);
    expect(below.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  test.each([
    ['a file that is not a PDF', (dir: string) => writeFileSync(join(dir, 'out.pdf'), 'company: Mine\n'), /out\.pdf was not made by `playbook print`; --force replaces only a PDF/],
    ['a link', (dir: string) => { writeFileSync(join(dir, 'real.pdf'), '%PDF-1.7 mine'); symlinkSync('real.pdf', join(dir, 'out.pdf')); }, /out\.pdf is a link; --force never writes through a link/],
  ])('print --force refuses %s before any work, and keeps it', async (_name, make, message) => {
    const dir = project();
    make(dir);
    const before = readFileSync(join(dir, 'out.pdf'));
    const { code, stderr } = await cli(dir, 'print', '--out', 'out.pdf', '--force');
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(message);
    expect(readFileSync(join(dir, 'out.pdf')).equals(before)).toBe(true);
  });

  test.each(['list', 'init', 'validate', 'generate'])('%s --help lists its options', async (name) => {
    const { code, stdout } = await cli(project(), name, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: playbook ${name}`, 'm'));
    expect(stdout).toContain('-h, --help');
  });

  test.each(['--version', '-v'])('%s prints the version from package.json', async (flag) => {
    const { code, stdout } = await cli(project(), flag);
    expect(code).toBe(0);
    expect(stdout).toBe(`playbook ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });

  test('an unknown command suggests the closest one', async () => {
    const { code, stderr } = await cli(project(), 'generat');
    expect(code).toBe(1);
    expect(stderr).toMatch(/unknown command "generat" \(did you mean "generate"\?\)/);
  });

  test('an internal error exits 2 with its stack', async () => {
    const dir = project();
    const io: Io = {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      cwd: dir,
      env: { PLAYBOOK_CONTENT_DIR: CONTENT },
    };
    let stderr = '';
    // A config path that is a folder the loader cannot read as a library is a user error; a broken
    // stdout is not, so simulate one.
    const code = await runCli(['list'], { ...io, stdout: () => { throw new TypeError('stdout exploded'); } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Internal error[\s\S]*TypeError: stdout exploded\n\s+at /);
  });
});
