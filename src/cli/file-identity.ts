/**
 * Places compared by what they are, not by how they are spelt. Two paths name the same folder when
 * their device and inode agree; that holds through links, `..`, a different letter case on macOS or
 * Windows, and a bind mount, none of which a comparison of path strings sees.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A folder's (or file's) identity: "device:inode", or undefined when it does not exist or cannot be read. */
export function identityOf(path: string): string | undefined {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
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

/** The nearest part of `path` that exists, after resolving links: the folder a new path would be made in. */
export function nearestExisting(path: string): string {
  let existing = realLocation(path);
  while (identityOf(existing) === undefined && dirname(existing) !== existing) existing = dirname(existing);
  return existing;
}

/**
 * The identities of a place and of every folder above it, nearest first. Walked on the real path,
 * so `contains` below can ask "is this folder one of the place's ancestors?" by identity.
 */
export function ancestry(path: string): string[] {
  const chain: string[] = [];
  let current = nearestExisting(path);
  for (;;) {
    const id = identityOf(current);
    if (id !== undefined) chain.push(id);
    const parent = dirname(current);
    if (parent === current) return chain;
    current = parent;
  }
}

/** True when the existing folder `outer` is `inner` or one of the folders above it. */
export function containsPlace(outer: string, inner: string): boolean {
  const id = identityOf(outer);
  return id !== undefined && ancestry(inner).includes(id);
}
