import { constants, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { checkHandbookConfig, type CheckedConfig } from '../core/config/check.ts';
import type { Library } from '../core/library/library.ts';
import { DEFAULT_CONTENT_DIR, loadLibraryToRender } from '../core/library/load.ts';
import { formatBytes } from '../core/config/logo.ts';
import { UserError } from '../core/problems.ts';
import { decodeUtf8 } from '../core/config/yaml-source.ts';
import type { HandbookConfig } from '../schemas/handbook-config.ts';
import type { Io } from './io.ts';
import { readChapterFile } from './chapter-files.ts';
import { readLogo } from './logo.ts';

/** The largest config accepted; a real one is a few KB. Checked before the file is parsed. */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** A path as the user would type it: relative when inside the working folder, absolute otherwise. */
export function displayPath(io: Io, path: string): string {
  const rel = relative(io.cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** The library folder: `--content`, else PLAYBOOK_CONTENT_DIR (as the site uses), else the project's content/. */
export async function loadLibraryFor(
  io: Io,
  contentDir?: string,
): Promise<{ library: Library; dir: string }> {
  const given = contentDir ?? io.env.PLAYBOOK_CONTENT_DIR;
  const dir = given ? resolve(io.cwd, given) : DEFAULT_CONTENT_DIR;
  if (given && !existsSync(dir)) {
    throw new UserError(
      [
        {
          file: given,
          field: '--content',
          message: 'folder not found; expected a folder with failure-modes/*.mdx and sources.yaml',
        },
      ],
      'Cannot load the playbook',
    );
  }
  return { library: await loadLibraryToRender(dir), dir };
}

/**
 * Reads a small text file a user gave us: a regular file (not a folder, device or pipe), at most
 * `limit` bytes, in UTF-8. Every refusal is a UserError naming the file and the option.
 */
export async function readUserFile(
  io: Io,
  path: string,
  option: string,
  what: string,
  limit: number,
): Promise<{ text: string; display: string; absolute: string }> {
  const absolute = resolve(io.cwd, path);
  const display = displayPath(io, absolute);
  const fail = (message: string, line?: number): never => {
    throw new UserError(
      [{ file: display, field: option, ...(line ? { line } : {}), message }],
      `Cannot read the ${what}`,
    );
  };
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `file not found; check the path${option === '--config' ? `, or create a starter with \`playbook init ${path}\`` : ''}`
        : code === 'EISDIR'
          ? `is a folder; expected a ${what} file`
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied; check that you may read this file'
            : `cannot be read (${code ?? (error as Error).message})`,
    );
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return fail(`is a folder; expected a ${what} file`);
    if (!info.isFile())
      return fail(`is not a regular file (a device, pipe or socket); expected a ${what} file`);
    if (info.size > limit)
      return fail(
        `is ${formatBytes(info.size)}; a ${what} may be at most ${formatBytes(limit)}. Check that this is the right file`,
      );
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length <= limit; length += read)
      ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length, null));
    if (length > limit)
      return fail(
        `is larger than ${formatBytes(limit)}; a ${what} may be at most that. Check that this is the right file`,
      );
    const decoded = decodeUtf8(display, buffer.subarray(0, length));
    if (decoded.text === undefined) return fail(decoded.problems[0]!.message, decoded.problems[0]!.line);
    return { text: decoded.text!, display, absolute };
  } finally {
    await handle.close();
  }
}

export interface ReadConfig extends Omit<CheckedConfig, 'logo'> {
  config: HandbookConfig;
  /** The config file, absolute and as shown to the user. */
  path: string;
  display: string;
  /** The logo's bytes and absolute path, read and checked, when the config names one. */
  logo?: NonNullable<CheckedConfig['logo']> & { bytes: Uint8Array; absolute: string };
  /** Every file the config brings in (the logo, chapters of its own), absolute: places the output may not replace. */
  inputFiles: string[];
}

/** Reads and checks a config file and its logo; throws UserError listing every problem, returns the warnings. */
export async function readConfig(io: Io, configPath: string, library: Library): Promise<ReadConfig> {
  const { text, display, absolute } = await readUserFile(
    io,
    configPath,
    '--config',
    'config',
    MAX_CONFIG_BYTES,
  );
  const checked = checkHandbookConfig({ path: display, text }, library);
  const problems = [...checked.problems];
  let logo: ReadConfig['logo'];
  if (checked.logo) {
    const read = await readLogo(absolute, checked.logo.path);
    if ('problem' in read) {
      const { line, column } = checked.logo;
      problems.push({
        file: display,
        field: 'branding.logo',
        ...(line ? { line, column } : {}),
        message: read.problem,
      });
    } else {
      logo = { ...checked.logo, bytes: read.bytes, absolute: read.path };
    }
  }
  // Chapters kept in files beside the config: read now, so the handbook holds their text.
  const inputFiles = logo ? [logo.absolute] : [];
  const config = checked.config && { ...checked.config, own: [...checked.config.own] };
  config?.own.forEach((chapter, i) => {
    if (chapter.file === undefined) return;
    const read = readChapterFile(
      absolute,
      chapter.file,
      `own.${i}.file`,
      checked.positions?.[`own.${i}.file`] ?? {},
      (p) => displayPath(io, p),
    );
    if ('problems' in read) problems.push(...read.problems);
    else {
      config.own[i] = { ...chapter, body: read.text };
      inputFiles.push(read.absolute);
    }
  });
  if (!config || problems.length > 0) {
    const n = problems.length;
    throw new UserError(problems, `${display} has ${n} problem${n === 1 ? '' : 's'}; nothing was written`);
  }
  const { logo: _written, ...rest } = checked;
  return { ...rest, config, path: absolute, display, inputFiles, ...(logo ? { logo } : {}) };
}
