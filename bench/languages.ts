/**
 * What the languages cost the site build: the real library built in English only
 * (PLAYBOOK_LANGUAGES=en) and in all four languages, alternating build by build so both see the
 * same machine load; medians over RUNS builds each and the ratio taken pair by pair. Issue 30's
 * budget is at most 2.5x. Each build is `astro build` (bench/build-once.mjs) plus Pagefind.
 *
 *   npm run bench:languages        (RUNS=3 by default)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.RUNS ?? 3);
const BUILD_ONCE = join(process.cwd(), 'bench', 'build-once.mjs');
const SEARCH_INDEX = join(process.cwd(), 'scripts', 'search-index.mjs');
const work = mkdtempSync(join(tmpdir(), 'playbook-languages-'));

interface Build {
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  pages: number;
}

function buildOnce(languages: string, round: number): Build {
  const dist = join(work, `dist-${languages}-${round}`);
  const env = { ...process.env, PLAYBOOK_LANGUAGES: languages, ASTRO_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  const out = execFileSync(process.execPath, [BUILD_ONCE, dist, join(work, `cache-${languages}-${round}`)], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const astro = JSON.parse(out.trim().split('\n').at(-1)!) as Omit<Build, 'pages'>;
  // Pagefind runs in child processes: /usr/bin/time counts their CPU too.
  const timed = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, SEARCH_INDEX, dist], {
    env,
    encoding: 'utf8',
  }).stderr;
  const [user, sys] = (timed.trim().split('\n').at(-1) ?? '0 0').split(' ').map(Number);
  const childCpu = (user ?? 0) + (sys ?? 0);
  const pages = Number(
    execFileSync('sh', ['-c', `find ${dist} -name '*.html' | wc -l`], { encoding: 'utf8' }),
  );
  rmSync(dist, { recursive: true, force: true });
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: astro.cpuSeconds + Math.max(0, childCpu),
    peakBytes: astro.peakBytes,
    pages,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const one: Build[] = [];
const four: Build[] = [];
const loads: number[] = [];
for (let round = 0; round < RUNS; round++) {
  loads.push(loadavg()[0]!);
  one.push(buildOnce('en', round));
  four.push(buildOnce('en,es,de,ar', round));
  console.error(
    `round ${round + 1}: en ${one.at(-1)!.seconds.toFixed(1)} s, four languages ${four.at(-1)!.seconds.toFixed(1)} s`,
  );
}
rmSync(work, { recursive: true, force: true });
const ratio = (key: 'seconds' | 'cpuSeconds') => median(four.map((b, i) => b[key] / one[i]![key]));
console.log(
  JSON.stringify(
    {
      runs: RUNS,
      load1: median(loads),
      english: {
        wall: median(one.map((b) => b.seconds)),
        cpu: median(one.map((b) => b.cpuSeconds)),
        peakMiB: median(one.map((b) => b.peakBytes)) / 2 ** 20,
        pages: one[0]!.pages,
      },
      fourLanguages: {
        wall: median(four.map((b) => b.seconds)),
        cpu: median(four.map((b) => b.cpuSeconds)),
        peakMiB: median(four.map((b) => b.peakBytes)) / 2 ** 20,
        pages: four[0]!.pages,
      },
      ratio: { wall: ratio('seconds'), cpu: ratio('cpuSeconds') },
      budget: 2.5,
    },
    null,
    2,
  ),
);
