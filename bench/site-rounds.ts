/**
 * Paired rounds for bench/site.ts: each round builds every side once, one after the other (ours, a
 * baseline, Starlight, Hugo), so all of them see the same machine load; medians are taken over
 * rounds, and ratios are taken round by round (ours / theirs within one round) before the median.
 * On a shared machine only such ratios hold: a second build of ours an hour later is not comparable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** One build of one side at one size. */
export interface Measured {
  seconds: number;
  /** User + system CPU time of the build and every process it started. */
  cpuSeconds: number;
  /** The largest resident set of any one process of the build (as /usr/bin/time's %M). */
  peakMiB: number;
  /** Ours only: the peaks of the site build and of the search index apart, to say which sets peakMiB. */
  stepPeaksMiB?: { build: number; search: number };
  /** HTML files written. */
  pages: number;
}

export interface Side {
  name: string;
  build(modes: number, round: number): Measured;
}

/** The peers' build script (../shared/perf-peers/build-peer.sh from the project), or PEERS_SCRIPT. */
const PEER_SCRIPT = resolve(process.env.PEERS_SCRIPT ?? '../shared/perf-peers/build-peer.sh');

/** A peer docs site (starlight or hugo) built by the shared script, which prints one JSON line. */
export function peerSide(system: string): Side {
  return {
    name: system,
    build(pages) {
      const out = execFileSync(PEER_SCRIPT, [system, String(pages)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // bc writes numbers under 1 without their leading zero (".91"), which JSON does not allow.
      const last = out
        .trim()
        .split('\n')
        .at(-1)!
        .replace(/:\s*(-?)\./g, ':$10.');
      const line = JSON.parse(last) as Measured & { error?: string };
      if (line.error) throw new Error(`${system}: ${line.error}`);
      return {
        seconds: line.seconds,
        cpuSeconds: line.cpuSeconds,
        peakMiB: line.peakMiB,
        pages: line.pages,
      };
    },
  };
}

/**
 * The search index over a built site, as `npm run build` makes it (scripts/search-index.mjs, or
 * Pagefind over every page in a tree from before that script), timed by /usr/bin/time: the peers'
 * figures include their search index, so ours do too.
 */
export function timePagefind(root: string, dist: string): Omit<Measured, 'pages'> {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-time-'));
  const report = join(dir, 'time');
  const script = join(root, 'scripts', 'search-index.mjs');
  const command = existsSync(script)
    ? [process.execPath, script, dist]
    : [
        join(root, 'node_modules', '.bin', 'pagefind'),
        '--site',
        dist,
        '--output-subdir',
        'pagefind',
        '--silent',
      ];
  try {
    execFileSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', report, ...command], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const [wall, kb, user, sys] = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .at(-1)!
      .split(' ')
      .map(Number);
    return { seconds: wall!, cpuSeconds: user! + sys!, peakMiB: kb! / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const cpuMsPerPage = (m: Measured) => (m.cpuSeconds * 1000) / m.pages;

/**
 * RUNS rounds at each size; returns one row per side with medians, and one row per pair
 * (`ours` against every other side) with the medians of the round-by-round ratios.
 */
export function runRounds(sides: Side[], ours: string, sizes: number[], runs: number) {
  const medians: Record<string, string | number>[] = [];
  const ratios: Record<string, string | number>[] = [];
  for (const modes of sizes) {
    const results = new Map(sides.map((s) => [s.name, [] as Measured[]]));
    for (let i = 0; i < runs; i++) {
      for (const side of sides) {
        const m = side.build(modes, i);
        results.get(side.name)!.push(m);
        console.error(
          `  ${modes} ${side.name} round ${i + 1}: ${m.seconds.toFixed(1)} s, ${m.cpuSeconds.toFixed(1)} CPU-s, ${Math.round(m.peakMiB)} MiB, ${m.pages} pages`,
        );
      }
    }
    for (const side of sides) {
      const rs = results.get(side.name)!;
      medians.push({
        size: modes,
        side: side.name,
        pages: median(rs.map((r) => r.pages)),
        wallS: round(median(rs.map((r) => r.seconds)), 2),
        cpuS: round(median(rs.map((r) => r.cpuSeconds)), 2),
        peakMiB: round(median(rs.map((r) => r.peakMiB)), 0),
        cpuMsPerPage: round(median(rs.map(cpuMsPerPage)), 2),
        allWall: rs.map((r) => r.seconds.toFixed(1)).join(' '),
        allCpu: rs.map((r) => r.cpuSeconds.toFixed(1)).join(' '),
        allPeak: rs.map((r) => Math.round(r.peakMiB)).join(' '),
        buildSearchPeaks: rs.every((r) => r.stepPeaksMiB)
          ? `${round(median(rs.map((r) => r.stepPeaksMiB!.build)), 0)} / ${round(median(rs.map((r) => r.stepPeaksMiB!.search)), 0)}`
          : '',
      });
    }
    const mine = results.get(ours)!;
    for (const side of sides.filter((s) => s.name !== ours)) {
      const theirs = results.get(side.name)!;
      const ratio = (f: (m: Measured) => number) =>
        round(median(mine.map((m, i) => f(m) / f(theirs[i]!))), 3);
      ratios.push({
        size: modes,
        pair: `${ours} / ${side.name}`,
        wall: ratio((m) => m.seconds),
        cpu: ratio((m) => m.cpuSeconds),
        peak: ratio((m) => m.peakMiB),
        cpuPerPage: ratio(cpuMsPerPage),
      });
    }
  }
  return { medians, ratios };
}
