/**
 * A synthetic library of any size for the benchmarks: the real library (of the project at `root`)
 * copied over and over with new ids, each copy's links kept inside it. Everything the build reads
 * besides the modes (sources, roles, metrics, pulse, worksheets, and whatever is added later) comes
 * along as it is; only the modes are multiplied. Made in a temp folder, never committed.
 *
 *   node --import tsx bench/synthetic-library.ts 1000 /tmp/content-1000
 *                                 one library, to build or profile by hand
 *                                 (PLAYBOOK_CONTENT_DIR=/tmp/content-1000 npx astro build)
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function makeSyntheticLibrary(size: number, dir: string, root = '.'): string {
  const content = join(root, 'content');
  const modes = resolve(content, 'failure-modes');
  rmSync(dir, { recursive: true, force: true });
  cpSync(content, dir, { recursive: true, filter: (src) => resolve(src) !== modes });
  mkdirSync(join(dir, 'failure-modes'), { recursive: true });
  const ids = readdirSync(modes)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => f.replace(/\.mdx$/, ''));
  const made = new Set(
    Array.from({ length: size }, (_, n) => `${ids[n % ids.length]}-${Math.floor(n / ids.length)}`),
  );
  for (let n = 0; n < size; n++) {
    const id = ids[n % ids.length]!;
    const copy = Math.floor(n / ids.length);
    let text = readFileSync(join(modes, `${id}.mdx`), 'utf8');
    text = text.replace(/^title: (.*)$/m, (_, t: string) => `title: "${t.replace(/"/g, '')} ${copy}"`);
    // The last, partial copy links into the first one where its own sibling was not made.
    for (const other of ids) {
      const target = made.has(`${other}-${copy}`) ? `${other}-${copy}` : `${other}-0`;
      text = text.replace(new RegExp(`^  - ${other}$`, 'gm'), `  - ${target}`);
    }
    writeFileSync(join(dir, 'failure-modes', `${id}-${copy}.mdx`), text);
  }
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [size, dir] = process.argv.slice(2);
  if (!size || !dir) throw new Error('usage: synthetic-library.ts SIZE DIR');
  console.log(makeSyntheticLibrary(Number(size), resolve(dir)));
}
