import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Runs `playbook generate` on a builder's downloaded config (and any files beside it, a logo) in a
 * folder of its own under `work`, as a person would later, with every format a browser can make and
 * no Chromium; returns the output folder, or fails with what the CLI printed.
 */
export async function generateFromDownload(
  work: string,
  name: string,
  contentDir: string,
  config: Buffer,
  files: Record<string, Buffer> = {},
): Promise<string> {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), config);
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dir, file), bytes);
  const { code, stderr } = await runCliCaptured(contentDir, dir, [
    'generate',
    '-c',
    'config.yaml',
    '-q',
    '--out',
    'out',
    '--format',
    'html,md,docx,handouts,kits,worksheets,ics',
  ]);
  if (code !== 0) throw new Error(`playbook generate exited ${code}:\n${stderr}`);
  return join(dir, 'out');
}
