/**
 * `npm test`: checks for Chromium first, then runs three jobs side by side on however many cores
 * there are, since each alone leaves a core idle (astro check and astro build are mostly
 * single-threaded):
 *   unit   the CLI bundle (the tests run the `playbook` command; skipped when it is newer than its
 *          sources, so the build's own bundling then costs nothing), the formatting check
 *          (Prettier, a few seconds), then the unit tests (no build, no browser), on one worker:
 *          the other jobs keep both cores
 *          busy, so a second unit worker would only load every module twice
 *   site   npm run build, then the browser and generator tests against dist/
 *   types  astro check of the .astro files, then tsc of every .ts file (npm run check:types runs
 *          the same two), started once the build is done: the build has just written .astro/
 *          (astro sync), so the check reads it as it is (--noSync, a sixth of its CPU) instead of
 *          writing it again; and a type check reading a half-written declaration file would fail
 * Each job's output is printed whole when it ends, so lines never interleave; the summary gives
 * every step's time, and the exit code is 1 when any step failed.
 */
import { spawn, spawnSync } from 'node:child_process';

const ensure = spawnSync(process.execPath, ['scripts/ensure-browser.mjs'], { stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

const JOBS = [
  { name: 'unit', steps: ['build:cli', 'check:format', 'test:unit'], env: { UNIT_WORKERS: '1' } },
  { name: 'site', steps: ['build', 'test:e2e'] },
  {
    name: 'types',
    steps: ['check:astro', 'check:ts'],
    args: { 'check:astro': ['--noSync'] },
    after: 'build',
  },
];
/** Resolves when the named step has ended, passed or not. */
const ended = new Map(
  JOBS.flatMap((j) => j.steps).map((step) => {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    return [step, { promise, resolve }];
  }),
);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const children = new Set();
const env = {
  ...process.env,
  ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
};

/** Runs one npm script, collecting what it prints; resolves with its exit code and time. */
function runScript(script, output, args = [], jobEnv = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    // Its own process group, so stopping npm test stops the browsers and workers under it too.
    const child = spawn(npm, ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      env: { ...env, ...jobEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.add(child);
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ script, ok: code === 0, seconds: (performance.now() - started) / 1000, signal });
    });
  });
}

async function runJob(job) {
  const output = [];
  const steps = [];
  if (job.after) await ended.get(job.after).promise;
  for (const script of job.steps) {
    const step = await runScript(script, output, job.args?.[script], job.env);
    ended.get(script).resolve();
    steps.push(step);
    if (!step.ok) break;
  }
  // Steps skipped after a failure still count as ended, so no job waits for them forever.
  for (const script of job.steps) ended.get(script).resolve();
  const ok = steps.every((s) => s.ok) && steps.length === job.steps.length;
  process.stdout.write(
    `\n── ${job.name}: ${ok ? 'passed' : 'FAILED'} (${steps.map((s) => `${s.script} ${s.seconds.toFixed(1)} s`).join(', ')})\n`,
  );
  process.stdout.write(Buffer.concat(output));
  return { job, ok, steps };
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

const started = performance.now();
console.log(
  `Running side by side: ${JOBS.map((j) => `${j.name} (${j.after ? `after ${j.after}, ` : ''}${j.steps.join(' then ')})`).join(', ')}. Each prints when it ends.`,
);
const results = await Promise.all(JOBS.map(runJob));
const failed = results.filter((r) => !r.ok).map((r) => r.job.name);
console.log(
  `\nnpm test ${failed.length ? `FAILED in ${failed.join(', ')}` : 'passed'} after ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
process.exitCode = failed.length ? 1 : 0;
