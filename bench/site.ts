/**
 * Site benchmark: builds the real library and synthetic libraries of 250 and 1,000 modes (made in a
 * temp folder, never committed) and reports build time, ms per page, peak memory, dist size, search
 * index size, and what a first visit to a mode page downloads. Medians over RUNS builds each.
 *
 *   npm run bench:site            (RUNS=3 by default; SIZES=250,1000; English only unless LANGUAGES=en,es,de,ar)
 *   ONLY=builder npm run bench:site
 *                                 one build of the real library, and only the builder's figures
 *   BASELINE=fe113a2 SIZES=1000 npm run bench:site
 *                                 before/after: that commit (extracted with git archive into a
 *                                 temp folder, sharing node_modules) and the working tree,
 *                                 alternating build by build so both see the same machine load.
 *                                 Each side builds its own library grown to that size, unless
 *                                 SAME_CONTENT=1 (both build the baseline's).
 *   BASELINE=ee3ad60 AFTER=326c4ca SAME_CONTENT=1 SIZES=1000 npm run bench:site
 *                                 two commits against each other: here the site's one load of
 *                                 the library (our content-layer loader) against the one before it.
 *   BASELINE=HEAD BASELINE_PATCH=bench/double-load.patch SAME_CONTENT=1 SIZES=1000 npm run bench:site
 *                                 the baseline with a patch applied: here today's site with the
 *                                 unused collection issue 9 removed put back, so the only
 *                                 difference is loading the library once or twice.
 *   PEERS=starlight,hugo SIZES=250,1000 RUNS=3 npm run bench:site
 *                                 against peer docs sites (../shared/perf-peers/build-peer.sh,
 *                                 PEERS_SCRIPT to point elsewhere; its first run installs them):
 *                                 each round builds ours (astro build + Pagefind) and then each
 *                                 peer once at every size, all timed by /usr/bin/time; medians,
 *                                 and ratios taken round by round (bench/site-rounds.ts). With
 *                                 BASELINE=<commit> too, that commit is one more side.
 */
import { execFileSync, execSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builderScriptGzip, previewLatencyMs } from './builder.ts';
import { makeSyntheticLibrary as makeLibraryIn } from './synthetic-library.ts';
import { peerSide, runRounds, timePagefind, type Side } from './site-rounds.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const SIZES = (process.env.SIZES ?? '250,1000').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'playbook-bench-'));
/** Node flags for each build, the same as `npm run build` uses (see package.json). */
const NODE_FLAGS = (process.env.BUILD_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const BASELINE = process.env.BASELINE;
/** Another commit as the "after" side instead of the working tree. */
const AFTER = process.env.AFTER;
/** Both sides build the baseline's library, to isolate a change that did not touch the content schema. */
const SAME_CONTENT = process.env.SAME_CONTENT === '1';
/** A patch applied to the baseline's tree after extracting it, to measure one change on today's code. */
const BASELINE_PATCH = process.env.BASELINE_PATCH;
const BUILD_ONCE = join(process.cwd(), 'bench', 'build-once.mjs');
/** Peer docs sites built in the same rounds (starlight, hugo): see bench/site-rounds.ts. */
const PEERS = (process.env.PEERS ?? '').split(',').filter(Boolean);
// English only, as the peers are, unless LANGUAGES=en,es,de,ar asks for more (bench/languages.ts compares them).
const LANGUAGES = process.env.LANGUAGES ?? 'en';

/** A commit's tree in a temp folder, with this project's node_modules. */
function extractCommit(ref: string, name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  execSync(`git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`);
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const full = join(dir, e.name);
    return sum + (e.isDirectory() ? folderBytes(full) : statSync(full).size);
  }, 0);
}

/** The real library (of the project at `root`) grown to `size` modes, in the temp folder. */
function makeSyntheticLibrary(size: number, root = '.', name = `content-${size}`): string {
  return makeLibraryIn(size, join(work, name), root);
}

/** Bytes a first visit to one mode page downloads: the HTML (CSS is inlined) plus any scripts and styles it links. */
function firstVisitBytes(dist: string, pagePath: string) {
  const html = readFileSync(join(dist, pagePath, 'index.html'));
  const linked = [...html.toString().matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) =>
    readFileSync(join(dist, m[1]!)),
  );
  const files = [html, ...linked];
  return {
    raw: files.reduce((s, f) => s + f.length, 0),
    gzip: files.reduce((s, f) => s + gzipSync(f, { level: 9 }).length, 0),
  };
}

/** Gzip bytes of the JavaScript a page loads (the self-assessment and the staffing calculator are the only pages with any). */
function pageScriptGzip(dist: string, page: string): number {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="(\/[^"]+\.js)"/g)].map((m) =>
    readFileSync(join(dist, m[1]!)),
  );
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    Buffer.from(m[1]!),
  );
  return [...scripts, ...inline].reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0);
}

/**
 * Gzip bytes of the chunks the self-assessment page loads only on use (the team view, the YAML
 * writer for config downloads, the file reader with zod), found by following the entry's imports.
 */
function assessLazyScriptGzip(dist: string): number {
  const html = readFileSync(join(dist, 'assess', 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*src="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set(entries);
  const queue = [...entries];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const text = readFileSync(join(dist, '_astro', name), 'utf8');
    for (const m of text.matchAll(/["']\.\/([\w.-]+\.js)["']/g)) {
      if (!seen.has(m[1]!)) {
        seen.add(m[1]!);
        queue.push(m[1]!);
      }
    }
  }
  return [...seen]
    .filter((n) => !entries.includes(n))
    .reduce((sum, n) => sum + gzipSync(readFileSync(join(dist, '_astro', n)), { level: 9 }).length, 0);
}

interface Row {
  library: string;
  modes: number;
  pages: number;
  buildSeconds: number;
  msPerPage: number;
  peakMiB: number;
  distMiB: number;
  searchIndexKiB: number;
  modePageRaw: number;
  modePageGzip: number;
  assessJsGzip: number;
  assessLazyJsGzip: number;
  staffingJsGzip: number;
  builderJsGzip: number;
  builderJsTotalGzip: number;
  builderPreviewMs?: number;
}

interface Build {
  seconds: number;
  /** User + system CPU time of the build process. */
  cpuSeconds: number;
  peakBytes: number;
}

/** One clean build of the site at `root` (this project, or the baseline's tree). */
function buildOnce(root: string, contentDir: string, dist: string, cache: string): Build {
  rmSync(dist, { recursive: true, force: true });
  const out = execFileSync(process.execPath, [...NODE_FLAGS, BUILD_ONCE, dist, cache], {
    cwd: root,
    env: {
      ...process.env,
      PLAYBOOK_CONTENT_DIR: contentDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      PLAYBOOK_LANGUAGES: LANGUAGES,
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

/**
 * Before/after at one size: the two sides alternate, RUNS builds each. Each side builds
 * its own library grown to `modes` (the content schema has changed since older commits, so one
 * library would not build on both); pages and CPU per page are shown because later commits also
 * build more pages per mode.
 */
function compare(baselineRoot: string, afterRoot: string, modes: number) {
  const before = makeSyntheticLibrary(modes, baselineRoot, `content-before-${modes}`);
  const content = {
    before,
    after: SAME_CONTENT ? before : makeSyntheticLibrary(modes, afterRoot, `content-after-${modes}`),
  };
  const runs: Record<'before' | 'after', Build[]> = { before: [], after: [] };
  const pages = { before: 0, after: 0 };
  for (let i = 0; i < RUNS; i++) {
    for (const [side, root] of [
      ['before', baselineRoot],
      ['after', afterRoot],
    ] as const) {
      const dist = join(work, `dist-${side}`);
      runs[side].push(buildOnce(root, content[side], dist, join(work, `cache-${side}-${modes}-${i}`)));
      pages[side] = countPages(dist);
    }
  }
  return (['before', 'after'] as const).map((side) => {
    const cpuSeconds = median(runs[side].map((r) => r.cpuSeconds));
    return {
      side,
      modes,
      runs: RUNS,
      pages: pages[side],
      buildSeconds: round(median(runs[side].map((r) => r.seconds)), 2),
      cpuSeconds: round(cpuSeconds, 1),
      cpuMsPerPage: round((cpuSeconds * 1000) / pages[side], 1),
      peakMiB: round(median(runs[side].map((r) => r.peakBytes)) / 2 ** 20, 0),
      allSeconds: runs[side].map((r) => round(r.seconds, 1)).join(' '),
      allCpuSeconds: runs[side].map((r) => round(r.cpuSeconds, 1)).join(' '),
      allPeakMiB: runs[side].map((r) => round(r.peakBytes / 2 ** 20, 0)).join(' '),
    };
  });
}

async function measure(label: string, contentDir: string, modes: number, samplePage: string): Promise<Row> {
  const runs: Build[] = [];
  const dist = join(work, `dist-${label}`);
  for (let i = 0; i < RUNS; i++)
    runs.push(buildOnce(process.cwd(), contentDir, dist, join(work, `cache-${label}-${i}`)));
  execFileSync(process.execPath, ['scripts/search-index.mjs', dist], { stdio: 'inherit' });
  const pages = countPages(dist);
  const seconds = median(runs.map((r) => r.seconds));
  const first = firstVisitBytes(dist, samplePage);
  return {
    library: label,
    modes,
    pages,
    buildSeconds: round(seconds, 2),
    msPerPage: round((seconds * 1000) / pages, 1),
    peakMiB: round(median(runs.map((r) => r.peakBytes)) / 2 ** 20, 0),
    distMiB: round(folderBytes(dist) / 2 ** 20, 2),
    searchIndexKiB: round(folderBytes(join(dist, 'pagefind')) / 1024, 0),
    modePageRaw: first.raw,
    modePageGzip: first.gzip,
    assessJsGzip: pageScriptGzip(dist, 'assess'),
    assessLazyJsGzip: assessLazyScriptGzip(dist),
    staffingJsGzip: pageScriptGzip(dist, 'tools/staffing'),
    ...builderJs(dist),
    ...(label === 'real' ? { builderPreviewMs: (await previewLatencyMs(dist)).median } : {}),
  };
}

function builderJs(dist: string): { builderJsGzip: number; builderJsTotalGzip: number } {
  const { initial, total } = builderScriptGzip(dist);
  return { builderJsGzip: initial, builderJsTotalGzip: total };
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * One side of the paired rounds: `astro build` of the project at `root` and Pagefind over its output,
 * timed from outside by /usr/bin/time as the peers are (bench/site-rounds.ts), each at its own
 * library grown to the size asked.
 */
function siteSide(name: string, root: string): Side {
  const libraries = new Map<number, string>();
  return {
    name,
    build(modes, round) {
      if (!libraries.has(modes))
        libraries.set(modes, makeSyntheticLibrary(modes, root, `content-${name}-${modes}`));
      const dist = join(work, `dist-${name}`);
      rmSync(dist, { recursive: true, force: true });
      const report = join(work, 'time');
      execFileSync(
        '/usr/bin/time',
        [
          '-f',
          '%e %M %U %S',
          '-o',
          report,
          process.execPath,
          ...NODE_FLAGS,
          BUILD_ONCE,
          dist,
          join(work, `cache-${name}-${modes}-${round}`),
        ],
        {
          cwd: root,
          env: {
            ...process.env,
            PLAYBOOK_CONTENT_DIR: libraries.get(modes)!,
            ASTRO_TELEMETRY_DISABLED: '1',
            PLAYBOOK_LANGUAGES: LANGUAGES,
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      const [wall, kb, user, sys] = readFileSync(report, 'utf8')
        .trim()
        .split('\n')
        .at(-1)!
        .split(' ')
        .map(Number);
      const search = timePagefind(root, dist);
      return {
        seconds: wall! + search.seconds,
        cpuSeconds: user! + sys! + search.cpuSeconds,
        peakMiB: Math.max(kb! / 1024, search.peakMiB),
        stepPeaksMiB: { build: kb! / 1024, search: search.peakMiB },
        pages: countPages(dist),
      };
    },
  };
}

if (PEERS.length > 0) {
  const sides = [siteSide('ours', process.cwd())];
  if (BASELINE) sides.push(siteSide('baseline', extractCommit(BASELINE, 'baseline')));
  sides.push(...PEERS.map(peerSide));
  const sizes = process.env.SIZES ? SIZES : [250, 1000];
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim()
    ? ' + changes'
    : '';
  console.log(
    `Commit ${commit}${dirty}; ${RUNS} rounds at ${sizes.join(', ')} modes/pages; load average at start ${load()} on ${availableParallelism()} cores`,
  );
  const { medians, ratios } = runRounds(sides, 'ours', sizes, RUNS);
  console.log(
    'Medians over rounds (wall and CPU include Pagefind; peak is the largest single process, and buildSearchPeaks the peaks of astro build and of Pagefind apart):',
  );
  console.table(medians);
  console.log('Ratios ours / peer, taken round by round, then the median:');
  console.table(ratios);
  console.log(`Load average at the end: ${load()}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

if (BASELINE) {
  const baselineRoot = extractCommit(BASELINE, 'baseline');
  // git apply works outside a repository too; a patch that does not apply stops the run here.
  if (BASELINE_PATCH)
    execFileSync('git', ['apply', resolve(BASELINE_PATCH)], { cwd: baselineRoot, stdio: 'inherit' });
  const afterRoot = AFTER ? extractCommit(AFTER, 'after') : process.cwd();
  const rows = SIZES.flatMap((size) => compare(baselineRoot, afterRoot, size));
  const library = SAME_CONTENT ? `both build ${BASELINE}'s library` : 'each builds its own library';
  console.log(
    `Before = ${BASELINE}${BASELINE_PATCH ? ` with ${BASELINE_PATCH}` : ''}, after = ${AFTER ?? 'the working tree'}; ${library}; builds alternate, medians of ${RUNS}.`,
  );
  console.table(rows);
  // Wall time follows the machine's load; say what it was so a reader can judge the figures.
  console.log(
    `Load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')} on ${availableParallelism()} cores`,
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

if (process.env.ONLY === 'builder') {
  const dist = join(work, 'dist-builder');
  buildOnce(process.cwd(), join(process.cwd(), 'content'), dist, join(work, 'cache-builder'));
  const js = builderScriptGzip(dist);
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  const preview = await previewLatencyMs(dist);
  console.log(
    `${js.initial < 80 * 1024 ? 'PASS' : 'MISS'}  /build/ JavaScript under 80 KB gzip (${js.initial} B before the first preview; ${js.total} B with the chunks fetched on first download or upload)`,
  );
  console.log(
    `${preview.median < 100 ? 'PASS' : 'MISS'}  builder: edit to updated preview with all ${preview.chapters} modes as chapters under 100 ms (median of 20: ${preview.median} ms; load average ${load} when it started)`,
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

const realCount = readdirSync('content/failure-modes').filter((f) => f.endsWith('.mdx')).length;
const rows = [await measure('real', join(process.cwd(), 'content'), realCount, 'modes/no-service-vision')];
for (const size of SIZES)
  rows.push(
    await measure(`synthetic-${size}`, makeSyntheticLibrary(size), size, 'modes/no-service-vision-0'),
  );
console.table(rows);

const at = (n: number) => rows.find((r) => r.modes === n);
const checks: [string, boolean][] = [];
const small = at(250);
const large = at(1000);
checks.push([
  `mode page first visit under 10 KB gzip (${rows[0]!.modePageGzip} B)`,
  rows[0]!.modePageGzip < 10_240,
]);
checks.push([
  `/assess/ first-visit JavaScript and page data under 10 KB gzip (${rows[0]!.assessJsGzip} B; ${rows[0]!.assessLazyJsGzip} B more only when the team view, a download or a file import is used)`,
  rows[0]!.assessJsGzip < 10_240,
]);
checks.push([
  `/build/ JavaScript under 80 KB gzip, loaded only there (${rows[0]!.builderJsGzip} B before the first preview; ${rows[0]!.builderJsTotalGzip} B with the chunks fetched on first download or upload)`,
  rows[0]!.builderJsGzip < 80 * 1024,
]);
checks.push([
  `builder: edit to updated preview with all ${realCount} modes as chapters under 100 ms (median of 20: ${rows[0]!.builderPreviewMs} ms)`,
  (rows[0]!.builderPreviewMs ?? Infinity) < 100,
]);
checks.push([
  `staffing calculator script under 10 KB gzip (${rows[0]!.staffingJsGzip} B)`,
  rows[0]!.staffingJsGzip < 10_240,
]);
if (small && large) {
  checks.push([
    `ms per page at 1,000 no worse than 1.2x at 250 (ratio ${round(large.msPerPage / small.msPerPage, 2)})`,
    large.msPerPage <= 1.2 * small.msPerPage,
  ]);
  // Synthetic titles carry copy numbers of different lengths, so allow a few bytes of drift; a
  // navigation listing every page would add tens of kilobytes.
  const growth = large.modePageRaw / small.modePageRaw;
  checks.push([
    `mode page size does not grow with the library (${small.modePageRaw} B at 250, ${large.modePageRaw} B at 1,000)`,
    growth < 1.03,
  ]);
  checks.push([`peak memory at 1,000 under 1 GiB (${large.peakMiB} MiB)`, large.peakMiB < 1024]);
}
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${label}`);
rmSync(work, { recursive: true, force: true });
