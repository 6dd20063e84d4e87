// Bundles the CLI so `playbook` starts without compiling TypeScript on every run, and so the
// published package needs none of the site's toolchain: everything but playwright-core (large, with
// files of its own it reads at run time, and needed only for PDFs) is in build/cli/. Split into
// chunks that load when a command needs them: `playbook --version` loads the first file only, and
// the Word writer (docx) loads only for a Word handbook. bin/playbook.mjs falls back to the
// sources whenever the bundle is missing or older than any file in src/.
//
// Run by `npm run build`, `npm test` and `npm pack` (prepack); a bundle newer than every
// file it is made from is kept as it is, so the second and third run cost nothing and a `playbook`
// started meanwhile (the unit tests run beside the build) never meets a half-written file.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const OUT = 'build/cli';
const ENTRY = join(OUT, 'playbook.mjs');
const INPUTS = ['src', 'scripts/build-cli.mjs', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= Math.max(...INPUTS.map(newest))) process.exit(0);

const { metafile } = await build({
  entryPoints: { playbook: 'src/cli/main.ts' },
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['playwright-core'],
  // Some bundled CommonJS packages call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
});

// Chunks of earlier bundles (their names carry a hash) go once the new ones are written, so they
// neither pile up nor ship in the package.
const written = new Set(Object.keys(metafile.outputs).map((file) => relative(OUT, file)));
for (const entry of readdirSync(OUT, { recursive: true, withFileTypes: true })) {
  const file = relative(OUT, join(entry.parentPath, entry.name));
  if (entry.isFile() && !written.has(file)) rmSync(join(OUT, file));
}
