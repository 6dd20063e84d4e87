/**
 * The site's search index (`npm run build`'s last step): Pagefind over the pages that ask to be
 * searched, those whose main element carries data-pagefind-body (src/layouts/Base.astro's
 * `searchable`). Pagefind indexes exactly those pages anyway once any page has the attribute, but
 * reads and parses every page first: at 1,000 modes 3,000 pages and the 14 MB /print/, half its time
 * and a third of its memory for pages it then leaves out (issue 28). So it is given their paths as
 * its glob, and writes the same index.
 *
 *   node scripts/search-index.mjs [SITE_DIR]     (default dist; writes SITE_DIR/pagefind)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = process.argv[2] ?? 'dist';
const SEARCHABLE = /<main\b[^>]*\sdata-pagefind-body[\s=>]/;
/** Past this a glob of every path is too long for one command line; Pagefind then reads every page. */
const MAX_GLOB_CHARS = 100_000;

const searchable = readdirSync(site, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && SEARCHABLE.test(readFileSync(join(site, file), 'utf8')))
  .map((file) => file.split(sep).join('/'))
  .sort();
// No searchable page means a broken layout, not an empty site: say so rather than ship an empty index.
if (searchable.length === 0) {
  console.error(`No page in ${site} has data-pagefind-body, so the search would find nothing.`);
  process.exit(1);
}
// Glob syntax in a path (braces, brackets, commas) is escaped so it stays a path.
const glob = `{${searchable.map((path) => path.replace(/[\\{}[\]*?,!]/g, '\\$&')).join(',')}}`;

// The package's command (its "bin"), run with this Node on every platform.
const bin = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const args = [bin, '--site', site, '--output-subdir', 'pagefind', '--silent'];
if (glob.length <= MAX_GLOB_CHARS) args.push('--glob', glob);
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(run.status ?? 1);
