/**
 * Generator benchmark: median wall time of `playbook generate` over the full library (every failure
 * mode as a chapter), spawning the bin each run so Node start-up and module loading are included.
 * Targets: HTML + Markdown under 1 s; the PDF (contents page numbers included, so laid out at least
 * twice) under 3 s. When WeasyPrint is installed, the same handbook.html is also converted with it,
 * interleaved with our runs, and our time is reported as a ratio (target at or under 0.5).
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
import { loadLibrary } from '../src/core/load.ts';
import { findChromium } from '../src/render/chromium.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const BIN = resolve('bin/playbook.mjs');
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

function time(label: string, formats: string): number {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpuStart = childrenCpuMs();
    const result = spawnSync(process.execPath, [BIN, 'generate', '--config', config, '--out', join(work, 'out'), '--format', formats, '--quiet'], {
      encoding: 'utf8',
    });
    samples.push(performance.now() - start);
    const cpuEnd = childrenCpuMs();
    if (cpuStart !== undefined && cpuEnd !== undefined) cpu.push(cpuEnd - cpuStart);
    if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr}`);
  }
  const m = median(samples);
  const cpuNote = cpu.length > 0 ? `; CPU median ${(median(cpu) / 1000).toFixed(2)} s` : '';
  console.log(`${label.padEnd(34)} median ${(m / 1000).toFixed(2)} s  (runs: ${samples.map((s) => (s / 1000).toFixed(2)).join(', ')}${cpuNote})`);
  return m;
}

/** Median seconds of WeasyPrint converting the same handbook.html, when it is installed. */
function timeWeasyPrint(): number | undefined {
  if (spawnSync('weasyprint', ['--version']).status !== 0) return undefined;
  const html = join(work, 'weasy', 'handbook.html');
  spawnSync(process.execPath, [BIN, 'generate', '--config', config, '--out', join(work, 'weasy'), '--format', 'html', '--quiet']);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpuStart = childrenCpuMs();
    const result = spawnSync('weasyprint', [html, join(work, 'weasy.pdf')], { encoding: 'utf8' });
    samples.push(performance.now() - start);
    const cpuEnd = childrenCpuMs();
    if (cpuStart !== undefined && cpuEnd !== undefined) cpu.push(cpuEnd - cpuStart);
    if (result.status !== 0) throw new Error(`WeasyPrint failed:\n${result.stderr}`);
  }
  const m = median(samples);
  const cpuNote = cpu.length > 0 ? `; CPU median ${(median(cpu) / 1000).toFixed(2)} s` : '';
  console.log(`${'WeasyPrint, same handbook.html'.padEnd(34)} median ${(m / 1000).toFixed(2)} s  (runs: ${samples.map((x) => (x / 1000).toFixed(2)).join(', ')}${cpuNote})`);
  return m;
}

try {
  console.log(`playbook generate, ${library.modes.length} chapters (the full library), ${RUNS} runs each, Node start included`);
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
  const text = time('HTML + Markdown (target < 1 s)', 'html,md');
  let pdf: number | undefined;
  let weasy: number | undefined;
  if (findChromium()) {
    pdf = time('PDF, numbered contents (< 3 s)', 'pdf');
    weasy = timeWeasyPrint();
    if (weasy !== undefined) console.log(`ratio ours / WeasyPrint: ${(pdf / weasy).toFixed(2)} (target <= 0.5)`);
    else console.log('WeasyPrint not installed: no ratio (Debian: apt-get install weasyprint)');
  } else console.log('PDF                                skipped: Chromium not found');
  console.log(
    JSON.stringify({
      chapters: library.modes.length,
      runs: RUNS,
      htmlMdMedianMs: Math.round(text),
      pdfMedianMs: pdf === undefined ? null : Math.round(pdf),
      weasyPrintMedianMs: weasy === undefined ? null : Math.round(weasy),
      ratio: pdf !== undefined && weasy !== undefined ? Number((pdf / weasy).toFixed(3)) : null,
      loadAverageAtEnd: Number(loadavg()[0]!.toFixed(2)),
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
