import { parseArgs } from 'node:util';
import { readVersion } from '../core/project-root.ts';
import { UserError } from '../core/problems.ts';
import { quoteForTerminal, toTerminalLines, toTerminalText } from '../core/terminal-text.ts';
import type { Command, OptionSpec } from './command.ts';
import { COMMANDS } from './commands.ts';
import { checkContentFolder } from './content-folder.ts';
import { UsageError, type Io } from './io.ts';
import { closest } from '../core/did-you-mean.ts';

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
    "Run `playbook <command> --help` for a command's options, `playbook --version` for the version.",
    'Exit codes: 0 ok, 1 a problem with your input (the message says how to fix it), 2 an internal error.',
    '',
  ].join('\n');
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
    ...(command.positionals?.length
      ? ['', 'Arguments:', ...command.positionals.map((p) => `  ${p.name}  ${p.description}`)]
      : []),
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
    io.stdout(`playbook ${readVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      const guess = closest(
        name,
        COMMANDS.map((c) => c.name),
      );
      throw new UsageError(
        `unknown command ${quoteForTerminal(name)}${guess ? ` (did you mean "${guess}"?)` : ''}; commands are ${COMMANDS.map((c) => c.name).join(', ')}`,
      );
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: HELP },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(await describeArgsError(error, rest, command), command.name);
    }
    if (parsed.values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const values: Record<string, unknown> = parsed.values;
    // A command that takes --config takes the config's path without it too, but not both.
    const maxPositionals =
      command.positionals?.length ?? (command.options.config && values.config === undefined ? 1 : 0);
    if (parsed.positionals.length > maxPositionals) {
      throw new UsageError(
        `unexpected argument ${quoteForTerminal(parsed.positionals[maxPositionals]!)}`,
        command.name,
      );
    }
    if (command.options.content)
      await checkContentFolder(io, typeof values.content === 'string' ? values.content : undefined);
    // Every message a command prints names files and values the user gave: shown to the terminal, never obeyed by it.
    const messages: Io = { ...io, stderr: (text) => io.stderr(toTerminalLines(text)) };
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, messages);
  } catch (error) {
    // Messages quote what the user typed and named; each line is shown to the terminal, never obeyed by it.
    if (error instanceof UserError) {
      io.stderr(`${toTerminalLines(error.message)}\n`);
      return 1;
    }
    io.stderr(
      `Internal error (please report it with the command you ran):\n${toTerminalLines((error as Error)?.stack ?? String(error))}\n`,
    );
    return 2;
  }
}

type Token = {
  kind: 'option';
  name: string;
  rawName: string;
  value?: string | undefined;
  inlineValue?: boolean | undefined;
};

/** An example value for an option's placeholder, for "needs a value" messages. */
const EXAMPLE_VALUES: Record<string, string> = {
  FILE: 'handbook.yaml',
  DIR: 'handbook',
  LIST: 'html,md',
  'YYYY-MM-DD': '2025-09-08',
  SIZE: 'A4',
  N: '5',
};

/**
 * parseArgs' complaint in our words, found from its error code and the option declarations: the
 * arguments are read again without strictness, and the first option that breaks a declaration is
 * the one named (as the user typed it, shown safely), with a suggestion.
 */
async function describeArgsError(error: unknown, args: string[], command: Command): Promise<string> {
  const options: Record<string, OptionSpec> = { ...command.options, help: HELP };
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const optionTokens = tokens.flatMap((t): Token[] => (t.kind === 'option' ? [t] : []));
  const known = Object.keys(command.options);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const token = optionTokens.find((t) => !Object.hasOwn(options, t.name));
    if (token) {
      const guess = token.rawName.startsWith('--') ? closest(token.name, known) : undefined;
      return `${toTerminalText(token.rawName)} is not an option of \`playbook ${command.name}\`${guess ? ` (did you mean --${guess}?)` : ''}; its options are ${known.map((k) => `--${k}`).join(', ')}`;
    }
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const token = optionTokens.find(
      (t) => Object.hasOwn(options, t.name) && describeValueMistake(options[t.name]!, t),
    );
    if (token) return describeValueMistake(options[token.name]!, token)!;
  }
  return `these arguments could not be read: ${toTerminalText(args.join(' '))}`;
}

/** What is wrong with the value an option was given, or undefined when nothing is. */
function describeValueMistake(spec: OptionSpec, token: Token): string | undefined {
  const name = toTerminalText(token.rawName);
  // A string option followed by another option took that option as its value: strict parsing calls it ambiguous.
  if (
    spec.type === 'string' &&
    (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
  ) {
    return `${name} needs a value${spec.value ? ` (${spec.value})` : ''}, e.g. ${name} ${EXAMPLE_VALUES[spec.value ?? ''] ?? '...'}`;
  }
  if (spec.type === 'boolean' && token.value !== undefined)
    return `${name} is a switch and takes no value; write it on its own, e.g. ${name}`;
  return undefined;
}
