/** The `playbook` command: runs the CLI and turns its result into the process exit code. */
import { processIo } from './io.ts';
import { runCli } from './run.ts';

// exitCode rather than process.exit(), so a long --json summary on a pipe is flushed before Node ends.
process.exitCode = await runCli(process.argv.slice(2), processIo());
