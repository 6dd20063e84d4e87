/**
 * What a handbook folder holds that the generator wrote, and nothing else. The marker file lists each
 * file a run wrote with the SHA-256 of its bytes; a file counts as ours only while its bytes still
 * have that hash. A file the user edited, a file the marker never listed, a folder the run did not
 * make, a link: all of them are the user's, and nothing here ever deletes them. Removing a folder of
 * ours deletes our files one by one and moves whatever is left aside into a dated folder beside it.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  opendirSync,
  readSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  type Dir,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readBounded } from '../core/bounded-read.ts';

/** Marks a folder the generator created and lists what it wrote, so a later run replaces only that. */
export const MARKER_FILE = '.playbook-handbook';
const MARKER_HEADER = [
  '# Written by `playbook generate`: each line is the SHA-256 of a file it wrote and the file. The next',
  '# run replaces only those files while they are unchanged; any other file, or one you edited, stops',
  '# the run (and with --force is moved aside into a dated folder beside this one, never deleted).',
];
/** A marker larger than this is not one of ours (a real one is a few KB). */
const MARKER_LIMIT = 1024 * 1024;
/** A file larger than this is not one of ours, whatever the marker says (a full-library PDF is far smaller). */
const OWN_FILE_LIMIT = 512 * 1024 * 1024;
/** Names listed before "and N more". */
export const LIST_LIMIT = 15;

/** The files a marker lists, each with its hash (undefined for a marker from before hashes were kept). */
export type MarkerFiles = ReadonlyMap<string, string | undefined>;

/** Something in a handbook folder that the generator did not write (or no longer recognises as its own). */
export interface ForeignEntry {
  /** Relative to the folder, with forward slashes; a folder ends in `/`. */
  path: string;
  why:
    | 'not written by the generator'
    | 'edited since the generator wrote it'
    | 'written by an older version that kept no checksums'
    | 'a folder the generator did not make'
    | 'a link';
}

/** The first entries found and how many there are in all. */
export interface ForeignFiles {
  first: ForeignEntry[];
  count: number;
}

export const hashBytes = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

/** The marker's text: the header, then one "hash  path" line per file, sorted so the bytes never vary. */
export function formatMarker(files: { path: string; hash: string }[]): string {
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.hash}  ${f.path}`);
  return `${[...MARKER_HEADER, ...lines].join('\n')}\n`;
}

/** The marker of a folder, or undefined when it has none (then everything in it is the user's). */
export function readMarker(dir: string): MarkerFiles | undefined {
  const read = readBounded(join(dir, MARKER_FILE), MARKER_LIMIT, { followLinks: false });
  if (!('bytes' in read)) return undefined;
  const files = new Map<string, string | undefined>();
  for (const line of read.bytes.toString('utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const hashed = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    const path = hashed ? hashed[2]! : line;
    // A listed path that could leave the folder is not ours, whoever wrote the line.
    if (path.split('/').some((part) => part === '' || part === '.' || part === '..') || path === MARKER_FILE)
      continue;
    files.set(path, hashed?.[1]);
  }
  return files;
}

/**
 * The SHA-256 of a regular file reached without following a link, read in chunks; undefined when it
 * is anything else or larger than any file of ours.
 */
function hashFile(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > OWN_FILE_LIMIT) return undefined;
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(1024 * 1024);
    for (let total = 0, read = -1; read !== 0; total += read) {
      if (total > OWN_FILE_LIMIT) return undefined;
      read = readSync(fd, chunk, 0, chunk.length, null);
      hash.update(chunk.subarray(0, read));
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Folders the listed files sit in (and the folders above them): the only folders a run made. */
function madeFolders(files: MarkerFiles): Set<string> {
  const folders = new Set<string>();
  for (const path of files.keys()) {
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  }
  return folders;
}

/** Every entry of a folder, one at a time, so a folder of a million entries costs no memory. */
function* entriesOf(folder: string): Generator<string> {
  let dir: Dir;
  try {
    dir = opendirSync(folder);
  } catch {
    return;
  }
  try {
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) yield entry.name;
  } finally {
    dir.closeSync();
  }
}

/**
 * What in `dir` is not the generator's: walked only into folders a run made, so a folder of the
 * user's counts as one entry however much it holds, and every entry is counted.
 */
export function findForeignFiles(dir: string, marker: MarkerFiles | undefined): ForeignFiles {
  const files = marker ?? new Map<string, string | undefined>();
  const folders = madeFolders(files);
  const found: ForeignFiles = { first: [], count: 0 };
  const add = (entry: ForeignEntry) => {
    found.count++;
    if (found.first.length < LIST_LIMIT) found.first.push(entry);
  };
  const walk = (relative: string): void => {
    for (const name of entriesOf(relative === '' ? dir : join(dir, relative))) {
      const path = relative === '' ? name : `${relative}/${name}`;
      if (path === MARKER_FILE && marker !== undefined) continue;
      const info = lstatOrUndefined(join(dir, path));
      if (!info) continue;
      if (info.isSymbolicLink()) add({ path, why: 'a link' });
      else if (info.isDirectory())
        folders.has(path)
          ? walk(path)
          : add({ path: `${path}/`, why: 'a folder the generator did not make' });
      else if (!files.has(path) || !info.isFile()) add({ path, why: 'not written by the generator' });
      else if (files.get(path) === undefined)
        add({ path, why: 'written by an older version that kept no checksums' });
      else if (hashFile(join(dir, path)) !== files.get(path))
        add({ path, why: 'edited since the generator wrote it' });
    }
  };
  walk('');
  found.first.sort((a, b) => (a.path < b.path ? -1 : 1));
  return found;
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Deletes from `dir` the files the marker lists whose bytes still have their hash, then the folders
 * the run made if they are empty, the marker, and `dir` itself if nothing else is left. Never
 * deletes anything else and never recurses into a folder it did not make. True when `dir` is gone.
 */
export function removeOwnFiles(dir: string, marker: MarkerFiles | undefined): boolean {
  const files = marker ?? new Map<string, string | undefined>();
  for (const [path, hash] of files) {
    const file = join(dir, path);
    if (hash !== undefined && hashFile(file) === hash) unlinkQuietly(file);
  }
  const folders = [...madeFolders(files)].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const folder of folders) rmdirQuietly(join(dir, folder));
  if (marker !== undefined && lstatOrUndefined(join(dir, MARKER_FILE))?.isFile())
    unlinkQuietly(join(dir, MARKER_FILE));
  return rmdirQuietly(dir);
}

/**
 * Moves `folder` aside, beside `target`, as `<target>-moved-aside-<date>-<time>` (the local time
 * the user will look for), adding -2, -3… when that name is taken. Returns the new path.
 */
export function setAside(folder: string, target: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const base = join(dirname(target), `${basename(target)}-moved-aside-${stamp}`);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (existsSync(name) || lstatOrUndefined(name)) continue;
    renameSync(folder, name);
    return name;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already, or not ours to remove: either way it stays the user's.
  }
}

/** True when the folder was removed (or was already gone). */
function rmdirQuietly(path: string): boolean {
  try {
    rmdirSync(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}
