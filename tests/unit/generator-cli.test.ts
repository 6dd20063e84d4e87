import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  mkdirSync,
  cpSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { runCliCaptured } from '../support/cli.ts';
import { rmSync } from 'node:fs';
import { resolveInside } from '../../src/cli/output-dir.ts';
import { MARKER_FILE } from '../../src/cli/handbook-marker.ts';
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
    expect(
      (await cli(dir, 'generate', '-c', 'config.yaml', '--out', 'a', '--format', 'html,md,handouts', '-q'))
        .code,
    ).toBe(0);
    expect(
      (await cli(dir, 'generate', '-c', 'config.yaml', '--out', 'b', '--format', 'html,md,handouts', '-q'))
        .code,
    ).toBe(0);
    const files = [
      'handbook.html',
      'handbook.md',
      'handouts/01-beta-mode.html',
      'handouts/02-alpha-mode.html',
    ];
    for (const file of files)
      expect(readFileSync(join(dir, 'b', file)).equals(readFileSync(join(dir, 'a', file))), file).toBe(true);
  });

  test('--date replaces the cover date and nothing else changes', async () => {
    const dir = project();
    await cli(dir, 'generate', '-c', 'config.yaml', '--out', 'a', '-q');
    await cli(dir, 'generate', '-c', 'config.yaml', '--out', 'b', '-q', '--date', '2026-07-04');
    const a = readFileSync(join(dir, 'a', 'handbook.html'), 'utf8');
    const b = readFileSync(join(dir, 'b', 'handbook.html'), 'utf8');
    expect(b).toContain('<time datetime="2026-07-04">4 July 2026</time>');
    expect(
      b.replace(
        '<time datetime="2026-07-04">4 July 2026</time>',
        '<time datetime="2025-03-01">1 March 2025</time>',
      ),
    ).toBe(a);
  });

  test('--json prints a machine-readable summary on stdout', async () => {
    const dir = project();
    const { code, stdout, stderr } = await cli(dir, 'generate', '-c', 'config.yaml', '--json', '--quiet');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({
      ok: true,
      outDir: 'out',
      formats: ['html', 'md'],
      chapters: ['beta-mode', 'alpha-mode'],
      skipped: [],
      exitCode: 0,
    });
    expect(summary.files.map((f: { path: string }) => f.path)).toEqual(['handbook.html', 'handbook.md']);
  });

  test('writes nothing when the config is invalid, and lists every problem without a stack trace', async () => {
    const dir = project();
    cpSync(join(FIXTURES, 'configs', 'several-problems.yaml'), join(dir, 'config.yaml'));
    const { code, stderr } = await cli(dir, 'generate', '--config', 'config.yaml', '--out', 'out');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^config\.yaml has 5 problems; nothing was written:\n/m);
    expect(stderr).toMatch(
      /config\.yaml:11:9  branding\.logo: logo file "missing-logo\.png" \(looked for .*\) not found; the path is relative to the config file/,
    );
    expect(stderr).toContain(
      'config.yaml:5:5  priorities.1: unknown failure mode "beta-mod" (did you mean "beta-mode"?)',
    );
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
    expect(stderr).toMatch(
      /out  --out: holds a file that is yours, not the generator’s: notes\.txt \(not written by the generator\)\. Move it out, .*--force to move it aside/,
    );
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
    expect(stderr).toContain(
      `note: out held a file that is yours, not the generator’s: notes.txt (not written by the generator); it was moved into ${aside}, nothing was deleted`,
    );
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
    const { code, stderr } = await cli(
      join(dir, 'run'),
      'generate',
      '-c',
      '../config.yaml',
      '--out',
      '..',
      '--force',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/--out: contains the current folder/);
    const other = join(work, `cfg${counter}`);
    mkdirSync(other);
    cpSync(join(dir, 'config.yaml'), join(other, 'config.yaml'));
    cpSync(join(dir, 'logo.svg'), join(other, 'logo.svg'));
    const second = await cli(
      join(dir, 'run'),
      'generate',
      '-c',
      join(other, 'config.yaml'),
      '--out',
      other,
      '--force',
    );
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
    [
      ['--frce'],
      /--frce is not an option of `playbook generate` \(did you mean --force\?\); its options are --config, --out/,
    ],
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
    expect(stderr).toContain(
      'nope.yaml  --config: file not found; check the path, or create a starter with `playbook init nope.yaml`',
    );
  });
});

describe('playbook validate, list, init and help', () => {
  test('validate reports a valid config and its chapters', async () => {
    const { code, stderr } = await cli(project(), 'validate', '--config', 'config.yaml');
    expect(code).toBe(0);
    expect(stderr).toContain('config.yaml is valid: 2 chapters (beta-mode, alpha-mode).');
  });

  test('validate counts one chapter as one chapter', async () => {
    const dir = project();
    const text = readFileSync(join(dir, 'config.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'one.yaml'),
      text.replace(/^priorities:\n(  - .*\n)+/m, 'priorities:\n  - alpha-mode\n'),
    );
    const { code, stderr } = await cli(dir, 'validate', '--config', 'one.yaml');
    expect(code).toBe(0);
    expect(stderr).toContain('one.yaml is valid: 1 chapter (alpha-mode).');
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
    expect(
      await runCli(['validate', '-c', 'starter.yaml'], { ...io({}), stderr: (t) => void (stderr += t) }),
    ).toBe(0);
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
    [
      'a file that is not a PDF',
      (dir: string) => writeFileSync(join(dir, 'out.pdf'), 'company: Mine\n'),
      /out\.pdf was not made by `playbook print`; --force replaces only a PDF/,
    ],
    [
      'a link',
      (dir: string) => {
        writeFileSync(join(dir, 'real.pdf'), '%PDF-1.7 mine');
        symlinkSync('real.pdf', join(dir, 'out.pdf'));
      },
      /out\.pdf is a link; --force never writes through a link/,
    ],
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
    const code = await runCli(['list'], {
      ...io,
      stdout: () => {
        throw new TypeError('stdout exploded');
      },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Internal error[\s\S]*TypeError: stdout exploded\n\s+at /);
  });
});

/**
 * `validate` promises that `generate` will make the handbook: whatever it accepts, generate makes
 * without an internal error, and whatever generate refuses, validate refuses the same way (exit 1,
 * with file, line, field and what to do). Each case is one edit of a config that asks for every
 * text format; the staffing cases use the real library, whose staffing chapters print the numbers.
 */
describe('validate and generate agree on every config', () => {
  const REAL_CONTENT = resolve('content');
  type Config = Record<string, any>;
  const fixtureConfig = (): Config => ({
    company: 'Fixture Ltd',
    vision: 'We fix it the first time.',
    priorities: ['beta-mode', 'alpha-mode'],
    standards: {
      firstResponse: '45 minutes',
      callback: 'the same afternoon',
      refundLimit: '60 EUR',
      others: [{ name: 'Complaint acknowledged', value: 'within 4 hours' }],
    },
    empowerment: [{ role: 'Desk agent', decision: 'Refund without asking', limit: '60 EUR' }],
    date: '2025-03-01',
    training: { start: '2025-03-03', cadence: 'weekly' },
    output: { dir: 'out', formats: ['html', 'md', 'handouts', 'kits', 'ics'] },
  });
  const staffedConfig = (): Config => ({
    ...fixtureConfig(),
    priorities: ['understaffing', 'yesterdays-response-standards'],
    staffing: {
      shrinkage: '30%',
      channels: [
        { name: 'Phone', kind: 'phone', contacts: 300, per: '1h', aht: '6m', target: '80/60s' },
        {
          name: 'Email',
          kind: 'email',
          hours: '08:00-18:00',
          arrivals: 40,
          outOfHours: 60,
          aht: '7m',
          standard: '4h',
        },
      ],
    },
  });
  const long = (n: number, c = 'W') => c.repeat(n);
  // The PDFs of handouts and kits are Chromium's work, tested elsewhere; without it they are only noted.
  const runWithoutChromium = async (content: string, cwd: string, argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      cwd,
      env: { PLAYBOOK_CONTENT_DIR: content, CHROMIUM_PATH: join(cwd, 'no-chromium') },
    });
    return { code, stdout, stderr };
  };
  const email = (config: Config) => config.staffing.channels[1];

  // [what, edit, expected]: expected is 'ok', or the field and message both commands print.
  const CASES: [
    string,
    (c: Config) => void,
    'ok' | { field: string; message: RegExp },
    ('staffed' | 'fixture')?,
  ][] = [
    // Extreme dates
    ['a cover date in the year 1', (c) => (c.date = '0001-01-01'), 'ok'],
    ['a cover date on the last day of 9999', (c) => (c.date = '9999-12-31'), 'ok'],
    ['training starting in the year 1', (c) => (c.training.start = '0001-01-01'), 'ok'],
    ['training whose calendar ends on Christmas 9999', (c) => (c.training.start = '9999-11-20'), 'ok'],
    [
      'training whose sessions run past 9999',
      (c) => (c.training.start = '9999-12-31'),
      { field: 'training.start', message: /runs past the year 9999/ },
    ],
    [
      'training whose refreshers run past 9999',
      (c) => (c.training.start = '9999-11-30'),
      { field: 'training.start', message: /runs past the year 9999/ },
    ],
    [
      'monthly training that runs past 9999',
      (c) => (c.training = { start: '9999-10-31', cadence: 'monthly' }),
      { field: 'training.start', message: /runs past the year 9999/ },
    ],
    [
      'a date that is not a day',
      (c) => (c.date = '2025-02-29'),
      { field: 'date', message: /expected a date written as YYYY-MM-DD/ },
    ],
    // Extreme numbers
    [
      'more email each hour than any team answers',
      (c) => (email(c).arrivals = 5_000_000),
      {
        field: 'staffing.channels.1.arrivals',
        message: /has 5,000,000 messages in one hour, more than 1,000,000/,
      },
      'staffed',
    ],
    [
      'an email standard of one second',
      (c) => (email(c).standard = '1s'),
      { field: 'staffing.channels.1.standard', message: /must be at least 1 minute of opening time/ },
      'staffed',
    ],
    [
      'more overnight email than anyone could answer',
      (c) => (email(c).outOfHours = 1e300),
      { field: 'staffing.channels.1.outOfHours', message: /more than 10,000,000/ },
      'staffed',
    ],
    ['an email standard of a year of opening time', (c) => (email(c).standard = '8760h'), 'ok', 'staffed'],
    [
      'no email at all',
      (c) => ((email(c).arrivals = 0), (email(c).outOfHours = 0)),
      { field: 'staffing.channels.1.arrivals', message: /must be more than zero/ },
      'staffed',
    ],
    [
      'a call volume beyond any contact centre',
      (c) => (c.staffing.channels[0].contacts = 1e12),
      { field: 'staffing.channels.0.contacts', message: /more work than this calculator handles/ },
      'staffed',
    ],
    ['a refund limit written as a huge number', (c) => (c.empowerment[0].limit = 1e308), 'ok'],
    ['a refund limit written as a negative zero', (c) => (c.empowerment[0].limit = -0), 'ok'],
    // Long text
    ['a 200-character company name without a space', (c) => (c.company = long(200, 'C')), 'ok'],
    [
      'a 201-character company name',
      (c) => (c.company = long(201, 'C')),
      { field: 'company', message: /201 characters long; keep it under 200/ },
    ],
    [
      'a 2,000-character vision, standard and empowerment row',
      (c) => (
        (c.vision = long(2000, 'V')),
        (c.standards.callback = long(2000)),
        (c.empowerment[0] = { role: long(2000, 'R'), decision: long(2000, 'D'), limit: long(2000, 'L') })
      ),
      'ok',
    ],
    // As many rows as allowed, in as much text as a config file may hold (256 KB).
    [
      '40 further standards and 100 empowerment rows of long words',
      (c) => (
        (c.standards.others = Array.from({ length: 40 }, (_, i) => ({ name: `S${i}`, value: long(2000) }))),
        (c.empowerment = Array.from({ length: 100 }, () => ({
          role: 'R',
          decision: 'D',
          limit: long(1500, 'L'),
        })))
      ),
      'ok',
    ],
    // Empty lists
    ['no empowerment rows', (c) => (c.empowerment = []), 'ok'],
    ['no further standards', (c) => (c.standards.others = []), 'ok'],
    [
      'no priorities',
      (c) => (c.priorities = []),
      { field: 'priorities', message: /list at least one failure-mode id/ },
    ],
    ['an empty audience list', (c) => (c.audiences = []), { field: 'audiences', message: /at least 1/ }],
    [
      'no output formats',
      (c) => (c.output.formats = []),
      { field: 'output.formats', message: /list at least one format/ },
    ],
    [
      'no staffing channels',
      (c) => (c.staffing.channels = []),
      { field: 'staffing.channels', message: /list at least one channel/ },
      'staffed',
    ],
    // Every optional key, left out and put in
    [
      'only the required keys',
      (c) => {
        for (const key of ['date', 'training', 'empowerment', 'output']) delete c[key];
        delete c.standards.refundLimit;
        delete c.standards.others;
      },
      'ok',
    ],
    [
      'every optional key',
      (c) =>
        Object.assign(c, {
          include: 'all',
          audiences: ['frontline'],
          branding: { accent: '#fff', logo: 'logo.svg' },
          locale: 'en-US',
          output: { ...c.output, paper: 'Letter' },
          training: { start: '2025-03-31', cadence: 'monthly' },
        }),
      'ok',
    ],
    [
      'training without a start date',
      (c) => ((c.training = { cadence: 'fortnightly' }), (c.output.formats = ['html', 'md'])),
      'ok',
    ],
    [
      'the calendar format without a first session',
      (c) => delete c.training,
      { field: 'output.formats', message: /training-plan\.ics needs the first session's date/ },
    ],
    ['a locale with a calendar of its own', (c) => (c.locale = 'th-TH-u-ca-buddhist'), 'ok'],
  ];

  test.each(CASES)('%s', async (_what, edit, expected, library = 'fixture') => {
    const dir = join(work, `agree${++counter}`);
    mkdirSync(dir);
    cpSync(join(FIXTURES, 'configs', 'logo.svg'), join(dir, 'logo.svg'));
    const config = library === 'staffed' ? staffedConfig() : fixtureConfig();
    edit(config);
    writeFileSync(join(dir, 'config.yaml'), stringify(config));
    const content = library === 'staffed' ? REAL_CONTENT : CONTENT;
    const validate = await runWithoutChromium(content, dir, ['validate', '-c', 'config.yaml']);
    const generate = await runWithoutChromium(content, dir, ['generate', '-c', 'config.yaml', '-q']);
    for (const [name, run] of [
      ['validate', validate],
      ['generate', generate],
    ] as const) {
      expect(run.stderr, name).not.toMatch(/Internal error|\n\s+at /);
      if (expected === 'ok') {
        expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      } else {
        expect(run.code, name).toBe(1);
        const line = run.stderr.split('\n').find((l) => l.includes(`  ${expected.field}: `));
        expect(line, `${name}: ${run.stderr}`).toMatch(
          new RegExp(`^  config\\.yaml:\\d+(:\\d+)?  ${expected.field.replaceAll('.', '\\.')}: `),
        );
        expect(line, name).toMatch(expected.message);
      }
    }
    expect(existsSync(join(dir, config.output?.dir ?? 'handbook')), 'generate wrote its folder').toBe(
      expected === 'ok',
    );
  });
});

describe('a --content folder that is not a playbook library', () => {
  const folder = (make: (dir: string) => void) => {
    const dir = project();
    make(dir);
    return dir;
  };
  test.each([
    [
      'a folder of other files',
      (dir: string) => (mkdirSync(join(dir, 'notes')), writeFileSync(join(dir, 'notes', 'readme.txt'), 'hi')),
      'notes',
    ],
    ['an empty folder', (dir: string) => mkdirSync(join(dir, 'notes')), 'notes'],
    ['a file', () => {}, 'config.yaml'],
    [
      'a folder with pages but no sources.yaml',
      (dir: string) => (
        mkdirSync(join(dir, 'notes', 'failure-modes'), { recursive: true }),
        cpSync(join(CONTENT, 'failure-modes'), join(dir, 'notes', 'failure-modes'), { recursive: true })
      ),
      'notes',
    ],
    [
      'a folder with sources.yaml but no pages folder',
      (dir: string) => (
        mkdirSync(join(dir, 'notes')),
        cpSync(join(CONTENT, 'sources.yaml'), join(dir, 'notes', 'sources.yaml'))
      ),
      'notes',
    ],
  ])('%s: generate, validate and list exit 1 and say what a library holds', async (_what, make, given) => {
    const dir = folder(make);
    for (const argv of [['generate', '-c', 'config.yaml'], ['validate', '-c', 'config.yaml'], ['list']]) {
      const { code, stderr } = await runCliCaptured(CONTENT, dir, [...argv, '--content', given]);
      expect(code, `${argv[0]}: ${stderr}`).toBe(1);
      expect(stderr, argv[0]).toMatch(
        new RegExp(
          `^  ${given.replace('.', '\\.')}  --content: .*not a playbook library.*failure-modes.*sources\\.yaml`,
          'm',
        ),
      );
      expect(stderr, argv[0]).not.toMatch(/Internal error|\n\s+at /);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('an empty --content is refused rather than read as the project library', async () => {
    const { code, stderr } = await runCliCaptured(CONTENT, project(), ['list', '--content', '']);
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/--content: is empty/);
  });

  test('PLAYBOOK_CONTENT_DIR that is not a library is named as the setting to fix', async () => {
    const dir = folder((d) => mkdirSync(join(d, 'notes')));
    const { code, stderr } = await runCliCaptured(join(dir, 'notes'), dir, ['validate', '-c', 'config.yaml']);
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/PLAYBOOK_CONTENT_DIR: .*not a playbook library/);
  });
});

describe('text from the command line is shown, never obeyed, by the terminal', () => {
  const ESC = '\u001B';
  /** Control characters the terminal would act on; the line breaks between messages are ours. */
  const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
  test.each([
    ['an unknown command', [`gen${ESC}[31merate`]],
    ['an unknown long option', ['generate', '-c', 'config.yaml', `--fo${ESC}]0;pwned${ESC}\\rce`]],
    ['an unknown option with a value', ['generate', '-c', 'config.yaml', `--${ESC}[2J=1`]],
    ['an unexpected argument', ['validate', 'config.yaml', `extra${ESC}[31m`]],
    ['an argument beside --config', ['validate', '-c', 'config.yaml', `extra${ESC}[31m`]],
    ['a format', ['generate', '-c', 'config.yaml', '--format', `ht${ESC}[31mml`]],
    ['a paper size', ['generate', '-c', 'config.yaml', '--paper', `A${ESC}[31m3`]],
    ['a date', ['generate', '-c', 'config.yaml', '--date', `2025${ESC}[1A`]],
    ['a missing config file', ['validate', '-c', `no${ESC}[31me.yaml`]],
    ['a missing content folder', ['list', '--content', `no${ESC}[31mne`]],
    ['a valid config with a strange name', ['validate', '-c', `odd${ESC}[31m.yaml`]],
    ['an output folder with a strange name', ['generate', '-c', 'config.yaml', '--out', `o${ESC}[31mut`]],
    ['a help topic', ['help', `gen${ESC}[31m`]],
  ])('%s', async (_what, argv) => {
    const dir = project();
    cpSync(join(dir, 'config.yaml'), join(dir, `odd${ESC}[31m.yaml`));
    const { stdout, stderr } = await cli(dir, ...argv);
    expect(stderr + stdout).not.toMatch(CONTROL);
    expect(stderr + stdout).not.toMatch(/Internal error/);
    if (argv.join(' ').includes(ESC) && argv[0] !== 'help') expect(stderr).toContain('\\u{1B}');
  });

  test('a library whose titles carry terminal escapes lists them as visible text', async () => {
    const dir = project();
    cpSync(CONTENT, join(dir, 'lib'), { recursive: true });
    const page = join(dir, 'lib', 'failure-modes', 'alpha-mode.mdx');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('title: Alpha mode', `title: "Alpha ${ESC}[31mmode"`),
    );
    const { code, stdout, stderr } = await runCliCaptured(join(dir, 'lib'), dir, ['list']);
    if (code === 0) expect(stdout).toContain('Alpha \\u{1B}[31mmode');
    expect(stdout + stderr).not.toMatch(CONTROL);
  });
});

describe('command-line mistakes are read from the option declarations', () => {
  test.each([
    [['generate', '-c', 'config.yaml', '-o'], /^-o needs a value \(DIR\), e\.g\. -o handbook$/m],
    [
      ['generate', '-c', 'config.yaml', '--out', '--force'],
      /^--out needs a value \(DIR\), e\.g\. --out handbook$/m,
    ],
    [['generate', '--config'], /^--config needs a value \(FILE\), e\.g\. --config handbook\.yaml$/m],
    [
      ['generate', '-c', 'config.yaml', '--quiet=yes'],
      /^--quiet is a switch and takes no value; write it on its own, e\.g\. --quiet$/m,
    ],
    [['validate', '-c', 'config.yaml', '--json=false'], /^--json is a switch and takes no value/m],
    [
      ['generate', '-c', 'config.yaml', '-x'],
      /^-x is not an option of `playbook generate`; its options are --config, --out/m,
    ],
    [
      ['generate', '-c', 'config.yaml', '--outt=dir'],
      /^--outt is not an option of `playbook generate` \(did you mean --out\?\)/m,
    ],
    [['list', '--jsn'], /^--jsn is not an option of `playbook list` \(did you mean --json\?\)/m],
  ])('%j', async (argv, message) => {
    const { code, stderr } = await cli(project(), ...argv);
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(`Run \`playbook ${argv[0]} --help\` for usage.`);
  });
});

describe('PLAYBOOK_SITE_URL', () => {
  const run = async (siteUrl: string, ...argv: string[]) => {
    const dir = project();
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      cwd: dir,
      env: { PLAYBOOK_CONTENT_DIR: CONTENT, PLAYBOOK_SITE_URL: siteUrl },
    });
    return { code, stdout, stderr, dir };
  };

  test.each([
    ['a user name and password', 'https://ann:s3cret@playbook.example.org/', 'https://playbook.example.org/'],
    ['a user name', 'https://ann@playbook.example.org/guide', 'https://playbook.example.org/guide/'],
  ])('with %s: generate strips them from every handout and says so', async (_what, siteUrl, printed) => {
    const { code, stderr, dir } = await run(
      siteUrl,
      'generate',
      '-c',
      'config.yaml',
      '--format',
      'html,handouts',
    );
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/^warning: PLAYBOOK_SITE_URL holds a user name.*removed/m);
    expect(stderr).not.toContain('s3cret');
    const handout = readFileSync(join(dir, 'out', 'handouts', '01-beta-mode.html'), 'utf8');
    expect(handout).toContain(`${printed.replace('https://', '')}modes/beta-mode/`);
    expect(handout).not.toMatch(/ann|s3cret/);
  });

  test('longer than a handout QR code can hold: generate and validate exit 1 and name the setting', async () => {
    for (const command of ['generate', 'validate']) {
      const { code, stderr, dir } = await run(
        `https://playbook.example.org/${'x'.repeat(3000)}/`,
        command,
        '-c',
        'config.yaml',
        ...(command === 'generate' ? ['--format', 'html,handouts'] : []),
      );
      expect(code, stderr).toBe(1);
      expect(stderr).toMatch(/^ {2}PLAYBOOK_SITE_URL {2}.*3\d{3} characters.*at most 200/m);
      expect(stderr).not.toMatch(/Internal error|\n\s+at /);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
  });

  test('the longest address allowed still prints a QR code', async () => {
    const siteUrl = `https://playbook.example.org/${'x'.repeat(200 - 'https://playbook.example.org/'.length - 1)}/`;
    expect(siteUrl).toHaveLength(200);
    const { code, stderr, dir } = await run(siteUrl, 'generate', '-c', 'config.yaml', '--format', 'handouts');
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'handouts', '01-beta-mode.html'), 'utf8')).toMatch(
      /<svg[^>]*class="qr-code"/,
    );
  });

  test('an address that is not http or https is ignored, with a warning', async () => {
    const { code, stderr, dir } = await run(
      'ftp://playbook.example.org/',
      'generate',
      '-c',
      'config.yaml',
      '--format',
      'handouts',
    );
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/^warning: PLAYBOOK_SITE_URL .*not an http or https address/m);
    expect(readFileSync(join(dir, 'out', 'handouts', '01-beta-mode.html'), 'utf8')).not.toContain('<svg');
  });
});
