import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliCaptured } from '../support/cli.ts';

const CONTENT = resolve('tests/fixtures/generator/content');
const staffing = (...argv: string[]) => runCliCaptured(CONTENT, process.cwd(), ['staffing', ...argv]);
const CLASSIC = ['--contacts', '100', '--per', '30m', '--aht', '3m', '--target', '80/20s', '--shrinkage', '30%'];

describe('playbook staffing', () => {
  test('prints the table and the reading for the classic example', async () => {
    const { code, stdout, stderr } = await staffing(...CLASSIC);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^need\s+14\s+88\.8%\s+7\.8 seconds\s+17%\s+71%\s+20$/m);
    expect(stdout).toMatch(/^\s+13\s+79\.6%\s+17 seconds\s+29%\s+77%\s+19$/m);
    expect(stdout).toContain('To answer 80% of calls within 20 seconds you need 14 people on the phones, 20 people on the rota once breaks, training and absence (30% of paid time) are counted.');
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
    expect(json).toMatchObject({ traffic: 10, needed: { agents: 15, rostered: 22 }, inputs: { intervalSeconds: 1800, handleSeconds: 180, maxOccupancy: 0.7 } });
    expect(json.reading[0]).toMatch(/you need 15 people/);
  });

  test('the help is generated from the declaration', async () => {
    const { code, stdout } = await staffing('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--target GOAL\s+80\/20s/);
    expect(stdout).toContain('playbook staffing --contacts 100 --per 30m --aht 3m --target 80/20s --shrinkage 30%');
    const main = await runCliCaptured(CONTENT, process.cwd(), ['--help']);
    expect(main.stdout).toMatch(/^\s+staffing\s+Work out how many people/m);
  });

  test.each([
    [['--contacts=-5'], '--contacts: must be more than zero, got "-5"'],
    [['--contacts', '0'], '--contacts: must be more than zero, got "0"'],
    [['--aht', '0s'], '--aht: must be more than zero, got "0s"'],
    [['--aht', '3'], '--aht: "3" has no unit; write it as 3s, 3m or 3h'],
    [['--per', '30 fortnights'], '--per: unknown unit "fortnights" in "30 fortnights"; use s (seconds), m (minutes) or h (hours)'],
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

  test('a missing required option is named with an example', async () => {
    const { code, stderr } = await staffing('--contacts', '100');
    expect(code).toBe(1);
    expect(stderr).toContain('missing --per TIME, --aht TIME, --target GOAL; for example: playbook staffing --contacts 100 --per 30m --aht 3m --target 80/20s');
  });

  test('every problem is reported at once', async () => {
    const { stderr } = await staffing('--contacts', 'many', '--per', '30m', '--aht', 'long', '--target', '80');
    expect(stderr.split('\n').filter((l) => l.startsWith('--'))).toHaveLength(3);
  });

  test('control characters in a bad value are shown escaped, not sent to the terminal', async () => {
    const { stderr } = await staffing('--contacts', '100', '--per', '30m', '--aht', '3\u001b[31mm', '--target', '80/20s');
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toContain('\\u{1B}');
  });
});
