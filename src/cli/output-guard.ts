import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, parse, relative, resolve } from 'node:path';

/** Folders of the playbook project itself that output may never be written into. */
export const PROJECT_FOLDERS = ['.ci', '.git', 'bench', 'bin', 'build', 'content', 'docs', 'examples', 'node_modules', 'public', 'scripts', 'src', 'tests'];

/** The places a handbook run must never replace, contain or (for the library and the project's own folders) write into. */
export interface ProtectedPlaces {
  cwd: string;
  home?: string;
  /** The folder holding the config file. */
  configDir: string;
  /** The playbook library the run loaded, wherever it came from. */
  libraryDir: string;
  /** The root of the playbook project (or installed package). */
  projectRoot: string;
}

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * A path with every link in its existing part resolved, so a link named `out` that points at the
 * library is judged as the library. The part that does not exist yet is kept as written.
 */
export function realLocation(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return resolve(path);
  }
}

/**
 * Why the output folder may not be used, or undefined when it may. The rule guards the invariant,
 * not a flag: whatever --force says, the output is never the file system root, the home folder,
 * the current folder, the config's folder, the library or the project, never contains one of them,
 * and never sits inside the library or one of the project's own folders.
 */
export function checkOutputLocation(out: string, places: ProtectedPlaces): string | undefined {
  const target = realLocation(out);
  if (parse(target).root === target) return 'is the root of the file system; choose a folder of its own such as ./handbook';
  const named: [string | undefined, string][] = [
    [places.home ?? homedir(), 'your home folder'],
    [places.cwd, 'the current folder'],
    [places.configDir, "the config's folder"],
    [places.libraryDir, 'the playbook library'],
    [places.projectRoot, 'the playbook project'],
  ];
  for (const [place, label] of named) {
    if (!place) continue;
    const real = realLocation(place);
    if (isInside(target, real)) {
      return `${target === real ? 'is' : 'contains'} ${label} (${real}), so replacing it would delete files you need; choose a folder of its own such as ./handbook`;
    }
  }
  const libraryReal = realLocation(places.libraryDir);
  if (isInside(libraryReal, target)) return `is inside the playbook library (${libraryReal}); write the handbook somewhere else, such as ./handbook`;
  const projectReal = realLocation(places.projectRoot);
  for (const folder of PROJECT_FOLDERS) {
    const protectedFolder = join(projectReal, folder);
    if (isInside(protectedFolder, target)) {
      return `is inside the playbook's own ${folder}/ folder (${protectedFolder}); write the handbook somewhere else, such as ./handbook`;
    }
  }
  return undefined;
}
