/**
 * Builds the site once in this process and prints its timing, CPU time and peak memory as JSON (used by
 * bench/site.ts). CPU time is the steadier figure on a shared machine, where wall time follows the load.
 * Plain JavaScript, run by plain node as `astro build` is: under tsx every module Astro loads would
 * go through tsx's loader hooks, which costs time and memory users never pay.
 */
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: build-once.mjs OUT_DIR CACHE_DIR');
const started = performance.now();
// A fresh cache per build: every run is a clean build, and a synthetic library never leaks into the real content store.
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakBytes: usage.maxRSS * 1024,
  }),
);
