import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root: the nearest folder above this module holding the project's package.json, found
 * by walking up, so scripts work from any working directory and the CLI bundle (build/cli/ and its
 * chunks), the sources (src/core/) and an installed package find the same folder. A module of its
 * own, so `playbook --version` reads it without loading the library code.
 */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && /"name":\s*"service-playbook"/.test(readFileSync(manifest, 'utf8')))
      return `${folder}${sep}`;
    if (dirname(folder) === folder) return `${resolve(from, '..', '..')}${sep}`;
  }
}

/** The project's version, from package.json (read when asked, so the bundle and the sources agree). */
export function readVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
}
