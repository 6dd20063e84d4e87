/**
 * How far V8 lets the build's heap grow past the data still in use before its next full
 * collection. By default it let the heap grow to about two and a half times that data, so a build's
 * peak memory followed its garbage rather than its library (issue 28). Held to 40%, a 1,000-mode
 * build peaks about where its search index (Pagefind) does anyway, near 560 MiB. 25% saved another
 * 20 MiB for 10% more CPU time (2.3 CPU-s, paired bench of 3 builds each), so 40 it is: a company's
 * library still builds on a small machine or CI runner. `npm run bench:site` measures both;
 * docs/deploy.md gives the figures. A value given to Node wins:
 * `node --heap-growing-percent=100 node_modules/astro/astro.js build` trades memory back for speed.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 40;

const FLAG = '--heap-growing-percent';

/**
 * Sets the growth for this process (the Astro build or dev server), unless whoever started Node
 * chose a value of their own (`node --heap-growing-percent=N`; Node refuses the flag in
 * NODE_OPTIONS). V8 reads it at every full collection, so setting it once the process runs takes
 * effect from the next one.
 */
export function keepHeapNearLiveData(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => arg.replaceAll('_', '-').startsWith(FLAG))) return false;
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}
