import { existsSync, renameSync, rmSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../core/problems.ts';

/** Marks a folder the generator created and lists what it wrote, so a later run replaces only that. */
export const MARKER_FILE = '.playbook-handbook';
const MARKER_HEADER = [
  '# Written by `playbook generate`. The next run replaces the files listed below and stops if it',
  '# finds any other file here, so nothing you add to this folder is deleted without --force.',
];
/** Files a marker from before file lists existed may have written. */
const LEGACY_OUTPUT = /^(handbook\.(html|md|pdf)|training-plan\.ics|handouts\/[^/]+\.(html|pdf))$/;
/** Files listed in a refusal before "and N more". */
const LIST_LIMIT = 15;
/** Entries walked in an existing folder before it is judged too big to be ours. */
const WALK_LIMIT = 5000;

/** A problem with the output folder: printed as one line, exit 1. */
export function outputError(dir: string, message: string, title = 'Cannot write the handbook; nothing was changed'): UserError {
  return new UserError([{ file: dir, field: '--out', message }], title);
}

/** A file system failure while writing, said as the user's problem when it is one (permissions, a file in the way, a full disk). */
export function fileSystemError(error: unknown, path: string, title?: string): Error {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied: you cannot write there; choose a folder you own, or fix its permissions',
    EPERM: 'permission denied: you cannot write there; choose a folder you own, or fix its permissions',
    EROFS: 'the disk is read-only; choose a folder on a writable disk',
    ENOTDIR: 'part of this path is a file, not a folder; choose another --out',
    EEXIST: 'part of this path is a file, not a folder; choose another --out',
    ENOSPC: 'the disk is full; free some space and run again (the previous handbook is unchanged)',
    ENAMETOOLONG: 'the path is too long; choose a shorter --out',
  };
  return code && reasons[code] ? outputError(path, reasons[code], title) : (error as Error);
}

/** Resolves a path inside `root`; throws when it would land outside (`../`, absolute paths). */
export function resolveInside(root: string, path: string): string {
  const target = resolve(root, path);
  const rel = relative(resolve(root), target);
  if (rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel) || isAbsolute(path)) {
    throw new UserError([{ file: path, message: `output path escapes the output folder ${root}; output files must stay inside it` }], 'Refusing to write');
  }
  return target;
}

/** Staging folders of runs still going; a signal removes them before the process ends. */
const LIVE = new Set<StagedOutput>();

/** Removes every live staging folder and puts back a folder caught mid-swap. Synchronous: it runs in a signal handler. */
export function cleanUpAfterSignal(): void {
  for (const staged of LIVE) staged.abandonSync();
  LIVE.clear();
}

/**
 * A handbook being written: files go into a temporary sibling folder, and `commit` swaps it into
 * place with renames, so the previous handbook stays whole until the new one is complete.
 */
export class StagedOutput {
  readonly written: { path: string; bytes: number }[] = [];
  private readonly old: string;
  private constructor(
    readonly target: string,
    readonly staging: string,
    /** Files in the target the generator did not write, deleted on commit (only with --force). */
    readonly foreign: string[],
  ) {
    this.old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  }

  /** Checks what the target holds, recovers what an interrupted run left, and creates the staging folder. */
  static async open(target: string, options: { force: boolean; display?: string }): Promise<StagedOutput> {
    const dir = resolve(target);
    const shown = options.display ?? target;
    await recoverStale(dir);
    let foreign: string[] = [];
    const info = await lstat(dir).catch(() => undefined);
    if (info?.isSymbolicLink()) throw outputError(shown, 'is a link to another folder; give the real folder as --out');
    if (info && !info.isDirectory()) throw outputError(shown, 'exists and is a file, not a folder; choose another --out');
    if (info) {
      foreign = await findForeignFiles(dir);
      if (foreign.length > 0 && !options.force) {
        throw outputError(
          shown,
          `holds ${foreign.length === 1 ? 'a file' : `${foreign.length} files`} the generator did not write: ${listSome(foreign)}. Move ${foreign.length === 1 ? 'it' : 'them'} out, choose another --out, or pass --force to delete ${foreign.length === 1 ? 'it' : 'them'} with the old handbook`,
        );
      }
    }
    const staging = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}`);
    try {
      await mkdir(dirname(dir), { recursive: true });
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging);
      await writeFile(join(staging, MARKER_FILE), `${MARKER_HEADER.join('\n')}\n`);
    } catch (error) {
      throw fileSystemError(error, shown);
    }
    const staged = new StagedOutput(dir, staging, foreign);
    LIVE.add(staged);
    return staged;
  }

  /** Writes one file, given relative to the output folder. */
  async write(path: string, data: string | Uint8Array): Promise<void> {
    const file = resolveInside(this.staging, path);
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, data);
    } catch (error) {
      throw fileSystemError(error, this.target);
    }
    this.written.push({ path: relative(this.staging, file).split(sep).join('/'), bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength });
  }

  /** Lists the written files in the marker and moves the finished folder into place, replacing the previous one. */
  async commit(): Promise<void> {
    const listed = this.written.map((f) => f.path).sort();
    try {
      await writeFile(join(this.staging, MARKER_FILE), `${[...MARKER_HEADER, ...listed].join('\n')}\n`);
      if (existsSync(this.target)) await rename(this.target, this.old);
      await rename(this.staging, this.target);
    } catch (error) {
      this.abandonSync();
      throw fileSystemError(error, this.target);
    }
    LIVE.delete(this);
    await rm(this.old, { recursive: true, force: true });
  }

  /** Removes the staging folder after a failure; the previous handbook is untouched. */
  async discard(): Promise<void> {
    LIVE.delete(this);
    await rm(this.staging, { recursive: true, force: true });
  }

  /** The synchronous form of discard, which also undoes a half-done swap. */
  abandonSync(): void {
    rmSync(this.staging, { recursive: true, force: true });
    if (!existsSync(this.target) && existsSync(this.old)) renameSync(this.old, this.target);
  }
}

function listSome(files: string[]): string {
  const shown = files.slice(0, LIST_LIMIT).join(', ');
  return files.length > LIST_LIMIT ? `${shown} and ${files.length - LIST_LIMIT} more` : shown;
}

/** Files (and links) in `dir` that its marker does not list; everything, when there is no marker. */
async function findForeignFiles(dir: string): Promise<string[]> {
  const marker = await readFile(join(dir, MARKER_FILE), 'utf8').catch(() => undefined);
  const listed = marker === undefined ? undefined : new Set(marker.split('\n').filter((l) => l && !l.startsWith('#')));
  const legacy = marker !== undefined && listed!.size === 0;
  const foreign: string[] = [];
  let walked = 0;
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (++walked > WALK_LIMIT) {
        foreign.push(`(more than ${WALK_LIMIT} entries in all)`);
        return;
      }
      const path = relative(dir, join(folder, entry.name)).split(sep).join('/');
      if (entry.isDirectory()) await walk(join(folder, entry.name));
      else if (path === MARKER_FILE && marker !== undefined) continue;
      else if (!entry.isFile() || !(listed?.has(path) || (legacy && LEGACY_OUTPUT.test(path)))) foreign.push(path);
      if (walked > WALK_LIMIT) return;
    }
  };
  await walk(dir);
  return foreign.sort();
}

/** True when a process with this id is running (or exists but belongs to someone else). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after runs that were killed: a previous handbook caught mid-swap is put back, and
 * staging folders whose process has ended are removed. Only folders carrying our marker are touched.
 */
async function recoverStale(dir: string): Promise<void> {
  const parent = dirname(dir);
  const name = basename(dir);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  for (const entry of entries.sort()) {
    const match = pattern.exec(entry);
    if (!match || Number(match[2]) === process.pid || isRunning(Number(match[2]))) continue;
    const path = join(parent, entry);
    if (!existsSync(join(path, MARKER_FILE))) continue;
    if (match[1] === 'old' && !existsSync(dir)) await rename(path, dir);
    else await rm(path, { recursive: true, force: true });
  }
}
