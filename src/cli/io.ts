import { UserError } from '../core/problems.ts';

/** Where a command writes; injected so tests can run commands in-process and read what they print. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});

/** A mistake on the command line: printed with a pointer to `--help`, exit 1. */
export class UsageError extends UserError {
  constructor(message: string, command?: string) {
    super(
      [{ file: 'command line', message }],
      `Usage problem${command ? ` in \`playbook ${command}\`` : ''}`,
    );
    this.message = `${message}\nRun \`playbook ${command ? `${command} ` : ''}--help\` for usage.`;
    this.name = 'UsageError';
  }
}
