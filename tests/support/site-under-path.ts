import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const VITEST_VARIABLES = /^(MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/**
 * Builds the site as `npm run build` does (Astro, the example handbook, Pagefind's index) for the
 * address `siteUrl`, into `outDir` instead of dist/, so the browser tests of the normal build never
 * see it. Checking the content and bundling the CLI are left to `npm run build`, which ran first.
 * Astro writes the same `.astro/` type files as the main build did, byte for byte.
 */
export async function buildSiteFor(siteUrl: string, outDir: string, languages?: string): Promise<void> {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  // Vitest sets Vite's own variables (MODE=test, NODE_ENV=test...) in its environment; a build
  // would take them for its own. BASE_URL=/ stays: astro.config.mjs must ignore it, and this
  // build shows that it does.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)));
  env.PLAYBOOK_SITE_URL = siteUrl;
  if (languages) env.PLAYBOOK_LANGUAGES = languages;
  const bin = (name: string) => resolve('node_modules/.bin', name);
  const step = async (file: string, args: string[]) => {
    try {
      await run(file, args, { env, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`${[file, ...args].join(' ')} failed:\n${stdout}\n${stderr}`);
    }
  };
  await step(bin('astro'), ['build', '--outDir', out, '--silent']);
  await step(process.execPath, ['--import', 'tsx', 'scripts/generate-example.ts', out]);
  await step(process.execPath, ['scripts/search-index.mjs', out]);
}
