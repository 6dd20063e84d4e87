/**
 * "Nothing a user owns is ever deleted, even with --force": each case is a way an attacker (or an
 * unlucky user) made two names for one folder, slipped a file in, forged the marker or filled a
 * folder, run through the CLI in-process inside a temporary folder. Every case checks that the
 * user's files are still there, byte for byte, wherever the run put them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { StagedOutput } from '../../src/cli/output-dir.ts';
import { MARKER_FILE } from '../../src/cli/handbook-marker.ts';
import { checkOutputLocation } from '../../src/cli/output-guard.ts';
import { words } from '../../src/i18n/index.ts';

const PLAYBOOK_LABELS = words().playbook;
import { finishPdf, readOwnPdfSubject } from '../../src/render/pdf/finish.ts';
import { CONTENT, LOGO, VALID, generatorProjects } from '../support/generator-project.ts';

const {
  work,
  project,
  cli: run,
} = generatorProjects('playbook-kept-', { HOME: join(tmpdir(), 'playbook-kept-home') });
/** The CLI in-process; whatever happens, never a stack trace. */
async function cli(cwd: string, ...argv: string[]) {
  const result = await run(cwd, ...argv);
  expect(result.stderr).not.toMatch(/\n\s+at |Internal error/);
  return result;
}
let counter = 0;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
/** The one dated folder a run moved things into, beside `name` in `dir`. */
const movedAside = (dir: string, name = 'out') => {
  const found = readdirSync(dir).filter((n) => n.startsWith(`${name}-moved-aside-`));
  expect(found).toHaveLength(1);
  return join(dir, found[0]!);
};

describe('two names for one folder never get past the guard', () => {
  const cases: [string, (dir: string) => string[], RegExp, string[]][] = [
    [
      'the config reached through a link, --out its real folder',
      (d) => {
        mkdirSync(join(d, 'real'));
        writeFileSync(join(d, 'real', 'config.yaml'), VALID);
        writeFileSync(join(d, 'real', 'logo.svg'), LOGO);
        writeFileSync(join(d, 'real', 'notes.txt'), 'mine');
        symlinkSync(join(d, 'real'), join(d, 'link'));
        return ['-c', 'link/config.yaml', '--out', 'real'];
      },
      /--out: is the config's folder/,
      ['real/config.yaml', 'real/notes.txt'],
    ],
    [
      'the config file itself a link, --out the folder it points into',
      (d) => {
        mkdirSync(join(d, 'real'));
        writeFileSync(join(d, 'real', 'config.yaml'), VALID.replace('  logo: logo.svg\n', ''));
        writeFileSync(join(d, 'real', 'notes.txt'), 'mine');
        symlinkSync(join(d, 'real', 'config.yaml'), join(d, 'company.yaml'));
        return ['-c', 'company.yaml', '--out', 'real'];
      },
      /--out: is the config's folder/,
      ['real/config.yaml', 'real/notes.txt'],
    ],
    [
      "--out the folder that holds the run's own logo",
      (d) => {
        mkdirSync(join(d, 'brand'));
        writeFileSync(join(d, 'brand', 'logo.svg'), LOGO);
        writeFileSync(join(d, 'brand', 'print-ready.pdf'), 'mine');
        writeFileSync(join(d, 'config.yaml'), VALID.replace('logo: logo.svg', 'logo: brand/logo.svg'));
        return ['-c', 'config.yaml', '--out', 'brand'];
      },
      /--out: is the folder of .*logo\.svg/,
      ['brand/logo.svg', 'brand/print-ready.pdf'],
    ],
    [
      'a parent of the logo folder',
      (d) => {
        mkdirSync(join(d, 'assets', 'brand'), { recursive: true });
        writeFileSync(join(d, 'assets', 'brand', 'logo.svg'), LOGO);
        writeFileSync(join(d, 'config.yaml'), VALID.replace('logo: logo.svg', 'logo: assets/brand/logo.svg'));
        return ['-c', 'config.yaml', '--out', 'assets'];
      },
      /--out: contains the folder of .*logo\.svg/,
      ['assets/brand/logo.svg'],
    ],
  ];
  test.each(cases)('%s, even with --force', async (_name, setup, message, kept) => {
    const dir = project();
    const argv = setup(dir);
    const before = kept.map((f) => readFileSync(join(dir, f)));
    const { code, stderr } = await cli(dir, 'generate', ...argv, '--force', '--format', 'html');
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(message);
    kept.forEach((f, i) => expect(readFileSync(join(dir, f)).equals(before[i]!), f).toBe(true));
    expect(readdirSync(dir).filter((n) => n.includes('moved-aside') || n.startsWith('.'))).toEqual([]);
  });

  test('output.dir in a config cannot leave the current folder through a link inside it', async () => {
    const elsewhere = mkdtempSync(join(work, 'elsewhere-'));
    writeFileSync(join(elsewhere, 'payroll.xlsx'), 'mine');
    const dir = project(VALID.replace('  dir: out', '  dir: shared/handbook'));
    symlinkSync(elsewhere, join(dir, 'shared'));
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--force');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /config\.yaml +output\.dir: shared\/handbook leads outside the current folder \(through a link\)/,
    );
    expect(readdirSync(elsewhere)).toEqual(['payroll.xlsx']);
  });

  test.each([
    ['HOME empty', ''],
    ['HOME set to another folder', '/tmp'],
  ])("the account's own home folder stays protected with %s", (_name, home) => {
    const account = userInfo().homedir;
    // A pure check: nothing is written, so the real home folder is never at risk here.
    const refusal = checkOutputLocation(account, {
      cwd: work,
      home,
      configFile: join(work, 'c.yaml'),
      libraryDir: CONTENT,
      projectRoot: resolve('.'),
    });
    expect(refusal).toMatch(/^(is|contains) your home folder/);
  });

  const canBind = spawnSync('unshare', ['-rm', 'true']).status === 0;
  test.skipIf(!canBind)(
    'a bind mount of the library is the library (skipped where mount namespaces are not allowed)',
    () => {
      const dir = project(VALID.replace('  logo: logo.svg\n', ''));
      cpSync(CONTENT, join(dir, 'library'), { recursive: true });
      mkdirSync(join(dir, 'mounted'));
      const bin = resolve('bin/playbook.mjs');
      // In a private mount namespace, so the mount ends with the command whatever happens.
      const script = `mount --bind library mounted && exec "${process.execPath}" "${bin}" generate -c config.yaml --content library --out mounted --force --format html`;
      const run = spawnSync('unshare', ['-rm', 'sh', '-c', script], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PLAYBOOK_CONTENT_DIR: '' },
        timeout: 60_000,
      });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/mounted +--out: is the playbook library/);
      expect(readdirSync(join(dir, 'library', 'failure-modes')).sort()).toEqual(
        readdirSync(join(CONTENT, 'failure-modes')).sort(),
      );
    },
  );
});

describe('what the generator did not write is never deleted: it stops the run, or --force moves it aside', () => {
  /** A handbook folder made by a real run, then changed by `change`. */
  async function generated(change: (out: string) => void) {
    const dir = project();
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html,md,handouts')).code).toBe(0);
    change(join(dir, 'out'));
    return dir;
  }
  /** More entries than the old guard walked (5,000): made by one `touch`, with the first and last holding bytes to compare. */
  const many = (folder: string, n: number) => {
    mkdirSync(folder, { recursive: true });
    const made = spawnSync('sh', ['-c', `seq 0 ${n - 1} | sed 's/.*/photo-&.jpg/' | xargs touch`], {
      cwd: folder,
    });
    expect(made.status).toBe(0);
    for (const i of [0, n - 1]) writeFileSync(join(folder, `photo-${i}.jpg`), `photo ${i}`);
  };
  const cases: [string, (out: string) => void, RegExp, string[]][] = [
    [
      'an edited handbook.md',
      (o) => writeFileSync(join(o, 'handbook.md'), '# Our edits'),
      /handbook\.md \(edited since the generator wrote it\)/,
      ['handbook.md'],
    ],
    [
      'a file added to a handouts folder',
      (o) => writeFileSync(join(o, 'handouts', 'notes.txt'), 'mine'),
      /handouts\/notes\.txt \(not written by the generator\)/,
      ['handouts/notes.txt'],
    ],
    [
      'a forged marker listing the user’s file without a checksum',
      (o) => (
        writeFileSync(join(o, 'budget.xlsx'), 'mine'),
        writeFileSync(join(o, MARKER_FILE), `${readFileSync(join(o, MARKER_FILE), 'utf8')}budget.xlsx\n`)
      ),
      /budget\.xlsx \(written by an older version that kept no checksums\)/,
      ['budget.xlsx'],
    ],
    [
      'a forged marker listing the user’s file with a wrong checksum',
      (o) => (
        writeFileSync(join(o, 'budget.xlsx'), 'mine'),
        writeFileSync(
          join(o, MARKER_FILE),
          `${readFileSync(join(o, MARKER_FILE), 'utf8')}${sha256('other')}  budget.xlsx\n`,
        )
      ),
      /budget\.xlsx \(edited since the generator wrote it\)/,
      ['budget.xlsx'],
    ],
    [
      'a folder of the user’s with 5,001 photos',
      (o) => many(join(o, 'photos'), 5001),
      /holds a file that is yours, not the generator’s: photos\/ \(a folder the generator did not make\)\./,
      ['photos/photo-0.jpg', 'photos/photo-5000.jpg'],
    ],
    [
      '5,001 photos in the handouts folder',
      (o) => many(join(o, 'handouts'), 5001),
      /holds 5,001 files that are yours, not the generator’s: .* and 4,986 more\./,
      ['handouts/photo-0.jpg', 'handouts/photo-5000.jpg'],
    ],
    ['a link the user made', (o) => symlinkSync('/etc/hostname', join(o, 'host')), /host \(a link\)/, []],
  ];

  test.each(cases)(
    '%s stops a run without --force, and nothing changes',
    async (_name, change, message, kept) => {
      const dir = await generated(change);
      const before = kept.map((f) => readFileSync(join(dir, 'out', f)));
      const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html');
      expect(code, stderr).toBe(1);
      expect(stderr).toMatch(message);
      kept.forEach((f, i) => expect(readFileSync(join(dir, 'out', f)).equals(before[i]!), f).toBe(true));
      expect(existsSync(join(dir, 'out', 'handbook.md'))).toBe(true);
    },
  );

  test.each(cases)(
    '%s is moved aside by --force, byte for byte, and named',
    async (_name, change, _message, kept) => {
      const dir = await generated(change);
      const before = kept.map((f) => readFileSync(join(dir, 'out', f)));
      const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html', '--force');
      expect(code, stderr).toBe(0);
      const aside = movedAside(dir);
      expect(stderr).toContain(`nothing was deleted`);
      expect(stderr).toContain(aside.slice(dir.length + 1));
      kept.forEach((f, i) => expect(readFileSync(join(aside, f)).equals(before[i]!), f).toBe(true));
      // The new handbook holds only what this run wrote; the generator's own old files went, the user's did not.
      expect(readdirSync(join(dir, 'out')).sort()).toEqual([MARKER_FILE, 'handbook.html']);
      expect(readdirSync(aside).filter((n) => n === 'handbook.html' || n === MARKER_FILE)).toEqual([]);
    },
  );

  test('a marker that is a named pipe cannot hang the run: the folder is treated as the user’s', async () => {
    const dir = await generated((o) => {
      rmSync(join(o, MARKER_FILE));
      spawnSync('mkfifo', [join(o, MARKER_FILE)]);
    });
    const { code, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html');
    expect(code).toBe(1);
    expect(stderr).toMatch(/holds \d+ files that are yours/);
  });

  test('a marker listing a path outside the folder deletes nothing there', async () => {
    const dir = await generated((o) =>
      writeFileSync(
        join(o, MARKER_FILE),
        `${readFileSync(join(o, MARKER_FILE), 'utf8')}${sha256(VALID)}  ../config.yaml\n`,
      ),
    );
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html')).code).toBe(0);
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe(VALID);
  });

  test('a handbook folder from an older version (no checksums) is refused, then kept whole by --force', async () => {
    const dir = project();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', MARKER_FILE), '# Written by `playbook generate`.\nhandbook.html\n');
    writeFileSync(join(dir, 'out', 'handbook.html'), '<p>edited by hand</p>');
    expect((await cli(dir, 'generate', '-c', 'config.yaml')).stderr).toMatch(
      /handbook\.html \(written by an older version that kept no checksums\)/,
    );
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '--force')).code).toBe(0);
    expect(readFileSync(join(movedAside(dir), 'handbook.html'), 'utf8')).toBe('<p>edited by hand</p>');
  });
});

describe('a file saved into the folder while a run is going is never lost', () => {
  /** Writes a file from a second process, as another program saving into the folder would. */
  const saveFromAnotherProcess = (path: string) => {
    const run = spawnSync(process.execPath, [
      '-e',
      `require('node:fs').writeFileSync(${JSON.stringify(path)}, 'saved meanwhile')`,
    ]);
    expect(run.status).toBe(0);
  };
  async function runHeldAt(moment: 'before-check' | 'before-swap', force: boolean) {
    const dir = project();
    expect((await cli(dir, 'generate', '-c', 'config.yaml', '--format', 'html')).code).toBe(0);
    const out = join(dir, 'out');
    const previous = readFileSync(join(out, 'handbook.html'));
    const staged = await StagedOutput.open(out, {
      force,
      display: 'out',
      hold: async (at) => {
        if (at === moment) saveFromAnotherProcess(join(out, 'minutes.docx'));
      },
    });
    await staged.write('handbook.html', '<p>new</p>');
    return { dir, out, previous, commit: () => staged.commit() };
  }

  test('before the last check: the run stops, nothing is replaced, the file stays', async () => {
    const { out, previous, commit } = await runHeldAt('before-check', false);
    await expect(commit()).rejects.toThrow(
      /out +--out: changed while the handbook was being written: it now holds a file that is yours, not the generator’s: minutes\.docx/,
    );
    expect(readFileSync(join(out, 'minutes.docx'), 'utf8')).toBe('saved meanwhile');
    expect(readFileSync(join(out, 'handbook.html')).equals(previous)).toBe(true);
  });

  test('between the last check and the swap: the file is moved aside, named, not deleted', async () => {
    const { dir, out, commit } = await runHeldAt('before-swap', false);
    const result = await commit();
    expect(result.movedAside).toBe(movedAside(dir));
    expect(readFileSync(join(result.movedAside!, 'minutes.docx'), 'utf8')).toBe('saved meanwhile');
    expect(readFileSync(join(out, 'handbook.html'), 'utf8')).toBe('<p>new</p>');
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('print --force replaces only an earlier print of the playbook', () => {
  const pdfBy = async (creator: string, subject: string) => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setCreator(creator);
    doc.setSubject(subject);
    return doc.save({ useObjectStreams: false });
  };
  const ours = (subject: string) => async () =>
    finishPdf(await pdfBy('x', 'x'), { title: 't', author: 'a', subject, keywords: [], language: 'en' });
  test.each([
    ['a contract from another program', () => pdfBy('Word', 'Contract')],
    ['a PDF that only claims our name as its subject', () => pdfBy('Word', PLAYBOOK_LABELS.subject)],
    ['a handbook PDF made by playbook generate', ours('Service handbook')],
    ['a file that merely starts with %PDF-', async () => Buffer.from('%PDF-1.7\nnot really')],
  ])('refuses %s, before any work, and keeps it', async (_name, make) => {
    const dir = project();
    const bytes = Buffer.from(await make());
    writeFileSync(join(dir, 'contract.pdf'), bytes);
    const { code, stderr } = await cli(dir, 'print', '--out', 'contract.pdf', '--force');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /contract\.pdf was not made by `playbook print`; --force replaces only a PDF this command wrote/,
    );
    expect(readFileSync(join(dir, 'contract.pdf')).equals(bytes)).toBe(true);
  });

  test('recognises a PDF it finished with the playbook’s subject', async () => {
    expect(readOwnPdfSubject(await ours(PLAYBOOK_LABELS.subject)())).toBe(PLAYBOOK_LABELS.subject);
  });
});

describe('a place that cannot hold a handbook is a user mistake, said plainly, exit 1', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    [
      'under a link to a folder that does not exist',
      (d) => (symlinkSync(join(d, 'gone'), join(d, 'dangling')), 'dangling/handbook'),
      /is a link to a folder that does not exist/,
    ],
    [
      'under a loop of links',
      (d) => (
        symlinkSync(join(d, 'loop-b'), join(d, 'loop-a')),
        symlinkSync(join(d, 'loop-a'), join(d, 'loop-b')),
        'loop-a/handbook'
      ),
      /a loop of links/,
    ],
    ['a mount point', () => '/proc', /is a mount point/],
    ['under /proc', () => '/proc/self/handbook', /--out: /],
    ['a file', (d) => (writeFileSync(join(d, 'afile'), ''), 'afile'), /exists and is a file, not a folder/],
  ];
  test.each(cases)('--out %s', async (_name, out, message) => {
    const dir = project();
    const { code, stderr } = await cli(
      dir,
      'generate',
      '-c',
      'config.yaml',
      '--out',
      out(dir),
      '--force',
      '--format',
      'html',
    );
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(message);
  });

  test('a library page that is a named pipe is named, and the run does not hang', async () => {
    const library = join(work, `library-${++counter}`);
    cpSync(CONTENT, library, { recursive: true });
    spawnSync('mkfifo', [join(library, 'failure-modes', 'zeta-mode.mdx')]);
    const dir = project();
    const { code, stderr } = await cli(dir, 'validate', '-c', 'config.yaml', '--content', library);
    expect(code).toBe(1);
    expect(stderr).toMatch(/zeta-mode\.mdx +is not a regular file \(a pipe, device or socket\)/);
  });

  test('--content naming a folder that is not a library says so', async () => {
    const dir = project();
    const { code, stderr } = await cli(dir, 'validate', '-c', 'config.yaml', '--content', '.');
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a playbook library: it has no failure-modes folder/);
  });
});
