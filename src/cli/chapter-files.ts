/**
 * A chapter a company keeps in a Markdown file beside its config (`own: [{ file: chapters/x.md }]`):
 * read with the logo's rules (a regular file inside the config's folder, reached without a link,
 * not blocking, at most the size a chapter may have, UTF-8), then checked as any company Markdown.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { readBounded } from '../core/bounded-read.ts';
import { decodeUtf8 } from '../core/config/yaml-source.ts';
import { renderCompanyMarkdown } from '../core/handbook/company-markdown.ts';
import type { Problem } from '../core/problems.ts';
import { MAX_MARKDOWN_LENGTH } from '../schemas/user-text.ts';

/** A chapter file, read and checked: its text and where it is, or the problems with it. */
export type ChapterFile = { text: string; absolute: string } | { problems: Problem[] };

/** Reads `file` (relative to the config) for the own chapter at `field`, e.g. "own.0.file". */
export function readChapterFile(
  configFile: string,
  file: string,
  field: string,
  at: { line?: number; column?: number },
  shown: (path: string) => string,
): ChapterFile {
  const base = dirname(configFile);
  const path = resolve(base, file);
  const problem = (message: string): ChapterFile => ({
    problems: [{ file: shown(configFile), field, ...at, message }],
  });
  if (isAbsolute(file) || relative(base, path).startsWith('..')) {
    return problem(
      `"${file}" must be a file in the config's folder (or a folder inside it), written relative to the config`,
    );
  }
  const read = readBounded(path, MAX_MARKDOWN_LENGTH * 4, { followLinks: false });
  if (!('bytes' in read)) {
    const why: Record<string, string> = {
      ENOENT: `"${file}" not found; the path is relative to the config file`,
      ENOTDIR: `"${file}" not found; the path is relative to the config file`,
      link: `"${file}" is a link to another file; copy the chapter itself into the config's folder`,
      folder: `"${file}" is a folder; name the Markdown file inside it`,
      'not-a-file': `"${file}" is not a regular file (a device, pipe or socket); name a Markdown file`,
      'too-large': `"${file}" is too large for a chapter (at most ${MAX_MARKDOWN_LENGTH.toLocaleString('en')} characters); split it, or shorten it`,
    };
    return problem(why[read.reason] ?? `"${file}" cannot be read (${read.reason})`);
  }
  // A linked folder on the way could still lead outside: compare the real places.
  const realBase = realpathSync(base);
  const realPath = realpathSync(path);
  if (relative(realBase, realPath).startsWith('..') || relative(realBase, realPath).startsWith(sep)) {
    return problem(
      `"${file}" lies outside the config's folder (through a linked folder); copy it into the config's folder`,
    );
  }
  const decoded = decodeUtf8(shown(path), read.bytes);
  if (decoded.text === undefined) return { problems: decoded.problems };
  const text = decoded.text.replace(/\r\n?/g, '\n').trim();
  if (text.length > MAX_MARKDOWN_LENGTH)
    return problem(
      `"${file}" is ${text.length.toLocaleString('en')} characters long; a chapter may be at most ${MAX_MARKDOWN_LENGTH.toLocaleString('en')}`,
    );
  if (text.length === 0)
    return problem(`"${file}" is empty; write the chapter in it, or remove this chapter`);
  const markdown = renderCompanyMarkdown(text, shown(path), { target: 'html', headingDepth: 2 }).problems;
  if (markdown.length > 0) {
    return {
      problems: markdown.map((p) => ({
        file: shown(path),
        ...(p.line ? { line: p.line, ...(p.column ? { column: p.column } : {}) } : {}),
        message: p.message,
      })),
    };
  }
  return { text, absolute: realPath };
}
