import type { Io } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/run.ts';

/** Runs the CLI in-process from `cwd` against a content folder, capturing what it prints. */
export async function runCliCaptured(contentDir: string, cwd: string, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: { PLAYBOOK_CONTENT_DIR: contentDir },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
