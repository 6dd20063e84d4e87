/**
 * Generator benchmark: median wall time of `playbook generate` over the full library (every failure
 * mode as a chapter), spawning the bin each run so Node start-up and module loading are included.
 * Targets: HTML + Markdown under 1 s; the Word handbook's own step (laid-out handbook to
 * handbook.docx, timed in a fresh process; the whole .docx run is shown too) under 1 s of CPU time;
 * the PDF (contents page numbers included: laid out once, the numbers written into the first
 * print) under 3 s. When WeasyPrint is installed, the
 * same handbook.html is also converted with it, each conversion right after one of our runs so both
 * see the same load, and our time is reported as a ratio (target at or under 0.5). Likewise, when
 * pandoc is installed, HTML + Markdown is paired with pandoc's Markdown-to-HTML of the same
 * handbook.md (target: ratio at or under 1.0).
 * On Linux each run's CPU time (user + system, Node and Chromium together) is shown beside the
 * wall time: on a machine shared with other work it moves far less than the wall time does.
 *
 *   npm run bench:generate            # 5 runs each
 *   RUNS=9 npm run bench:generate
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadLibrary } from '../src/core/library/load.ts';
import { findChromium } from '../src/render/pdf/chromium.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const BIN = resolve('bin/playbook.mjs');
// The bin runs the TypeScript sources through tsx when the bundle is older than src/ (a second
// slower): bundle first, so the figures are those of the CLI users run.
if (spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' }).status !== 0)
  throw new Error('bundling the CLI failed; the benchmark would time the sources instead');
const work = mkdtempSync(join(tmpdir(), 'playbook-bench-'));

const library = await loadLibrary();
const config = join(work, 'full-library.yaml');
writeFileSync(
  config,
  stringify({
    company: 'Benchmark Ltd',
    vision: 'Every customer gets a clear answer the first time.',
    priorities: library.modes.map((m) => m.id),
    standards: { firstResponse: '1 hour', callback: 'the same working day', refundLimit: '50 GBP' },
    empowerment: [{ role: 'Agent', decision: 'Refund without asking', limit: '50 GBP' }],
    date: '2025-01-01',
  }),
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** CPU time (ms) of this process's finished children and theirs, from /proc; undefined off Linux. */
function childrenCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime, in clock ticks (100 a second on Linux).
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Wall and CPU milliseconds of each run of one command. */
interface Series {
  label: string;
  wall: number[];
  cpu: number[];
}

function run(series: Series, command: string, args: string[]): void {
  const start = performance.now();
  const cpuStart = childrenCpuMs();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  series.wall.push(performance.now() - start);
  const cpuEnd = childrenCpuMs();
  if (cpuStart !== undefined && cpuEnd !== undefined) series.cpu.push(cpuEnd - cpuStart);
  if (result.status !== 0)
    throw new Error(`${series.label} failed (exit ${result.status}):\n${result.stderr}`);
}

/** Prints a series' median wall time (and CPU time where known) and returns the wall median. */
function report(series: Series): number {
  const m = median(series.wall);
  const cpuNote = series.cpu.length > 0 ? `; CPU median ${(median(series.cpu) / 1000).toFixed(2)} s` : '';
  console.log(
    `${series.label.padEnd(34)} median ${(m / 1000).toFixed(2)} s  (runs: ${series.wall.map((s) => (s / 1000).toFixed(2)).join(', ')}${cpuNote})`,
  );
  return m;
}

const generateArgs = (formats: string, out = 'out') => [
  BIN,
  'generate',
  '--config',
  config,
  '--out',
  join(work, out),
  '--format',
  formats,
  '--quiet',
];
const series = (label: string): Series => ({ label, wall: [], cpu: [] });

/**
 * Our HTML + Markdown runs, each followed by pandoc's Markdown-to-HTML of the same handbook.md when
 * pandoc is installed, so both see the same load; the ratio is taken run by run, then the median.
 */
function timeText(): { text: number; pandoc?: number; ratio?: number } {
  const ours = series('HTML + Markdown (target < 1 s)');
  const pandoc =
    spawnSync('pandoc', ['--version']).status === 0 ? series('pandoc, same handbook.md to HTML') : undefined;
  const markdown = join(work, 'pandoc', 'handbook.md');
  if (pandoc) spawnSync(process.execPath, generateArgs('md', 'pandoc'));
  for (let i = 0; i < RUNS; i++) {
    run(ours, process.execPath, generateArgs('html,md'));
    if (pandoc)
      run(pandoc, 'pandoc', [
        '--from',
        'markdown',
        '--to',
        'html',
        '--standalone',
        markdown,
        '-o',
        join(work, 'pandoc.html'),
      ]);
  }
  const text = report(ours);
  if (!pandoc) return { text };
  const pairRatio = median(ours.wall.map((w, i) => w / pandoc.wall[i]!));
  // CPU time moves far less than wall time on a shared machine: its ratio is printed beside.
  if (ours.cpu.length === RUNS && pandoc.cpu.length === RUNS)
    console.log(
      `ratio ours / pandoc in CPU time, run by run: ${median(ours.cpu.map((c, i) => c / pandoc.cpu[i]!)).toFixed(2)}`,
    );
  return { text, pandoc: report(pandoc), ratio: pairRatio };
}

/**
 * Our .docx runs, each followed by a fresh process that times the Word handbook's own step once
 * (bench/docx-step.ts: the call that turns the laid-out handbook into handbook.docx, before its
 * code has warmed up, as in a run), so both see the same load.
 */
function timeDocx(): { docx: number; docxStepCpu?: number } {
  const ours = series('Word .docx, whole run');
  const step = series('Word .docx step alone (< 1 s CPU)');
  for (let i = 0; i < RUNS; i++) {
    run(ours, process.execPath, generateArgs('docx'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/docx-step.ts', config], {
      encoding: 'utf8',
    });
    if (result.status !== 0)
      throw new Error(`the .docx step failed (exit ${result.status}):\n${result.stderr}`);
    const { cpuMs, wallMs } = JSON.parse(result.stdout) as { cpuMs: number; wallMs: number };
    step.wall.push(wallMs);
    step.cpu.push(cpuMs);
  }
  const docx = report(ours);
  report(step);
  return { docx, docxStepCpu: median(step.cpu) };
}

/** Our PDF runs, each followed by WeasyPrint on the same handbook.html when it is installed, so both see the same load. */
function timePdfs(): { pdf: number; weasy?: number } {
  const ours = series('PDF, numbered contents (< 3 s)');
  const weasy =
    spawnSync('weasyprint', ['--version']).status === 0
      ? series('WeasyPrint, same handbook.html')
      : undefined;
  const html = join(work, 'weasy', 'handbook.html');
  if (weasy) spawnSync(process.execPath, generateArgs('html', 'weasy'));
  for (let i = 0; i < RUNS; i++) {
    run(ours, process.execPath, generateArgs('pdf'));
    if (weasy) run(weasy, 'weasyprint', [html, join(work, 'weasy.pdf')]);
  }
  return { pdf: report(ours), ...(weasy ? { weasy: report(weasy) } : {}) };
}

try {
  console.log(
    `playbook generate, ${library.modes.length} chapters (the full library), ${RUNS} runs each, Node start included`,
  );
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  const { text, pandoc, ratio: pandocRatio } = timeText();
  if (pandocRatio !== undefined)
    console.log(`ratio ours / pandoc, run by run: ${pandocRatio.toFixed(2)} (target <= 1.0)`);
  else console.log('pandoc not installed: no ratio (Debian: apt-get install pandoc)');
  const { docx, docxStepCpu } = timeDocx();
  let pdf: number | undefined;
  let weasy: number | undefined;
  if (findChromium()) {
    ({ pdf, weasy } = timePdfs());
    if (weasy !== undefined)
      console.log(`ratio ours / WeasyPrint: ${(pdf / weasy).toFixed(2)} (target <= 0.5)`);
    else console.log('WeasyPrint not installed: no ratio (Debian: apt-get install weasyprint)');
  } else console.log('PDF                                skipped: Chromium not found');
  console.log(
    JSON.stringify({
      chapters: library.modes.length,
      runs: RUNS,
      htmlMdMedianMs: Math.round(text),
      pandocMedianMs: pandoc === undefined ? null : Math.round(pandoc),
      pandocRatio: pandocRatio === undefined ? null : Number(pandocRatio.toFixed(3)),
      docxMedianMs: Math.round(docx),
      docxStepCpuMedianMs: docxStepCpu === undefined ? null : Math.round(docxStepCpu),
      pdfMedianMs: pdf === undefined ? null : Math.round(pdf),
      weasyPrintMedianMs: weasy === undefined ? null : Math.round(weasy),
      ratio: pdf !== undefined && weasy !== undefined ? Number((pdf / weasy).toFixed(3)) : null,
      loadAverageAtEnd: Number(loadavg()[0]!.toFixed(2)),
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
