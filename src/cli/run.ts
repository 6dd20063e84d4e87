import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../core/load.ts';
import { UserError } from '../core/problems.ts';
import { COMMANDS, type Command } from './commands.ts';
import { UsageError, closestName, type Io } from './io.ts';

const HELP = { type: 'boolean', short: 'h', description: 'show this help' } as const;

/** Top-level help, generated from the command declarations. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'playbook: turn the service playbook and a short company config into a handbook and handouts.',
    '',
    'Usage: playbook <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `playbook <command> --help` for a command\'s options, `playbook --version` for the version.',
    'Exit codes: 0 ok, 1 a problem with your input (the message says how to fix it), 2 an internal error.',
    '',
  ].join('\n');
}

/** The project's version, from package.json (read when asked, so the bundle and the sources agree). */
function version(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Help for one command, generated from its declaration. */
export function commandHelp(command: Command): string {
  const options = Object.entries({ ...command.options, help: HELP }).map(([name, spec]) => {
    const flag = `${'short' in spec && spec.short ? `-${spec.short}, ` : '    '}--${name}${'value' in spec && spec.value ? ` ${spec.value}` : ''}`;
    return [flag, spec.description] as const;
  });
  const width = Math.max(...options.map(([flag]) => flag.length));
  return [
    `${command.summary}.`,
    '',
    `Usage: ${command.usage}`,
    ...(command.positionals?.length ? ['', 'Arguments:', ...command.positionals.map((p) => `  ${p.name}  ${p.description}`)] : []),
    '',
    'Options:',
    ...options.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** Runs the CLI with the given arguments and returns the exit code; never calls process.exit. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? commandHelp(topic) : mainHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`playbook ${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      const guess = await closestName(name, COMMANDS.map((c) => c.name));
      throw new UsageError(`unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...command.options, help: HELP }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(await describeArgsError(error as NodeJS.ErrnoException, command), command.name);
    }
    if (parsed.values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const maxPositionals = command.positionals?.length ?? (command.options.config ? 1 : 0);
    if (parsed.positionals.length > maxPositionals) {
      throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`, command.name);
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    io.stderr(`Internal error (please report it with the command you ran):\n${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

/** parseArgs' complaint, said in our words with the option's name and a suggestion. */
async function describeArgsError(error: NodeJS.ErrnoException, command: Command): Promise<string> {
  const message = error.message ?? String(error);
  // "Option '-o, --out <value>' argument missing": prefer the long name.
  const option = /(--[^' <,]+)/.exec(message)?.[1] ?? /'(-[^' <,]+)/.exec(message)?.[1] ?? '';
  const name = option.replace(/^-+/, '');
  const known = Object.keys(command.options);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = option.startsWith('--') ? await closestName(name, known) : undefined;
    return `${option} is not an option of \`playbook ${command.name}\`${guess ? ` (did you mean --${guess}?)` : ''}; its options are ${known.map((k) => `--${k}`).join(', ')}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const spec = command.options[name] ?? Object.values(command.options).find((o) => o.short === name);
    if (/argument missing|ambiguous/.test(message)) return `${option} needs a value${spec?.value ? ` (${spec.value})` : ''}, e.g. ${option} ${spec?.value === 'FILE' ? 'handbook.yaml' : spec?.value === 'DIR' ? 'handbook' : '...'}`;
    if (/does not take an argument/.test(message)) return `${option} is a switch and takes no value; write it on its own, e.g. ${option}`;
  }
  return message.split('\n')[0]!;
}
