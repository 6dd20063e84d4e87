/**
 * The hardening issue's cases, one table per numbered item, each running the CLI as a user would
 * (in-process through runCli; the cases that could delete folders spawn a temporary copy of the
 * project instead, so a broken guard could only ever delete the copy).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MARKER_FILE } from '../../src/cli/handbook-marker.ts';
import { runCli } from '../../src/cli/run.ts';
import { CONTENT, VALID, generatorProjects } from '../support/generator-project.ts';

const { work, project, cli } = generatorProjects('playbook-hardening-');
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Internal error/);

describe('1. the output folder never replaces, contains or sits inside what the user owns', () => {
  // A copy of the project, so that a guard that failed could only delete the copy.
  let copy: string;
  beforeAll(() => {
    copy = join(work, 'project-copy');
    for (const entry of ['bin', 'src', 'package.json', 'tsconfig.json'])
      cpSync(entry, join(copy, entry), { recursive: true });
    // The fixture library stands in for the playbook's: every run below loads it, and four pages
    // load in a fraction of the time the playbook's twenty-four take.
    cpSync(CONTENT, join(copy, 'content'), { recursive: true });
    symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
    writeFileSync(join(copy, 'company.yaml'), VALID.replace('  logo: logo.svg\n', ''));
    symlinkSync(join(copy, 'content'), join(copy, 'link-to-content'));
    // The copy's own CLI bundle, as `npm ci` makes one, so each run below starts in a fraction of
    // the time the TypeScript fallback takes; bundled from the copy, never copied, so it is fresh.
    const bundled = spawnSync(process.execPath, [resolve('scripts/build-cli.mjs')], {
      cwd: copy,
      encoding: 'utf8',
    });
    expect(bundled.status, bundled.stderr).toBe(0);
  });
  const spawnCopy = (...argv: string[]) =>
    spawnSync(process.execPath, [join(copy, 'bin', 'playbook.mjs'), ...argv], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, HOME: tmpdir(), PLAYBOOK_CONTENT_DIR: '' },
      timeout: 60_000,
    });

  test.each([
    ['the library, even with --force', 'content', /is the playbook library/],
    ['the source, even with --force', 'src', /inside the playbook's own src\/ folder/],
    ['a folder inside the source', 'src/handbook', /inside the playbook's own src\/ folder/],
    ['the project itself', '.', /is the current folder/],
    ['a parent of the project', '..', /contains the current folder/],
    ['a link to the library', 'link-to-content', /is the playbook library/],
    ['the file system root', '/', /root of the file system/],
  ])('refuses --out %s', (_name, out, message) => {
    const before = readdirSync(join(copy, 'content', 'failure-modes')).length;
    const run = spawnCopy(
      'generate',
      '--config',
      'company.yaml',
      '--out',
      out,
      '--force',
      '--format',
      'html',
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(message);
    noStack(run.stderr);
    expect(readdirSync(join(copy, 'content', 'failure-modes'))).toHaveLength(before);
    expect(existsSync(join(copy, 'src', 'cli', 'main.ts'))).toBe(true);
  });

  test('output.dir in a config must stay inside the current folder', async () => {
    const dir = project(VALID.replace('  dir: out', '  dir: ../../elsewhere'));
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /config\.yaml:21:\d+ +output\.dir: output\.dir must be a folder inside the current folder/,
    );
  });
});

describe('9. replacing a folder removes only what the generator wrote', () => {
  test('a file the user added to a generated folder stops the run, named, and survives', async () => {
    const dir = project();
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '-q')).code).toBe(0);
    writeFileSync(join(dir, 'out', 'my-notes.docx'), 'mine');
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '-q');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'holds a file that is yours, not the generator’s: my-notes.docx (not written by the generator)',
    );
    expect(readFileSync(join(dir, 'out', 'my-notes.docx'), 'utf8')).toBe('mine');
  });

  test('the marker lists every file the run wrote', async () => {
    const dir = project();
    await cli(dir, 'generate', '-c', 'config.yaml', '-q', '--format', 'html,md,handouts');
    const listed = readFileSync(join(dir, 'out', MARKER_FILE), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    const files = [
      'handbook.html',
      'handbook.md',
      'handouts/01-beta-mode.html',
      'handouts/02-alpha-mode.html',
    ];
    expect(listed).toEqual(
      files.map(
        (f) =>
          `${createHash('sha256')
            .update(readFileSync(join(dir, 'out', f)))
            .digest('hex')}  ${f}`,
      ),
    );
  });
});

describe('4. the previous output stays whole until the new one is complete', () => {
  test('a run that cannot make the PDF it was asked for leaves the previous handbook untouched', async () => {
    const dir = project();
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '-q')).code).toBe(0);
    const before = readFileSync(join(dir, 'out', 'handbook.html'));
    const { code, stderr } = await cli(
      dir,
      'generate',
      '-c',
      'config.yaml',
      '--format',
      'html,pdf',
      '--date',
      '2030-01-01',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /Nothing was written, and out is as it was, because a format you asked for could not be made/,
    );
    expect(readFileSync(join(dir, 'out', 'handbook.html')).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  test('a later run removes a staging folder left by a killed run, and puts back a folder caught mid-swap', async () => {
    const dir = project();
    for (const stale of ['.out.tmp-999999', '.out.old-999998']) {
      mkdirSync(join(dir, stale));
      writeFileSync(
        join(dir, stale, MARKER_FILE),
        `# Written by \`playbook generate\`.\n${sha256(stale)}  handbook.html\n`,
      );
      writeFileSync(join(dir, stale, 'handbook.html'), stale);
    }
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '-q');
    expect(code, stderr).toBe(0);
    expect(readdirSync(dir).filter((n) => n.startsWith('.') || n.includes('moved-aside'))).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'handbook.html'), 'utf8')).toContain('Fixture Ltd');
  });
});

describe('3. a logo is a small image file in the config folder, and nothing else', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    [
      'a link to /etc/passwd',
      (d) => (symlinkSync('/etc/passwd', join(d, 'evil.png')), 'evil.png'),
      /is a link to another file/,
    ],
    [
      'a link to /dev/zero',
      (d) => (symlinkSync('/dev/zero', join(d, 'zero.png')), 'zero.png'),
      /is a link to another file/,
    ],
    ['a named pipe', (d) => (spawnSync('mkfifo', [join(d, 'pipe.png')]), 'pipe.png'), /not a regular file/],
    ['a path outside the config folder', () => '../logo.png', /must be a file in the config's folder/],
    ['an absolute path', () => '/etc/hosts.png', /must be a file in the config's folder/],
    ['a folder named logo.png', (d) => (mkdirSync(join(d, 'logo.png')), 'logo.png'), /is a folder/],
    [
      'a 2 MB file',
      (d) => (
        writeFileSync(
          join(d, 'big.png'),
          Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(2 * 1024 * 1024)]),
        ),
        'big.png'
      ),
      /the logo is 2 MB; a logo may be at most 1 MB/,
    ],
    [
      'a text file named .png',
      (d) => (writeFileSync(join(d, 'text.png'), 'not an image'), 'text.png'),
      /contents are not an image/,
    ],
    [
      'a PNG named .jpg',
      (d) => (writeFileSync(join(d, 'x.jpg'), Buffer.from('89504e470d0a1a0a0000', 'hex')), 'x.jpg'),
      /named like JPEG but holds PNG data/,
    ],
    [
      'an SVG with a script',
      (d) => (
        writeFileSync(
          join(d, 's.svg'),
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        's.svg'
      ),
      /contains a <script> element/,
    ],
    [
      'an SVG that loads a URL',
      (d) => (
        writeFileSync(
          join(d, 'u.svg'),
          '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/x.png"/></svg>',
        ),
        'u.svg'
      ),
      /a link to another file or site/,
    ],
    ['a missing file', () => 'nope.png', /not found; the path is relative to the config file/],
  ];
  test.each(cases)('refuses %s with the line and exit 1', async (_name, make, message) => {
    const dir = project();
    const logo = make(dir);
    writeFileSync(join(dir, 'config.yaml'), VALID.replace('logo: logo.svg', `logo: "${logo}"`));
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml');
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/config\.yaml:17:9 +branding\.logo: /);
    expect(stderr).toMatch(message);
    noStack(stderr);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('6 and 7. user mistakes exit 1 with the file, the line and the fix', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
  ].join('\n');
  const cases: [string, string | Buffer, RegExp][] = [
    [
      'a misspelt key',
      VALID.replace('priorities:', 'prioritis:'),
      /config\.yaml:3:1 +prioritis: unknown field "prioritis" \(did you mean "priorities"\?\)/,
    ],
    [
      'a misspelt nested key',
      VALID.replace('  callback:', '  calback:'),
      /config\.yaml:9:3 +standards\.calback: unknown field "calback" \(did you mean "callback"\?\)/,
    ],
    [
      'a Latin-1 file',
      Buffer.from(VALID.replace('Fixture Ltd', 'Caf\u00e9 Ltd'), 'latin1'),
      /config\.yaml:1 +--config: is not UTF-8 text/,
    ],
    [
      'a UTF-16 file',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]),
      /is saved as UTF-16; save it as UTF-8/,
    ],
    [
      'two YAML documents',
      `${VALID}---\ncompany: Other\n`,
      /config\.yaml:23:1 +a line "---" here starts a second YAML document/,
    ],
    [
      'a YAML alias bomb',
      `${VALID}x:\n${bomb.replace(/^/gm, '  ')}\n`,
      /uses YAML aliases \(\*name\) to repeat values more than 50 times/,
    ],
    [
      'values nested thousands deep',
      VALID.replace('vision: ', `vision: ${'['.repeat(5000)}${']'.repeat(5000)} `),
      /config\.yaml:2:\d+ +values are nested hundreds of levels deep/,
    ],
    [
      'a config over 256 KB',
      `${VALID}# ${'x'.repeat(300 * 1024)}\n`,
      /is 30\d KB; a config may be at most 256 KB/,
    ],
    ['a list instead of fields', '- company\n- vision\n', /expected fields written as "name: value"/],
    [
      'an escape character in the company name',
      VALID.replace('Fixture Ltd', 'Fixture\u001b[31mLtd'),
      /company: contains an invisible control character \(U\+001B\) after "Fixture"/,
    ],
    [
      'a right-to-left override in a standard',
      VALID.replace('45 minutes', '45 \u202Eminutes'),
      /standards\.firstResponse: contains an invisible control character \(U\+202E\)/,
    ],
  ];
  test.each(cases)('%s', async (_name, text, message) => {
    const dir = project();
    writeFileSync(join(dir, 'config.yaml'), text);
    const { code, stderr } = await cli(dir, 'validate', '-c', 'config.yaml');
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(message);
    noStack(stderr);
  });

  test.each([
    ['1.10', '"1.10"'],
    ['0x1F', '"0x1F"'],
    ['012', '"012"'],
  ])('a number-like value %s is kept exactly as written', async (written) => {
    const dir = project(
      VALID.replace('    limit: 60 EUR', `    limit: ${written}`).replace(
        'formats: [html, md]',
        'formats: [md]',
      ),
    );
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '-q')).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'handbook.md'), 'utf8')).toMatch(
      new RegExp(`\\| Desk agent +\\| Refund without asking +\\| ${written} +\\|`),
    );
  });

  test.each([
    [
      '--out below a file',
      (d: string) => (writeFileSync(join(d, 'afile'), ''), ['--out', 'afile/out']),
      /part of this path is a file, not a folder/,
    ],
    [
      '--out where the system refuses writes',
      () => ['--out', '/sys/handbook'],
      /permission|read-only|does not allow/,
    ],
    [
      'CHROMIUM_PATH naming a program that is not a browser',
      () => ['--format', 'pdf'],
      /CHROMIUM_PATH \(\/bin\/true\) +could not be started as a browser \(it stopped at once, exit code 0\); point CHROMIUM_PATH at a Chromium/,
    ],
  ])('%s', async (_name, args, message) => {
    const dir = project();
    let stderr = '';
    const env = { PLAYBOOK_CONTENT_DIR: CONTENT, CHROMIUM_PATH: '/bin/true' };
    const code = await runCli(['generate', '-c', 'config.yaml', ...args(dir)], {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      cwd: dir,
      env,
    });
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(message);
    noStack(stderr);
  });
});

describe('8. locale and scripts', () => {
  test('a German locale keeps English dates and picks A4', async () => {
    const dir = project(
      VALID.replace('locale: en-GB', 'locale: de-DE').replace('formats: [html, md]', 'formats: [md]'),
    );
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml');
    expect(code).toBe(0);
    expect(stderr).toContain('(A4, dated 2025-03-01)');
    expect(readFileSync(join(dir, 'out', 'handbook.md'), 'utf8')).toContain('1 March 2025');
  });

  test('characters no installed font can print are named before printing', async () => {
    const dir = project(VALID.replace('Fixture Ltd', 'Fixture \u{10FFFD} Ltd'));
    // No browser is started: the check runs before printing, and the test's CHROMIUM_PATH names nothing.
    const { stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html,pdf');
    expect(stderr).toMatch(
      /warning: no font on this machine has \u{10FFFD} \(U\+10FFFD\), so the PDF shows an empty box for it/u,
    );
  });
});
