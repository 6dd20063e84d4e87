/**
 * How far V8 lets the build's heap grow past the data still in use before its next full
 * collection. By default it let the heap grow to about two and a half times that data, so a build's
 * peak memory followed its garbage rather than its library (issue 28). Held to 25%, a 1,000-mode
 * build peaks at about two thirds of the memory and a 2,000-mode build at under half, for about a
 * tenth more CPU time (more collections), so a company's library builds on a small machine or CI
 * runner. `npm run bench:site` measures both; docs/deploy.md gives the figures. A value given to
 * Node wins: `node --heap-growing-percent=50 node_modules/astro/astro.js build` trades memory back
 * for speed.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 25;

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
