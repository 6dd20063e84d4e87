/**
 * Reading one content file without trusting it: without blocking, up to a limit, as UTF-8, with any
 * problem named at the path a user sees.
 */
import { relative } from 'node:path';
import { readBounded } from '../bounded-read.ts';
import { decodeUtf8 } from '../config/yaml-source.ts';
import type { Problem } from '../problems.ts';

/** A page or the sources file larger than this is not content (the longest page is about 20 KB). */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;
/** A content file's text, or '' with a problem naming the file and why it cannot be read. */
export function readContentFile(path: string, missing: string, problems: Problem[]): string {
  const result = readBounded(path, MAX_CONTENT_FILE_BYTES);
  if ('bytes' in result) {
    const decoded = decodeUtf8(displayPath(path), result.bytes);
    problems.push(...decoded.problems);
    return decoded.text ?? '';
  }
  const why: Record<string, string> = {
    ENOENT: missing,
    'not-a-file':
      'is not a regular file (a pipe, device or socket); content files must be ordinary text files',
    folder: 'is a folder; content files must be ordinary text files',
    'too-large': `is larger than ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB; a content file is a few KB, so check that this is the right file`,
  };
  problems.push({
    file: displayPath(path),
    message: why[result.reason] ?? `cannot be read (${result.reason})`,
  });
  return '';
}

/** A path as messages show it: relative to where the command runs. */
export const displayPath = (p: string) => relative(process.cwd(), p) || p;
