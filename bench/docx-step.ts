/**
 * The Word handbook's own step, once, in a fresh process: loads the library and a config, lays out
 * the handbook, then times the one call that turns the laid-out tree into handbook.docx (building
 * the Word document, writing its XML, zipping it), as `playbook generate --format docx` makes it
 * once per run, before its code has warmed up. Prints `{"cpuMs":..,"wallMs":..}`; CPU time is the
 * whole process's over the call (the garbage collector's and compiler's threads included).
 *
 *   node --import tsx bench/docx-step.ts config.yaml
 */
import { readFileSync } from 'node:fs';
import { checkHandbookConfig } from '../src/core/config/check.ts';
import { buildHandbook } from '../src/core/handbook/handbook.ts';
import { loadLibrary } from '../src/core/library/load.ts';
import { renderHandbookDocx } from '../src/render/docx/handbook-docx.ts';
import { layOut } from '../src/render/outputs.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: docx-step.ts <config.yaml>');
const library = await loadLibrary();
const { config, problems } = checkHandbookConfig({ path, text: readFileSync(path, 'utf8') }, library);
if (!config) throw new Error(`${path}: ${JSON.stringify(problems)}`);
const handbook = await buildHandbook(library, config);
const tree = layOut({ handbook, config }).html;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const cpuStart = cpuMs();
const wallStart = performance.now();
await renderHandbookDocx(handbook, tree);
const wallMs = performance.now() - wallStart;
console.log(JSON.stringify({ cpuMs: Math.round(cpuMs() - cpuStart), wallMs: Math.round(wallMs) }));
