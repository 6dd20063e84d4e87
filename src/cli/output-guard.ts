import { userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { containsPlace, identityOf, nearestExisting, realLocation } from './file-identity.ts';

/** Folders of the playbook project itself that output may never be written into. */
export const PROJECT_FOLDERS = [
  '.ci',
  '.git',
  'bench',
  'bin',
  'build',
  'content',
  'docs',
  'examples',
  'node_modules',
  'public',
  'scripts',
  'src',
  'tests',
];

/** The places a handbook run must never replace, contain or (for the library and the project's own folders) write into. */
export interface ProtectedPlaces {
  cwd: string;
  /** HOME as the environment gives it; the account's own home folder is protected as well, whatever HOME says. */
  home?: string | undefined;
  /** The config file as the user named it: its folder, and the real folder behind a link, are protected. */
  configFile: string;
  /** Files the config brings in (the logo, a company's own chapters): their folders are protected. */
  inputFiles?: string[];
  /** The playbook library the run loaded, wherever it came from. */
  libraryDir: string;
  /** The root of the playbook project (or installed package). */
  projectRoot: string;
}

/** The account's home folder from the password database, which HOME cannot change; undefined where there is none. */
function accountHome(): string | undefined {
  try {
    return userInfo().homedir || undefined;
  } catch {
    return undefined;
  }
}

/** Every place the output may neither be nor contain, with the words a refusal names it by. */
function placesToKeep(places: ProtectedPlaces): [string, string][] {
  const configFolders = [dirname(places.configFile), dirname(realLocation(places.configFile))];
  return [
    ...[places.home, accountHome()]
      .filter((h): h is string => Boolean(h))
      .map((h): [string, string] => [h, 'your home folder']),
    [places.cwd, 'the current folder'],
    ...configFolders.map((f): [string, string] => [f, "the config's folder"]),
    ...(places.inputFiles ?? []).map((f): [string, string] => [
      dirname(realLocation(f)),
      `the folder of ${f}`,
    ]),
    [places.libraryDir, 'the playbook library'],
    [places.projectRoot, 'the playbook project'],
  ];
}

/**
 * Why the output folder may not be used, or undefined when it may. The rule guards the invariant,
 * not a flag: whatever --force says, the output is never the file system root, a home folder, the
 * current folder, the config's folder, a folder an input file sits in, the library or the project;
 * never contains one of them; and never sits inside the library or one of the project's own folders.
 * Places are compared by identity (device and inode), so no spelling, link, letter case or bind
 * mount makes two names for one folder slip past.
 */
export function checkOutputLocation(out: string, places: ProtectedPlaces): string | undefined {
  const target = realLocation(out);
  const targetId = identityOf(target);
  if (
    parse(target).root === target ||
    (targetId !== undefined && targetId === identityOf(parse(target).root))
  ) {
    return 'is the root of the file system; choose a folder of its own such as ./handbook';
  }
  if (targetId !== undefined) {
    for (const [place, label] of placesToKeep(places)) {
      if (identityOf(place) === undefined || !containsPlace(target, place)) continue;
      const same = identityOf(place) === targetId;
      return `${same ? 'is' : 'contains'} ${label} (${realLocation(place)}), so replacing it would move files you need; choose a folder of its own such as ./handbook`;
    }
  }
  // Inside the library or a project folder: judged from the nearest folder that exists.
  const nearest = nearestExisting(target);
  if (containsPlace(places.libraryDir, nearest)) {
    return `is inside the playbook library (${realLocation(places.libraryDir)}); write the handbook somewhere else, such as ./handbook`;
  }
  for (const folder of PROJECT_FOLDERS) {
    const protectedFolder = join(places.projectRoot, folder);
    if (containsPlace(protectedFolder, nearest)) {
      return `is inside the playbook's own ${folder}/ folder (${realLocation(protectedFolder)}); write the handbook somewhere else, such as ./handbook`;
    }
  }
  return undefined;
}

/** True when `path` (which may not exist yet) lies inside the folder `outer`, judged by identity. */
export function liesInside(outer: string, path: string): boolean {
  return containsPlace(outer, nearestExisting(path));
}
