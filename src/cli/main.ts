/** The `playbook` command: runs the CLI and turns its result into the process exit code. */
import { readVersion } from '../core/project-root.ts';
import { undoPendingWrites } from './interrupt.ts';

// An interrupted run removes its half-written folder (and puts back one caught mid-swap) before it ends.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    undoPendingWrites();
    process.stderr.write(`\nStopped (${signal}); nothing was replaced.\n`);
    process.exit(code);
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Scripts and installers ask for the version to see that the command works: answered before the
  // commands and the library code load (runCli answers it the same way).
  process.stdout.write(`playbook ${readVersion()}\n`);
} else {
  const [{ runCli }, { processIo }] = await Promise.all([import('./run.ts'), import('./io.ts')]);
  // exitCode rather than process.exit(), so a long --json summary on a pipe is flushed before Node ends.
  process.exitCode = await runCli(argv, processIo());
}
