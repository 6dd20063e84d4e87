import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, test } from 'vitest';
import { runCliCaptured } from '../support/cli.ts';
import { parse } from 'yaml';
import type { AnswersFile } from '../../src/schemas/assessment.ts';
import type { RespondentRole } from '../../src/schemas/respondent-roles.ts';
import { loadLibraryFor } from '../../src/cli/generate.ts';
import { encodeAnswerCode } from '../../src/core/assessment/code.ts';
import { buildAssessmentModel } from '../../src/core/assessment/model.ts';
import { words } from '../../src/i18n/index.ts';

const CATEGORIES = words().categories;

const CONTENT = resolve('tests/fixtures/generator/content');
const work = mkdtempSync(join(tmpdir(), 'playbook-assess-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let counter = 0;
function folder(): string {
  const dir = join(work, `p${++counter}`);
  mkdirSync(dir);
  return dir;
}

const cli = (cwd: string, ...argv: string[]) => runCliCaptured(CONTENT, cwd, argv);

/** Writes an answers file in which each listed mode gets the same value on all three statements. */
function answers(
  dir: string,
  name: string,
  role: RespondentRole,
  values: Record<string, number>,
  extra: Partial<AnswersFile> = {},
): string {
  const file: AnswersFile = {
    format: 'service-playbook-assessment',
    version: 1,
    respondent: { name, role },
    answers: Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { 0: v, 1: v, 2: v }])),
    warningSigns: {},
    ...extra,
  };
  const path = `${name.toLowerCase() || `anonymous-${role}`}.json`;
  writeFileSync(join(dir, path), JSON.stringify(file));
  return path;
}

/**
 * Three in leadership who think all is well and three frontline staff who disagree, most of all on
 * gamma-mode: the fewest people with which each group is shown apart.
 */
function team(dir: string): string[] {
  return [
    answers(
      dir,
      'Lea',
      'leader',
      { 'alpha-mode': 5, 'beta-mode': 4, 'gamma-mode': 5, 'delta-mode': 4 },
      { company: 'Fixture Ltd' },
    ),
    answers(dir, 'Max', 'manager', { 'alpha-mode': 5, 'beta-mode': 4, 'gamma-mode': 5, 'delta-mode': 4 }),
    answers(dir, 'Mo', 'manager', { 'alpha-mode': 4, 'beta-mode': 5, 'gamma-mode': 5, 'delta-mode': 4 }),
    answers(dir, 'Fay', 'frontline', { 'alpha-mode': 4, 'beta-mode': 2, 'gamma-mode': 1, 'delta-mode': 3 }),
    answers(dir, 'Finn', 'frontline', { 'alpha-mode': 5, 'beta-mode': 3, 'gamma-mode': 1, 'delta-mode': 4 }),
    answers(dir, 'Flo', 'frontline', { 'alpha-mode': 4, 'beta-mode': 2, 'gamma-mode': 1, 'delta-mode': 3 }),
  ];
}

describe('playbook assess', () => {
  test('prints the team table with the gap as the headline and writes the config in ranked order', async () => {
    const dir = folder();
    const files = team(dir);
    const { code, stdout, stderr } = await cli(
      dir,
      'assess',
      ...files.flatMap((f) => ['--answers', f]),
      '--out',
      'team.yaml',
      '--top',
      '3',
    );
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      '6 people answered: 3 in leadership and 3 from the front line. Everyone gave a name: Fay, Finn, Flo, Lea, Max and Mo.',
    );
    expect(lines[2]).toBe(
      'The front line sees more need than leadership: 44 points apart per failure mode on average, 2 of 4 failure modes 20 or more points apart.',
    );
    expect(stdout).toMatch(
      /The front line sees 20 or more points more need on 2 failure modes\. Widest: Gamma mode \(leadership 0, front line 100\); Beta mode \(leadership 17, front line 67\)/,
    );
    expect(stdout).toMatch(/^#\s+failure mode\s+team\s+leadership\s+front line\s+people\s+scored by$/m);
    // gamma-mode: leadership answered 5s (need 0), the front line 1s (need 100).
    expect(stdout).toMatch(/^1\s+gamma-mode\s+50\s+0\s+100\s+6\s+deep dive$/m);
    expect(stdout).toMatch(/Most disagreement \(scores 25 or more points apart\): gamma-mode, beta-mode/);
    expect(stderr).toMatch(/^Wrote team\.yaml: 3 chapters \(gamma-mode, beta-mode, delta-mode\)/);
    const config = parse(readFileSync(join(dir, 'team.yaml'), 'utf8'));
    expect(config).toMatchObject({
      company: 'Fixture Ltd',
      priorities: ['gamma-mode', 'beta-mode', 'delta-mode'],
    });
  });

  test('the written config validates and generates unchanged', async () => {
    const dir = folder();
    const files = team(dir);
    expect(
      (
        await cli(
          dir,
          'assess',
          ...files.flatMap((f) => ['-a', f]),
          '--start',
          '2025-09-08',
          '--cadence',
          'fortnightly',
        )
      ).code,
    ).toBe(0);
    expect((await cli(dir, 'validate', '--config', 'handbook.yaml')).code).toBe(0);
    const { code, stderr } = await cli(
      dir,
      'generate',
      '--config',
      'handbook.yaml',
      '--format',
      'html,md,ics',
      '-q',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      readdirSync(join(dir, 'handbook'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['handbook.html', 'handbook.md', 'training-plan.ics']);
  });

  test('refuses to overwrite an existing --out file unless --force is given, and --force replaces only its own config', async () => {
    const dir = folder();
    const all = team(dir).flatMap((f) => ['-a', f]);
    // The front line alone: a different ranking, so a different config.
    const frontline = all.slice(6);
    expect((await cli(dir, 'assess', ...all)).code).toBe(0);
    const refused = await cli(dir, 'assess', ...frontline);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/handbook\.yaml already exists; add --force to replace it/);
    const before = readFileSync(join(dir, 'handbook.yaml'), 'utf8');
    expect((await cli(dir, 'assess', ...frontline, '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'handbook.yaml'), 'utf8')).toMatch(/^priorities:/m);
    expect(readFileSync(join(dir, 'handbook.yaml'), 'utf8')).not.toBe(before);
  });

  test('--force never replaces a file it did not write, nor writes through a link', async () => {
    const dir = folder();
    const files = team(dir);
    writeFileSync(join(dir, 'mine.yaml'), 'company: Mine\n');
    const foreign = await cli(dir, 'assess', '-a', files[0]!, '--out', 'mine.yaml', '--force');
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(
      /mine\.yaml was not made by `playbook assess`; --force replaces only a config this command wrote/,
    );
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('company: Mine\n');
    symlinkSync('mine.yaml', join(dir, 'link.yaml'));
    const linked = await cli(dir, 'assess', '-a', files[0]!, '--out', 'link.yaml', '--force');
    expect(linked.code).toBe(1);
    expect(linked.stderr).toMatch(/link\.yaml is a link; --force never writes through a link/);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('company: Mine\n');
    expect(linked.stderr).not.toMatch(/\n\s+at /);
  });

  test('reports every problem in every file at once, naming file and field, and writes nothing', async () => {
    const dir = folder();
    const good = answers(dir, 'Ok', 'manager', { 'alpha-mode': 3 });
    const bad = answers(dir, 'Bad', 'frontline', { 'alpha-mode': 3 });
    const text = readFileSync(join(dir, bad), 'utf8')
      .replace('"role":"frontline"', '"role":"staff"')
      .replace('"alpha-mode"', '"alpha-mood"');
    writeFileSync(join(dir, bad), text);
    writeFileSync(join(dir, 'broken.json'), '{ "format": ');
    const { code, stderr } = await cli(
      dir,
      'assess',
      '-a',
      good,
      '-a',
      bad,
      '-a',
      'broken.json',
      '-a',
      'missing.json',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^3 of 4 answers files or codes have problems; nothing was written:/);
    expect(stderr).toMatch(
      /bad\.json {2}respondent\.role: expected one of leader, manager, frontline, other/,
    );
    expect(stderr).toMatch(
      /bad\.json {2}answers\.alpha-mood: unknown failure mode "alpha-mood" \(did you mean "alpha-mode"\?\)/,
    );
    expect(stderr).toMatch(/broken\.json {2}not valid JSON/);
    expect(stderr).toMatch(/missing\.json {2}--answers: file not found/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'handbook.yaml'))).toBe(false);
  });

  test.each([
    [[], /missing --code CODE or --answers FILE/],
    [['-a', 'x.json', '--format', 'pdf'], /--format: expected table, md, json, got "pdf"/],
    [['-a', 'x.json', '--top', 'lots'], /--top: expected a whole number from 1 to 50, got "lots"/],
    [['-a', 'x.json', '--start', '8 Sept'], /--start: expected a date written as YYYY-MM-DD/],
    [['-a', 'x.json', '--cadence', 'daily'], /--cadence: expected weekly, fortnightly, monthly, got "daily"/],
  ])('rejects %j with a usage message', async (argv, message) => {
    const { code, stderr } = await cli(folder(), 'assess', ...argv);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Run `playbook assess --help`/);
  });

  test('--json prints the combined scores for other tools', async () => {
    const dir = folder();
    const files = team(dir);
    const { code, stdout } = await cli(dir, 'assess', ...files.flatMap((f) => ['-a', f]), '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.team.gap).toMatchObject({
      verdict: 'frontline-higher',
      leadershipCount: 3,
      frontlineCount: 3,
      leadership: 12.5,
      frontline: 56.3,
      meanAbsolute: 43.8,
    });
    expect(summary.priorities[0]).toBe('gamma-mode');
  });
});

describe('playbook assess: codes, reports and people counted once', () => {
  test('combines answer codes pasted on the command line, several in one argument', async () => {
    const dir = folder();
    const files = team(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as AnswersFile);
    const { library } = await loadLibraryFor({
      stdout: () => {},
      stderr: () => {},
      cwd: dir,
      env: { PLAYBOOK_CONTENT_DIR: CONTENT },
    });
    const model = buildAssessmentModel(library.modes, CATEGORIES);
    const codes = files.map((f) => encodeAnswerCode(model, f));
    const { code, stdout } = await cli(
      dir,
      'assess',
      '--code',
      codes[0]!,
      '--code',
      `${codes[1]} and ${codes[2]}`,
      '--code',
      codes.slice(3).join('\n'),
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).team).toMatchObject({
      people: 6,
      names: ['Fay', 'Finn', 'Flo', 'Lea', 'Max', 'Mo'],
    });
  });

  test('a mistyped code is refused with a clear message, and nothing is written', async () => {
    const dir = folder();
    const { code, stderr } = await cli(
      dir,
      'assess',
      '--code',
      'SPA1-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/--code 1 {2}incomplete or mistyped \(its checksum does not match\)/);
    expect(existsSync(join(dir, 'handbook.yaml'))).toBe(false);
  });

  test('--format md prints the one-page team report with the true headline', async () => {
    const dir = folder();
    const files = team(dir);
    const { code, stdout } = await cli(dir, 'assess', ...files.flatMap((f) => ['-a', f]), '--format', 'md');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Service self-assessment: team report for Fixture Ltd\n/);
    expect(stdout).toContain(
      '**The front line sees more need than leadership: 44 points apart per failure mode on average, 2 of 4 failure modes 20 or more points apart.**',
    );
    expect(stdout).toMatch(
      /^\| 1 \| Gamma mode \(worth fixing soon\) \| 50 \| 0 \| 100 \| \+100 \| deep dive \|$/m,
    );
    expect(stdout).toMatch(/^\| Working conditions and resources \| 50 \| █████░░░░░ \|$/m);
  });

  test('shows how many answered per group, never who answered what, and names only when everyone gave one', async () => {
    const dir = folder();
    const files = [
      ...team(dir).slice(0, 5),
      answers(dir, '', 'frontline', { 'alpha-mode': 2, 'beta-mode': 2, 'gamma-mode': 2, 'delta-mode': 2 }),
    ];
    for (const format of ['md', 'table', 'json']) {
      const { code, stdout } = await cli(
        dir,
        'assess',
        ...files.flatMap((f) => ['-a', f]),
        '--format',
        format,
        '--out',
        `${format}.yaml`,
      );
      expect(code).toBe(0);
      if (format !== 'json')
        expect(stdout).toContain('6 people answered: 3 in leadership and 3 from the front line.');
      expect(stdout).not.toMatch(/\bLea\b|\bFay\b|Frontline 1|Leader\b/);
    }
  });

  test.each([
    ['one answers file', 1],
    ['two', 2],
  ])('%s alone show nothing and write nothing, saying why', async (_, n) => {
    const dir = folder();
    const files = team(dir).slice(0, n);
    const { code, stdout, stderr } = await cli(
      dir,
      'assess',
      ...files.flatMap((f) => ['-a', f]),
      '--format',
      'json',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Too few people to show a team view; nothing was written:/);
    expect(stderr).toMatch(/combine at least 3, so that no one's answers can be read on their own/);
    expect(existsSync(join(dir, 'handbook.yaml'))).toBe(false);
  });

  test('a single answer code alone shows no answers', async () => {
    const dir = folder();
    const file = JSON.parse(readFileSync(join(dir, team(dir)[3]!), 'utf8')) as AnswersFile;
    const { library } = await loadLibraryFor({
      stdout: () => {},
      stderr: () => {},
      cwd: dir,
      env: { PLAYBOOK_CONTENT_DIR: CONTENT },
    });
    const { code, stdout, stderr } = await cli(
      dir,
      'assess',
      '--code',
      encodeAnswerCode(buildAssessmentModel(library.modes, CATEGORIES), file),
      '--format',
      'md',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/gamma|\d+ of 100/i);
  });

  test('a leader and a manager are shown together with the front line, in the table, the report and the JSON', async () => {
    const dir = folder();
    const files = [team(dir)[0]!, team(dir)[1]!, ...team(dir).slice(3)];
    const md = await cli(dir, 'assess', ...files.flatMap((f) => ['-a', f]), '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(
      '**Leadership and the front line are shown together, because only 2 people in leadership answered.**',
    );
    expect(md.stdout).toMatch(/^\| 1 \| Gamma mode \(urgent\) \| 60 \| – \| – \| – \| deep dive \|$/m);
    const json = await cli(
      dir,
      'assess',
      ...files.flatMap((f) => ['-a', f]),
      '--format',
      'json',
      '--out',
      'b.yaml',
    );
    const team5 = JSON.parse(json.stdout).team;
    expect(team5.ranking.every((m: object) => !('leadership' in m) && !('frontline' in m))).toBe(true);
    expect(team5.gap).toMatchObject({ verdict: 'merged', merged: [{ group: 'leadership', count: 2 }] });
  });

  test('a tie at the last place brings the whole tie into the config, and the command says so', async () => {
    const dir = folder();
    const flat = (name: string, role: RespondentRole, value: number) =>
      answers(dir, name, role, {
        'alpha-mode': value,
        'beta-mode': value,
        'gamma-mode': 1,
        'delta-mode': value,
      });
    const files = [flat('A', 'frontline', 3), flat('B', 'frontline', 3), flat('C', 'frontline', 3)];
    const { code, stderr } = await cli(dir, 'assess', ...files.flatMap((f) => ['-a', f]), '--top', '2');
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /Wrote handbook\.yaml: 4 chapters \(gamma-mode, [a-z-]+, [a-z-]+, [a-z-]+\)\. 3 failure modes tie at 50 for the last place, so all 3 are in; remove the ones you do not want\./,
    );
    const config = readFileSync(join(dir, 'handbook.yaml'), 'utf8');
    expect(parse(config).priorities).toHaveLength(4);
    expect(config).toContain(
      '# 3 failure modes tie at 50 of 100 for the last place; the answers put none ahead of another, so all 3 are in.',
    );
  });

  test('the same file given twice, through a link, or as a copy, counts as one person, with a note', async () => {
    const dir = folder();
    const files = team(dir);
    writeFileSync(join(dir, 'copy.json'), readFileSync(join(dir, files[3]!)));
    symlinkSync(files[3]!, join(dir, 'link.json'));
    const { code, stdout, stderr } = await cli(
      dir,
      'assess',
      ...files.flatMap((f) => ['-a', f]),
      '-a',
      `./${files[3]}`,
      '-a',
      'link.json',
      '-a',
      'copy.json',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).team.people).toBe(6);
    expect(JSON.parse(stdout).countedOnce).toBe(3);
    expect(stderr).toMatch(/Note: fay\.json was given twice, so it was counted once\./);
    expect(stderr).toMatch(/Note: link\.json is the same file as fay\.json, so it was counted once\./);
    expect(stderr).toMatch(/Note: copy\.json has the same answers as fay\.json, so they were counted once\./);
  });

  test('--out naming a folder is a usage mistake, even with --force', async () => {
    const dir = folder();
    const files = team(dir);
    mkdirSync(join(dir, 'out'));
    const { code, stderr } = await cli(
      dir,
      'assess',
      ...files.flatMap((f) => ['-a', f]),
      '--out',
      'out',
      '--force',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /--out: out is a folder; give the config file's name, e\.g\. --out out\/handbook\.yaml/,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('reverse-keyed statements are scored the other way round', async () => {
    const dir = folder();
    // beta-mode's second statement is reversed: answering 5 ("completely true") there is need.
    const file = (name: string) => ({
      format: 'service-playbook-assessment',
      version: 1,
      respondent: { name, role: 'frontline' },
      answers: { 'beta-mode': { 0: 5, 1: 5, 2: 5 }, 'alpha-mode': { 0: 5, 1: 5, 2: 5 } },
      warningSigns: {},
    });
    for (const name of ['R', 'S', 'T']) writeFileSync(join(dir, `${name}.json`), JSON.stringify(file(name)));
    const { code, stdout } = await runCliCaptured(resolve('tests/fixtures/assess/content'), dir, [
      'assess',
      '-a',
      'R.json',
      '-a',
      'S.json',
      '-a',
      'T.json',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const ranking = JSON.parse(stdout).team.ranking;
    expect(ranking.map((m: { id: string; need: number }) => [m.id, m.need])).toEqual([
      ['beta-mode', 33.3],
      ['alpha-mode', 0],
    ]);
  });
});

describe('playbook generate --format ics', () => {
  const config = (training: string) => `company: Fixture Ltd
vision: We fix it the first time.
priorities: [beta-mode, alpha-mode]
standards:
  firstResponse: 45 minutes
  callback: the same afternoon
date: 2025-03-01
${training}`;

  test('writes training-plan.ics with the config’s start and cadence, and refreshers later on', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'config.yaml'),
      config('training:\n  start: 2025-03-03\n  cadence: fortnightly\n'),
    );
    const { code, stderr } = await cli(
      dir,
      'generate',
      '-c',
      'config.yaml',
      '--out',
      'out',
      '--format',
      'ics',
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/Wrote training-plan\.ics \(2 sessions, then refreshers\)/);
    const calendar = new ICAL.Component(
      ICAL.parse(readFileSync(join(dir, 'out', 'training-plan.ics'), 'utf8')),
    );
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((c: InstanceType<typeof ICAL.Component>) => new ICAL.Event(c));
    expect(events.map((e) => [e.summary, e.startDate.toString().slice(0, 10)])).toEqual([
      ['Service training 1: Beta mode exercise', '2025-03-03'],
      ['Service training 2: Alpha mode exercise', '2025-03-17'],
      ['Refresher: Beta mode', expect.stringMatching(/^2025-/)],
      ['Refresher: Alpha mode', expect.stringMatching(/^2025-/)],
    ]);
    expect(
      events.every(
        (e) => e.component.getFirstPropertyValue('dtstamp')?.toString() === '2025-03-01T00:00:00Z',
      ),
    ).toBe(true);
  });

  test('without training.start the ics format is an error naming the field, and nothing is written', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'config.yaml'), config(''));
    const { code, stderr } = await cli(
      dir,
      'generate',
      '-c',
      'config.yaml',
      '--out',
      'out',
      '--format',
      'html,ics',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/config\.yaml {2}training\.start: the calendar needs the first session's date/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
