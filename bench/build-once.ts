/** Builds the site once in this process and prints its timing and peak memory as JSON (used by bench/site.ts). */
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: build-once.ts OUT_DIR CACHE_DIR');
const started = performance.now();
// A fresh cache per build: every run is a clean build, and a synthetic library never leaks into the real content store.
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakBytes: process.resourceUsage().maxRSS * 1024 }));
