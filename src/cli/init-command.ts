// `playbook init`: the starter config a new user edits, written without ever replacing a file.
import { lstat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { toTerminalText } from '../core/terminal-text.ts';
import type { Command } from './command.ts';
import { UsageError } from './io.ts';
import { writeSingleFile } from './single-file.ts';
import { starterConfig } from './starter.ts';

export const initCommand: Command = {
  name: 'init',
  summary: 'Write a commented starter config (never overwrites a file)',
  usage: 'playbook init [FILE]',
  positionals: [{ name: 'FILE', description: 'where to write it (default: handbook.yaml)' }],
  options: {},
  examples: ['playbook init my-company.yaml'],
  async run(args, io) {
    const file = resolve(io.cwd, args.positionals[0] ?? 'handbook.yaml');
    const display = relative(io.cwd, file) || file;
    if (
      await lstat(file).then(
        () => true,
        () => false,
      )
    ) {
      throw new UsageError(
        `${toTerminalText(display)} already exists; init never overwrites a file. Choose another name, e.g. \`playbook init my-company.yaml\``,
        'init',
      );
    }
    // The one place the generator reads the clock: the date becomes part of the config.
    await writeSingleFile(
      file,
      display,
      starterConfig(new Date().toISOString().slice(0, 10)),
      false,
      'starter config',
    );
    io.stderr(
      `Wrote ${toTerminalText(display)}. Edit it, then run: playbook validate --config ${toTerminalText(display)}\n`,
    );
    return 0;
  },
};
