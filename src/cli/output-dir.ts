import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../core/problems.ts';

/** Marks a folder the generator created, so a later run may replace it without `--force`. */
export const MARKER_FILE = '.playbook-handbook';
const MARKER_TEXT = 'This folder was written by `playbook generate`. The next run replaces it as a whole.\n';

/** Thrown for a problem with the output folder; printed as one line, exit 1. */
function outputError(dir: string, message: string): UserError {
  return new UserError([{ file: dir, field: '--out', message }], 'Cannot write the handbook');
}

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
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

/**
 * A handbook being written: files go into a temporary sibling folder, and `commit` swaps it into
 * place with renames, so an interrupted run never leaves a half-written handbook at the target.
 */
export class StagedOutput {
  readonly written: { path: string; bytes: number }[] = [];
  private constructor(
    readonly target: string,
    readonly staging: string,
  ) {}

  /** Checks the target may be written and creates the staging folder beside it. */
  static async open(target: string, options: { force: boolean; protect: string[]; cwd?: string }): Promise<StagedOutput> {
    const dir = resolve(target);
    const cwd = resolve(options.cwd ?? process.cwd());
    if (dirname(dir) === dir || isInside(dir, cwd)) {
      throw outputError(target, 'the output folder contains the current folder, so replacing it would delete your work; choose a dedicated folder such as ./handbook');
    }
    for (const path of options.protect) {
      if (isInside(dir, path)) throw outputError(target, `the output folder contains ${path}; choose a folder of its own such as ./handbook`);
    }
    if (existsSync(dir)) {
      const info = await stat(dir);
      if (!info.isDirectory()) throw outputError(target, 'exists and is a file, not a folder; choose another --out');
      const entries = await readdir(dir);
      if (entries.length > 0 && !entries.includes(MARKER_FILE) && !options.force) {
        throw outputError(
          target,
          'is not empty and was not created by the generator; choose another --out (or output.dir), or pass --force to replace the folder and everything in it',
        );
      }
    }
    const staging = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}`);
    await mkdir(dirname(dir), { recursive: true });
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging);
    await writeFile(join(staging, MARKER_FILE), MARKER_TEXT);
    return new StagedOutput(dir, staging);
  }

  /** Writes one file, given relative to the output folder. */
  async write(path: string, data: string | Uint8Array): Promise<void> {
    const file = resolveInside(this.staging, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
    this.written.push({ path: relative(this.staging, file).split(sep).join('/'), bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength });
  }

  /** Moves the finished folder into place, replacing the previous one. */
  async commit(): Promise<void> {
    const old = join(dirname(this.target), `.${basename(this.target)}.old-${process.pid}`);
    if (existsSync(this.target)) await rename(this.target, old);
    await rename(this.staging, this.target);
    await rm(old, { recursive: true, force: true });
  }

  /** Removes the staging folder after a failure. */
  async discard(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
