/**
 * Writing one file a command makes (`init`'s starter, `assess`'s config, `print`'s PDF) without
 * losing anything a user owns, whatever the flags:
 * - without --force an existing path (even a dangling link) is never touched;
 * - --force replaces only a regular file that this command made itself (recognised by what the
 *   file says of itself: the config's own header, the PDF's creator and subject), never a link, a
 *   folder or another file that happens to have the name;
 * - the bytes go to a temporary file beside it and are renamed into place, so a failure leaves the
 *   old file whole and a link is replaced as a name, never written through.
 */
import { closeSync, constants, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { link, lstat, open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toTerminalText } from '../core/terminal-text.ts';
import { UsageError } from './io.ts';
import { fileSystemError } from './fs-errors.ts';
import { undoIfInterrupted } from './interrupt.ts';
import { makeFolders } from './output-dir.ts';

export interface SingleFileRule {
  /** The command, for "Run `playbook <command> --help`". */
  command: string;
  /** What the file is, as a user would say it: "config", "PDF". */
  what: string;
  /** The file name a folder given as --out is pointed to, e.g. "playbook.pdf". */
  defaultName: string;
  /** True when the file (a regular file, not a link) shows this command wrote it; --force replaces nothing else. */
  madeByUs: (path: string) => boolean;
}

const HEAD_BYTES = 256;

/** A rule for files recognised by how they begin (the first line of a config this command writes). */
export const startsWith =
  (prefix: string) =>
  (path: string): boolean =>
    readHead(path).startsWith(prefix);

/** Refuses, before any slow work, an --out that cannot be written as the rule says. */
export async function checkSingleFileTarget(
  path: string,
  shown: string,
  force: boolean,
  rule: SingleFileRule,
): Promise<void> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return;
  const name = toTerminalText(shown);
  // Every message names the file as the user typed it (shown), never the resolved path.
  const refuse = (message: string): never => {
    throw new UsageError(message, rule.command);
  };
  if (info.isDirectory())
    refuse(
      `--out: ${name} is a folder; give the ${rule.what} file's name, e.g. --out ${toTerminalText(join(shown, rule.defaultName))}`,
    );
  const instead = 'choose another file name';
  if (!force) refuse(`${name} already exists; add --force to replace it, or ${instead}`);
  if (info.isSymbolicLink()) refuse(`${name} is a link; --force never writes through a link, so ${instead}`);
  if (!info.isFile()) refuse(`${name} is not a regular file; ${instead}`);
  if (!rule.madeByUs(path)) {
    refuse(
      `${name} was not made by \`playbook ${rule.command}\`; --force replaces only a ${rule.what} this command wrote, so ${instead}`,
    );
  }
}

/**
 * Writes the file; the caller checked the target first. The bytes go to a temporary file beside it,
 * created exclusively, so nothing half-written ever carries the file's name. A replacement is then
 * renamed into place (a link is replaced as a name, never written through) after the target is
 * judged once more; a new file is linked into place, which fails rather than clobber a file that
 * appeared since the check. Only the temporary file this call created is ever removed.
 */
export async function writeSingleFile(
  path: string,
  shown: string,
  bytes: string | Uint8Array,
  replace: boolean,
  what: string,
  rule?: SingleFileRule,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  const title = `Cannot write the ${what}; nothing was changed`;
  // mkdir's EEXIST means a file stands where a folder is needed, not that the target appeared.
  try {
    makeFolders(dirname(path));
  } catch (error) {
    throw fileSystemError(error, shown, title);
  }
  let created = false;
  const removeTemporary = () => {
    if (created) rmSync(temporary, { force: true });
    created = false;
  };
  const settled = undoIfInterrupted(removeTemporary);
  try {
    const handle = await open(temporary, 'wx');
    created = true;
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    if (replace) {
      // The check ran before the slow work: a file put in its place since then is judged again, just before the swap.
      if (rule) await checkSingleFileTarget(path, shown, true, rule);
      await rename(temporary, path);
      created = false;
    } else {
      await placeWithoutReplacing(temporary, path);
      removeTemporary();
    }
  } catch (error) {
    removeTemporary();
    if (error instanceof UsageError) throw error;
    if (
      (error as NodeJS.ErrnoException).code === 'EEXIST' &&
      (error as NodeJS.ErrnoException).syscall === 'link'
    ) {
      throw new UsageError(
        `${toTerminalText(shown)} appeared while the ${what} was being made; nothing was overwritten, so run again or choose another file name`,
      );
    }
    throw fileSystemError(error, shown, title);
  } finally {
    settled();
  }
}

/** Gives `from` the name `to` only if nothing has that name: a hard link where the disk has them, else a checked rename. */
async function placeWithoutReplacing(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    // A disk without hard links (FAT, some network shares): the check and the rename are two steps.
    if (
      await lstat(to).then(
        () => true,
        () => false,
      )
    )
      throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST', syscall: 'link' });
    await rename(from, to);
  }
}

/** The first bytes of a regular file, opened without following a link and without blocking. */
function readHead(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return '';
  }
  try {
    if (!fstatSync(fd).isFile()) return '';
    const buffer = Buffer.alloc(HEAD_BYTES);
    const bytesRead = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    closeSync(fd);
  }
}
