/** Builds the site once in this process and prints its timing and peak memory as JSON (used by bench/site.ts). */
import { build } from 'astro';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-once.ts OUT_DIR');
const started = performance.now();
await build({ root: process.cwd(), outDir, logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakBytes: process.resourceUsage().maxRSS * 1024 }));
