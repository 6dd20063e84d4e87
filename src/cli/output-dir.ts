import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { appendFile, lstat, mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { UserError } from '../core/problems.ts';
import { fileSystemError, outputError } from './fs-errors.ts';
import { undoIfInterrupted } from './interrupt.ts';
import {
  LIST_LIMIT,
  MARKER_FILE,
  findForeignFiles,
  formatMarker,
  hashBytes,
  readMarker,
  removeOwnFiles,
  setAside,
  type ForeignFiles,
} from './handbook-marker.ts';

/** Resolves a path inside `root`; throws when it would land outside (`../`, absolute paths). */
export function resolveInside(root: string, path: string): string {
  const target = resolve(root, path);
  const rel = relative(resolve(root), target);
  if (rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel) || isAbsolute(path)) {
    throw new UserError(
      [
        {
          file: path,
          message: `output path escapes the output folder ${root}; output files must stay inside it`,
        },
      ],
      'Refusing to write',
    );
  }
  return target;
}

/**
 * Creates the folders of `path` that are missing, one level at a time, so a path under /proc or a
 * loop of links fails with its own error instead of looping (as a recursive mkdir can).
 */
export function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    const info = (() => {
      try {
        return statSync(folder);
      } catch {
        return undefined;
      }
    })();
    if (info?.isDirectory()) break;
    // Something that exists but is no folder (a file, a dangling link) fails at mkdir with its own code.
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing) {
    if (lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink()) {
      // stat failed above, so the link leads nowhere; mkdir would call it EEXIST, "a file is in the way".
      throw Object.assign(new Error(`${folder} is a link to a folder that does not exist`), {
        code: 'ENOENT',
        syscall: 'mkdir',
        path: folder,
      });
    }
    mkdirSync(folder);
  }
}

/** "N files" for a foreign list, and the first few of them by name. */
export function describeForeign(found: ForeignFiles): string {
  const names = found.first.map((e) => `${e.path} (${e.why})`).join(', ');
  const more = found.count - found.first.length;
  return `${found.count === 1 ? 'a file that is yours, not the generator’s' : `${found.count.toLocaleString('en')} files that are yours, not the generator’s`}: ${names}${more > 0 ? ` and ${more.toLocaleString('en')} more` : ''}`;
}

/** A pause at one of the two moments before the swap (see StagedOutput's constructor). */
export type HoldHook = (moment: 'before-check' | 'before-swap') => Promise<void>;

/** What a finished swap did with the previous folder's contents. */
export interface CommitResult {
  /** The dated folder beside the output that now holds what the generator did not write, if anything. */
  movedAside?: string;
  /** What was moved there, as found just before the swap. */
  moved?: ForeignFiles;
}

/**
 * A handbook being written: files go into a temporary sibling folder, and `commit` swaps it into
 * place with renames, so the previous handbook stays whole until the new one is complete. The
 * previous folder is then emptied of the generator's own files only; anything else in it is moved
 * aside, never deleted.
 */
export class StagedOutput {
  readonly written: { path: string; bytes: number; hash: string }[] = [];
  /** Folders beside the output holding what earlier, interrupted runs left and the generator did not write. */
  readonly recovered: string[] = [];
  /** Takes this run off the list of writes a signal undoes. */
  private settled = (): void => undefined;
  private readonly old: string;
  private constructor(
    readonly target: string,
    readonly staging: string,
    /** What the target held that the generator did not write, when the run started (only with --force). */
    readonly foreign: ForeignFiles,
    private readonly force: boolean,
    private readonly display: string,
    /** Lets a test hold the run at the two moments a file can slip in: before the last check, and between it and the swap. */
    private readonly hold?: HoldHook,
  ) {
    this.old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  }

  /** Checks what the target holds, recovers what an interrupted run left, and creates the staging folder. */
  static async open(
    target: string,
    options: { force: boolean; display?: string; hold?: HoldHook },
  ): Promise<StagedOutput> {
    const dir = resolve(target);
    const shown = options.display ?? target;
    let foreign: ForeignFiles = { first: [], count: 0 };
    let recovered: string[] = [];
    try {
      recovered = recoverStale(dir);
      const info = await lstat(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (info?.isSymbolicLink())
        throw outputError(shown, 'is a link to another folder; give the real folder as --out');
      if (info && !info.isDirectory())
        throw outputError(shown, 'exists and is a file, not a folder; choose another --out');
      if (info) {
        if (parse(dir).root !== dir && statSync(dirname(dir)).dev !== info.dev) {
          throw outputError(
            shown,
            'is a mount point (another disk is attached here), which cannot be replaced; choose a folder inside it, such as ' +
              join(shown, 'handbook') +
              ', or another folder',
          );
        }
        foreign = findForeignFiles(dir, readMarker(dir));
        if (foreign.count > 0 && !options.force)
          throw outputError(shown, `holds ${describeForeign(foreign)}. ${advice(foreign)}`);
      }
      makeFolders(dirname(dir));
    } catch (error) {
      throw fileSystemError(error, shown);
    }
    const staging = await makeStaging(dir, shown);
    const staged = new StagedOutput(dir, staging, foreign, options.force, shown, options.hold);
    staged.recovered.push(...recovered);
    staged.settled = undoIfInterrupted(() => staged.abandonSync());
    return staged;
  }

  /** Writes one file, given relative to the output folder; the marker lists it (with its hash) before its bytes land. */
  async write(path: string, data: string | Uint8Array): Promise<void> {
    const file = resolveInside(this.staging, path);
    const relativePath = relative(this.staging, file).split(sep).join('/');
    const hash = hashBytes(data);
    try {
      await appendFile(join(this.staging, MARKER_FILE), `${hash}  ${relativePath}\n`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, data, { flag: 'wx' });
    } catch (error) {
      throw fileSystemError(error, this.display);
    }
    this.written.push({
      path: relativePath,
      bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
      hash,
    });
  }

  /**
   * Lists the written files in the marker and moves the finished folder into place. What the target
   * holds is checked again just before the swap: a file that appeared since the run started stops it
   * (nothing changes) unless --force was given. Whatever the previous folder still holds after the
   * generator's own files are removed (a file that slipped in during the swap, or what --force was
   * told to replace) is moved aside into a dated folder beside it, never deleted.
   */
  async commit(): Promise<CommitResult> {
    let moved: ForeignFiles | undefined;
    try {
      await writeFile(join(this.staging, MARKER_FILE), formatMarker(this.written));
      await this.hold?.('before-check');
      if (existsSync(this.target)) {
        moved = findForeignFiles(this.target, readMarker(this.target));
        if (moved.count > 0 && !this.force) {
          throw outputError(
            this.display,
            `changed while the handbook was being written: it now holds ${describeForeign(moved)}. Nothing was replaced. ${advice(moved)}`,
          );
        }
        await this.hold?.('before-swap');
        await rename(this.target, this.old);
      }
      await rename(this.staging, this.target);
    } catch (error) {
      this.abandonSync();
      throw fileSystemError(error, this.display);
    }
    this.settled();
    if (!existsSync(this.old)) return {};
    const gone = removeOwnFiles(this.old, readMarker(this.old));
    return gone
      ? {}
      : { movedAside: setAside(this.old, this.target), ...(moved && moved.count > 0 ? { moved } : {}) };
  }

  /** Removes the staging folder after a failure; the previous handbook is untouched. */
  async discard(): Promise<void> {
    this.abandonSync();
  }

  /** The synchronous form of discard, which also undoes a half-done swap. */
  abandonSync(): void {
    this.settled();
    if (existsSync(this.staging) && !removeOwnFiles(this.staging, readMarker(this.staging)))
      setAside(this.staging, this.target);
    if (!existsSync(this.target) && existsSync(this.old)) renameSync(this.old, this.target);
  }
}

/** What to do about foreign files, in the refusal. */
function advice(found: ForeignFiles): string {
  const them = found.count === 1 ? 'it' : 'them';
  return `Move ${them} out, choose another --out, or pass --force to move ${them} aside into a dated folder beside this one (nothing is deleted)`;
}

/** Creates this run's staging folder beside the target, holding a marker from the start. */
async function makeStaging(dir: string, shown: string): Promise<string> {
  for (let n = 0; ; n++) {
    const staging = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}${n === 0 ? '' : `-${n}`}`);
    try {
      await mkdir(staging);
    } catch (error) {
      // A folder of that name left by an earlier process with our pid: never reused, never removed.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && n < LIST_LIMIT) continue;
      throw fileSystemError(error, shown);
    }
    await writeFile(join(staging, MARKER_FILE), formatMarker([])).catch((error) => {
      throw fileSystemError(error, shown);
    });
    return staging;
  }
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
 * Cleans up after runs that were killed: a previous handbook caught mid-swap is put back, and the
 * generator's own files in staging folders whose process has ended are removed. Only folders
 * carrying our marker are touched, and what they hold that the generator did not write is moved
 * aside, never deleted. Returns the folders things were moved into.
 */
function recoverStale(dir: string): string[] {
  const parent = dirname(dir);
  const name = basename(dir);
  const movedAside: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return movedAside;
  }
  const pattern = new RegExp(
    `^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)(-\\d+)?$`,
  );
  for (const entry of entries.sort()) {
    const match = pattern.exec(entry);
    if (!match || Number(match[2]) === process.pid || isRunning(Number(match[2]))) continue;
    const path = join(parent, entry);
    if (
      !lstatSync(path).isDirectory() ||
      !lstatSync(join(path, MARKER_FILE), { throwIfNoEntry: false })?.isFile()
    )
      continue;
    if (match[1] === 'old' && !existsSync(dir)) renameSync(path, dir);
    else if (!removeOwnFiles(path, readMarker(path))) movedAside.push(setAside(path, dir));
  }
  return movedAside;
}
