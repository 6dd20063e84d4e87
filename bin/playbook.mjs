#!/usr/bin/env node
// The `playbook` bin. Runs the bundled CLI (build/cli, made by `npm run build`, `npm test` and `npm
// pack`). In a checkout it does so only when the bundle is newer than every source file, and
// otherwise registers tsx and runs the TypeScript sources, so an edit in src/ never runs stale code.
// An installed package has no src/ (and no tsx): the bundle is all there is.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = `${root}build/cli/playbook.mjs`;
const sources = `${root}src`;

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(sources) || (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(sources))) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
