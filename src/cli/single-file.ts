/**
 * Writing one file a command makes (`init`'s starter, `assess`'s config, `print`'s PDF) without
 * losing anything a user owns, whatever the flags:
 * - without --force an existing path (even a dangling link) is never touched;
 * - --force replaces only a regular file that this command made itself (recognised by its first
 *   bytes), never a link, a folder or another file that happens to have the name;
 * - the bytes go to a temporary file beside it and are renamed into place, so a failure leaves the
 *   old file whole and a link is replaced as a name, never written through.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toTerminalText } from '../core/terminal-text.ts';
import { UsageError } from './io.ts';
import { fileSystemError } from './output-dir.ts';

export interface SingleFileRule {
  /** The command, for "Run `playbook <command> --help`". */
  command: string;
  /** What the file is, as a user would say it: "config", "PDF". */
  what: string;
  /** The file name a folder given as --out is pointed to, e.g. "playbook.pdf". */
  defaultName: string;
  /** True when the file's first bytes show this command wrote it; --force replaces nothing else. */
  madeByUs: (head: string) => boolean;
}

const HEAD_BYTES = 256;

/** Refuses, before any slow work, an --out that cannot be written as the rule says. */
export async function checkSingleFileTarget(path: string, shown: string, force: boolean, rule: SingleFileRule): Promise<void> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return;
  const name = toTerminalText(shown);
  // Every message names the file as the user typed it (shown), never the resolved path.
  const refuse = (message: string): never => {
    throw new UsageError(message, rule.command);
  };
  if (info.isDirectory()) refuse(`--out: ${name} is a folder; give the ${rule.what} file's name, e.g. --out ${toTerminalText(join(shown, rule.defaultName))}`);
  const instead = 'choose another file name';
  if (!force) refuse(`${name} already exists; add --force to replace it, or ${instead}`);
  if (info.isSymbolicLink()) refuse(`${name} is a link; --force never writes through a link, so ${instead}`);
  if (!info.isFile()) refuse(`${name} is not a regular file; ${instead}`);
  if (!rule.madeByUs(await readHead(path))) {
    refuse(`${name} was not made by \`playbook ${rule.command}\`; --force replaces only a ${rule.what} this command wrote, so ${instead}`);
  }
}

/**
 * Writes the file; the caller checked the target first. A replacement goes through a temporary file
 * renamed into place (the old file stays whole if writing fails; a link is replaced as a name). A new
 * file is created exclusively, which fails rather than clobber one that appeared since the check.
 */
export async function writeSingleFile(path: string, shown: string, bytes: string | Uint8Array, replace: boolean, what: string): Promise<void> {
  const target = replace ? join(dirname(path), `.${basename(path)}.tmp-${process.pid}`) : path;
  const title = `Cannot write the ${what}; nothing was changed`;
  // mkdir's EEXIST means a file stands where a folder is needed, not that the target appeared.
  await mkdir(dirname(path), { recursive: true }).catch((error) => {
    throw fileSystemError(error, shown, title);
  });
  try {
    await writeFile(target, bytes, { flag: 'wx' });
    if (replace) await rename(target, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && !replace) {
      throw new UsageError(`${toTerminalText(shown)} appeared while the ${what} was being made; nothing was overwritten, so run again or choose another file name`);
    }
    // Whatever is at `target` now is a partial file of ours (exclusive create succeeded, or our temporary).
    await rm(target, { force: true }).catch(() => undefined);
    throw fileSystemError(error, shown, title);
  }
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => undefined);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}
