import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { MAX_LOGO_BYTES, checkLogoBytes, formatBytes } from '../core/config/logo.ts';

/** A logo that was read, or the reason it was refused (one sentence for the config's branding.logo line). */
export type LogoResult = { bytes: Uint8Array; path: string } | { problem: string };

/**
 * Reads the logo named in a config: a regular file inside the config's folder, reached without
 * following a link, no larger than MAX_LOGO_BYTES, whose bytes match its type. Opened without
 * following links and without blocking, so a link to /dev/zero or a FIFO is refused, not read.
 */
export async function readLogo(configFile: string, logo: string): Promise<LogoResult> {
  const base = dirname(resolve(configFile));
  const path = resolve(base, logo);
  const shown = `"${logo}" (looked for ${path})`;
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return {
        problem: `logo file ${shown} not found; the path is relative to the config file. Fix the path or remove the logo line`,
      };
    return { problem: `logo file ${shown} cannot be read (${code ?? 'unknown error'})` };
  }
  if (info.isSymbolicLink())
    return {
      problem: `logo ${shown} is a link to another file; copy the image itself into the config's folder`,
    };
  if (info.isDirectory())
    return {
      problem: `logo ${shown} is a folder; name the image file inside it, e.g. "${logo.replace(/[\\/]+$/, '')}/logo.png"`,
    };
  if (!info.isFile())
    return {
      problem: `logo ${shown} is not a regular file (it is a device, pipe or socket); name an image file`,
    };
  if (info.size > MAX_LOGO_BYTES) {
    return {
      problem: `the logo is ${formatBytes(info.size)}; a logo may be at most ${formatBytes(MAX_LOGO_BYTES)}: export a smaller PNG (600 px wide is plenty) or an SVG`,
    };
  }
  // A link in a parent folder could still lead outside: compare the real locations.
  const [realBase, realPath] = await Promise.all([realpath(base), realpath(path)]);
  const rel = relative(realBase, realPath);
  if (rel.startsWith('..') || rel.startsWith(sep) || resolve(realBase, rel) !== realPath) {
    return {
      problem: `logo ${shown} lies outside the config's folder (through a linked folder); copy the image into the config's folder`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(path, MAX_LOGO_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return {
        problem: `logo ${shown} is a link to another file; copy the image itself into the config's folder`,
      };
    if (code === 'EFBIG')
      return {
        problem: `the logo grew past ${formatBytes(MAX_LOGO_BYTES)} while it was read; use a smaller image`,
      };
    return { problem: `logo file ${shown} cannot be read (${code ?? (error as Error).message})` };
  }
  const problem = checkLogoBytes(logo, bytes);
  return problem ? { problem } : { bytes, path };
}

async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    }
    return new Uint8Array(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}
