import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliCaptured } from '../support/cli.ts';

const CONTENT = resolve('tests/fixtures/generator/content');
const staffing = (...argv: string[]) => runCliCaptured(CONTENT, process.cwd(), ['staffing', ...argv]);
const CLASSIC = [
  '--contacts',
  '100',
  '--per',
  '30m',
  '--aht',
  '3m',
  '--target',
  '80/20s',
  '--shrinkage',
  '30%',
];
const CLASSIC_OPTIONS: Record<string, string> = {
  contacts: '100',
  per: '30m',
  aht: '3m',
  target: '80/20s',
  shrinkage: '30%',
};

/** The classic example with some options changed or added: `--name=value`, so a value may start with a dash. */
const withOptions = (changes: Record<string, string>) =>
  Object.entries({ ...CLASSIC_OPTIONS, ...changes }).map(([name, value]) => `--${name}=${value}`);

describe('playbook staffing', () => {
  test('prints the table and the reading for the classic example', async () => {
    const { code, stdout, stderr } = await staffing(...CLASSIC);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^need\s+14\s+88\.8%\s+7\.8 seconds\s+17%\s+71%\s+20$/m);
    expect(stdout).toMatch(/^\s+13\s+79\.6%\s+17 seconds\s+29%\s+77%\s+19$/m);
    expect(stdout).toContain(
      'To answer 80% of calls within 20 seconds you need 14 people on the phones, 20 people on the rota once breaks, training and absence (30% of paid time) are counted.',
    );
  });

  test('--agents adds the what-if row and says how far it is from the target', async () => {
    const { stdout } = await staffing(...CLASSIC, '--agents', '12');
    expect(stdout).toMatch(/^you\s+12\s+64%/m);
    expect(stdout).toContain('That is 2 short of what the target takes.');
  });

  test('--json prints the figures in seconds and shares', async () => {
    const { code, stdout } = await staffing(...CLASSIC, '--occupancy', '70%', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      traffic: 10,
      needed: { agents: 15, rostered: 22 },
      inputs: { intervalSeconds: 1800, handleSeconds: 180, maxOccupancy: 0.7 },
    });
    expect(json.reading[0]).toMatch(/you need 15 people/);
  });

  test('the help is generated from the declaration', async () => {
    const { code, stdout } = await staffing('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--target GOAL\s+80\/20s/);
    expect(stdout).toContain(
      'playbook staffing --contacts 100 --per 30m --aht 3m --target 80/20s --shrinkage 30%',
    );
    const main = await runCliCaptured(CONTENT, process.cwd(), ['--help']);
    expect(main.stdout).toMatch(/^\s+staffing\s+Work out how many people/m);
  });

  test.each([
    [['--contacts=-5'], '--contacts: must be more than zero, got "-5"'],
    [['--contacts', '0'], '--contacts: must be more than zero, got "0"'],
    [['--aht', '0s'], '--aht: must be more than zero, got "0s"'],
    [['--aht', '3'], '--aht: "3" has no unit; write it as 3s, 3m or 3h'],
    [
      ['--per', '30 fortnights'],
      '--per: unknown unit "fortnights" in "30 fortnights"; use s (seconds), m (minutes) or h (hours)',
    ],
    [['--target', '120/20s'], '--target: the percentage cannot be over 100%'],
    [['--target', '100/20s'], '--target: a 100% service level can never be met'],
    [['--target', 'avg 0s'], '--target: must be more than zero'],
    [['--shrinkage', '100%'], '--shrinkage: must be 90% or less'],
    [['--shrinkage', '0.3'], '--shrinkage: "0.3" is ambiguous; write 30%'],
    [['--agents', 'twelve'], '--agents: expected a whole number of people, e.g. 12; got "twelve"'],
    [['--channel', 'fax'], '--channel: expected phone or chat'],
  ])('%j exits 1 with the message %s', async (change, message) => {
    const [flag] = change[0]!.split('=');
    const argv = [...CLASSIC];
    const at = argv.indexOf(flag!);
    if (at >= 0) argv.splice(at, 2);
    const { code, stdout, stderr } = await staffing(...argv, ...change);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Run `playbook staffing --help` for usage.');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  // Each of these used to hang, throw with a stack trace (exit 2) or print an absurd figure.
  test.each<[Record<string, string>, string]>([
    [
      { occupancy: '0.0000000001%' },
      '--occupancy: must be at least 50%: a lower cap keeps people idle more than half their time, which no team plans for. Typical caps are 80% to 90%',
    ],
    [{ occupancy: '0%' }, '--occupancy: must be at least 50%'],
    [{ occupancy: '49%' }, '--occupancy: must be at least 50%'],
    [
      { shrinkage: '99.99999999999999%' },
      '--shrinkage: must be 90% or less: at 90% each person on the work needs ten on the rota',
    ],
    [{ aht: '0.000001s' }, '--aht: must be from 1 second to 8 hours'],
    [{ aht: '9999999h' }, '--aht: must be from 1 second to 8 hours'],
    [{ per: '1s' }, '--per: must be from 1 minute to 4 hours, or a whole day'],
    [{ per: '99999999999h' }, '--per: must be from 1 minute to 4 hours, or a whole day'],
    [{ per: '12h' }, '--per: must be from 1 minute to 4 hours, or a whole day'],
    [{ contacts: '0.0000001' }, '--contacts: is too few to plan a queue for; give at least 0.01'],
    [{ contacts: '1e300' }, '--contacts: "1e300" is not a number; write it like 100'],
    [
      { contacts: '9'.repeat(400) },
      '--contacts: is more work than this calculator handles: more than a billion people busy all the time, more than 100,000',
    ],
    [
      { contacts: '2000000' },
      '--contacts: is more work than this calculator handles: 200,000 people busy all the time',
    ],
    [{ target: '' }, '--target: is empty; write a service level as 80/20s'],
    [{ target: '   ' }, '--target: is empty'],
    [{ target: '80\n20' }, '--target: "80\\u{A}20" is not a duration'],
    [{ target: 'avg' }, '--target: "avg" is not a duration'],
    [{ target: '80/99999h' }, '--target: the time in a target must be 24 hours or less'],
    [{ target: 'avg 0.001s' }, '--target: an average wait under 1 second can never be promised'],
    [{ target: '99.99999999999999999/20s' }, '--target: a 100% service level can never be met'],
    [
      { agents: '1000000' },
      '--agents: is more than 250,000 people, the largest team this calculator works out',
    ],
    [{ agents: '1e3' }, '--agents: expected a whole number of people, e.g. 12; got "1e3"'],
    [{ agents: '0x10' }, '--agents: expected a whole number of people'],
    [{ per: 'day' }, "--busiest-hour: is needed for a volume per day: a day's contacts never arrive evenly"],
    [
      { 'busiest-hour': '12%' },
      "--busiest-hour: is the busiest hour's share of a day's contacts, so it only goes with a volume given per day",
    ],
    [{ per: 'day', 'busiest-hour': '1%' }, '--busiest-hour: cannot be under 4.2%'],
    [{ per: 'day', 'busiest-hour': '0.12' }, '--busiest-hour: "0.12" is ambiguous; write 12%'],
    [{ concurrency: '2' }, '--concurrency: only chats can be handled several at once'],
    [
      { channel: 'chat', concurrency: '9' },
      '--concurrency: expected a whole number of chats at once from 1 to 6, e.g. 2; got "9"',
    ],
    [{ channel: 'chat', concurrency: '1.5' }, '--concurrency: expected a whole number of chats at once'],
    [{ channel: 'chat', concurrency: '' }, '--concurrency: expected a whole number of chats at once'],
  ])('hostile %j exits 1 at once with the option, what is allowed and why', async (changes, message) => {
    const started = performance.now();
    const { code, stdout, stderr } = await staffing(...withOptions(changes));
    // Not a benchmark (bench/staffing.ts is): the bound tells a capped search (milliseconds) from the uncapped one (minutes).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Run `playbook staffing --help` for usage.');
    expect(stderr).not.toMatch(/\n\s+at |Error:|\de[+-]\d/);
  });

  test('a multi-line target is shown escaped, never as a second line of output', async () => {
    const { code, stderr } = await staffing(...withOptions({ target: 'soon\nlater' }));
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((line) => line.startsWith('--'))).toEqual([
      expect.stringContaining('\\u{A}'),
    ]);
  });

  test('600 calls an hour for a team of ten prints the result and a warning line asking to check', async () => {
    const { code, stdout, stderr } = await staffing(
      '--contacts',
      '600',
      '--per',
      '1h',
      '--aht',
      '3m',
      '--target',
      '80/20s',
      '--agents',
      '10',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^need\s+35\s+83\.7%/m);
    expect(stderr).toBe(
      'warning: --contacts: 600 calls an hour is a lot for a team of 10: it takes 35 people. Did you mean per day?\n',
    );
  });

  test('--json carries the same questions, named by option', async () => {
    const { stdout } = await staffing(
      '--contacts',
      '600',
      '--per',
      '1h',
      '--aht',
      '3s',
      '--target',
      '80/20s',
      '--json',
    );
    expect(JSON.parse(stdout).checks).toEqual([
      { option: '--aht', message: '3 seconds is very short for talk plus wrap-up: did you mean 3 minutes?' },
    ]);
  });

  test('--per day with --busiest-hour plans the busiest hour and says so', async () => {
    const { code, stdout, stderr } = await staffing(
      '--contacts',
      '2,400',
      '--per',
      'day',
      '--busiest-hour',
      '12%',
      '--aht',
      '3m',
      '--target',
      '80/20s',
      '--shrinkage',
      '30%',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^2,400 calls a day, 12% \(288\) in the busiest hour, 3 minutes each; target 80% within 20 seconds; shrinkage 30%\.$/m,
    );
    expect(stdout).toContain('you need 18 people on the phones in the busiest hour, 26 people on the rota');
    expect(stdout).toContain(
      "The busiest hour brings 288 of the day's 2,400 calls (12%); every figure here is for that hour.",
    );
  });

  test('--concurrency 2 for chats counts two slots a person, each chat 25% longer', async () => {
    const { code, stdout } = await staffing(
      '--channel',
      'chat',
      '--concurrency',
      '2',
      '--contacts',
      '60',
      '--per',
      '1h',
      '--aht',
      '8m',
      '--target',
      'avg 2m',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^60 chats an hour, 8 minutes each on its own, 10 minutes held 2 at a time;/m);
    expect(stdout).toContain(
      'Workload: 10 erlangs, i.e. 10 chat slots busy all the time (5 people holding 2 each) if nobody ever waited.',
    );
    expect(stdout).toContain('you need 7 people answering chats 2 at a time');
    expect(stdout).toContain("each person's 2 chat slots are in use 71% of the time.");
  });

  test('large teams are printed with grouped digits, never in exponent notation', async () => {
    const { code, stdout } = await staffing(
      ...withOptions({ contacts: '500000', shrinkage: '90%', agents: '250000' }),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^you\s+250,000\s+100%/m);
    expect(stdout).toMatch(/you need 50,\d{3} people on the phones, 50\d,\d{3} people on the rota/);
    expect(stdout).not.toMatch(/\de[+-]?\d/);
  });

  test('a missing required option is named with an example', async () => {
    const { code, stderr } = await staffing('--contacts', '100');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'missing --per TIME, --aht TIME, --target GOAL; for example: playbook staffing --contacts 100 --per 30m --aht 3m --target 80/20s',
    );
  });

  test('every problem is reported at once', async () => {
    const { stderr } = await staffing(
      '--contacts',
      'many',
      '--per',
      '30m',
      '--aht',
      'long',
      '--target',
      '80',
    );
    expect(stderr.split('\n').filter((l) => l.startsWith('--'))).toHaveLength(3);
  });

  test('control characters in a bad value are shown escaped, not sent to the terminal', async () => {
    const { stderr } = await staffing(
      '--contacts',
      '100',
      '--per',
      '30m',
      '--aht',
      '3\u001b[31mm',
      '--target',
      '80/20s',
    );
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toContain('\\u{1B}');
  });
});
