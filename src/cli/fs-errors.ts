/**
 * File system failures on a path the user chose, said as the user's problem: each error code the
 * system can give for a place is a sentence with a way out. Any other code from the system is
 * still the user's environment, not our bug, so it is named as it came (exit 1, no stack trace).
 */
import { UserError } from '../core/problems.ts';
import { toTerminalText } from '../core/terminal-text.ts';

const CHOOSE = 'choose another --out';

/** What each error code means for a place we write to, and what to do. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied: you cannot write there; choose a folder you own, or fix its permissions',
  EPERM: 'the system does not allow this here (permission or a protected file); choose a folder you own',
  EROFS: 'the disk is read-only; choose a folder on a writable disk',
  ENOTDIR: `part of this path is a file, not a folder; ${CHOOSE}`,
  EEXIST: `part of this path is a file, not a folder; ${CHOOSE}`,
  EISDIR: `a folder stands where a file has to go; ${CHOOSE}`,
  ENOENT: `part of this path does not exist, or is a link to a folder that does not exist; ${CHOOSE} or create the folder`,
  ELOOP: `a link in this path leads back to itself (a loop of links); ${CHOOSE}`,
  ENAMETOOLONG: 'the path is too long; choose a shorter --out',
  ENOSPC: 'the disk is full; free some space and run again (the previous handbook is unchanged)',
  EDQUOT: 'your disk quota is used up; free some space and run again (the previous handbook is unchanged)',
  EFBIG: 'a file is larger than this disk allows; choose a folder on another disk',
  EBUSY: `this folder is in use by the system (a mount point, or open elsewhere); ${CHOOSE}, such as a folder inside it`,
  EXDEV: `this folder is on another disk than the folder it sits in (a mount point); ${CHOOSE}, such as a folder inside it`,
  ENOTEMPTY: 'a folder appeared in the way while the handbook was being written; run again',
  EMLINK: 'the folder holds too many entries for this file system; choose another folder',
  EMFILE: 'too many files are open on this machine; close some programs and run again',
  ENFILE: 'too many files are open on this machine; close some programs and run again',
  EIO: 'the disk reported a read or write error; check the disk, or choose another folder',
  ENXIO: `this path is a device, not a folder; ${CHOOSE}`,
  ENODEV: `this path is on a device that holds no files; ${CHOOSE}`,
  EINVAL: `the system cannot hold files here (a special folder such as /proc or /sys); ${CHOOSE}`,
  ETXTBSY: 'a file in the way is a program that is running; close it, or choose another folder',
  EAGAIN: 'the system is busy with this path; run again in a moment',
  EWOULDBLOCK: 'the system is busy with this path; run again in a moment',
  EINTR: 'the run was interrupted; run again',
  ENOSYS: `this file system does not support what writing a handbook needs; ${CHOOSE}`,
  ENOTSUP: `this file system does not support what writing a handbook needs; ${CHOOSE}`,
  EOPNOTSUPP: `this file system does not support what writing a handbook needs; ${CHOOSE}`,
  ESTALE: 'the network folder went away (a stale file handle); reconnect it and run again',
  ETIMEDOUT: 'the network folder did not answer in time; check the connection and run again',
  ENOTCONN: 'the network folder is not connected; reconnect it and run again',
  ESHUTDOWN: 'the network folder is not connected; reconnect it and run again',
};

/** The sentence for an error code, or undefined when the error did not come from the system. */
export function describeFileSystemError(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (
    typeof code !== 'string' ||
    !/^E[A-Z0-9]+$/.test(code) ||
    typeof (error as NodeJS.ErrnoException).syscall !== 'string'
  )
    return undefined;
  return (
    REASONS[code] ?? `the system refused (${code}: ${toTerminalText((error as Error).message)}); ${CHOOSE}`
  );
}

/** A problem with the output path: printed as one line, exit 1. */
export function outputError(
  dir: string,
  message: string,
  title = 'Cannot write the handbook; nothing was changed',
): UserError {
  return new UserError([{ file: dir, field: '--out', message }], title);
}

/** A file system failure while writing, as a UserError when the system gave it; our own bugs pass through. */
export function fileSystemError(error: unknown, path: string, title?: string): Error {
  if (error instanceof UserError) return error;
  const reason = describeFileSystemError(error);
  return reason ? outputError(path, reason, title) : (error as Error);
}
