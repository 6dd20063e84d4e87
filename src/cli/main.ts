/** The `playbook` command: runs the CLI and turns its result into the process exit code. */
import { processIo } from './io.ts';
import { undoPendingWrites } from './interrupt.ts';
import { runCli } from './run.ts';

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

// exitCode rather than process.exit(), so a long --json summary on a pipe is flushed before Node ends.
process.exitCode = await runCli(process.argv.slice(2), processIo());
