/**
 * Reading a file a user (or a library) gave us without trusting it: the file is opened without
 * blocking (a FIFO or a device cannot hang the run), must be a regular file, and is read up to a
 * limit counted in bytes actually read, not in the size the file system reports (a file that grows
 * while it is read, or a /proc file that reports 0, cannot exhaust memory).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file could not be read: an errno code, or one of ours. */
export type UnreadableReason = 'not-a-file' | 'folder' | 'too-large' | 'link' | string;

export type BoundedRead = { bytes: Buffer } | { reason: UnreadableReason; size?: number };

/**
 * Reads at most `limit` bytes of a regular file. `followLinks: false` refuses a link in the last
 * part of the path (ELOOP becomes 'link'). Synchronous on purpose: callers read a handful of small
 * files, and a signal handler may need the same rules.
 */
export function readBounded(path: string, limit: number, { followLinks = true } = {}): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { reason: code === 'ELOOP' && !followLinks ? 'link' : code === 'EISDIR' ? 'folder' : code };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { reason: 'folder' };
    if (!info.isFile()) return { reason: 'not-a-file' };
    const buffer = Buffer.alloc(Math.min(limit, Math.max(info.size, 64 * 1024)) + 1);
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        // The file is longer than it said: grow, but never past the limit plus one byte.
        if (chunk.length > limit) break;
        const grown = Buffer.alloc(Math.min(limit + 1, chunk.length * 2));
        chunk.copy(grown, 0, 0, length);
        chunk = grown;
      }
      const read = readSync(fd, chunk, length, chunk.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return { reason: 'too-large', size: Math.max(info.size, length) };
    return { bytes: chunk.subarray(0, length) };
  } catch (error) {
    return { reason: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}
